/// A problem in a territory, plan or customer file, with its place, the bad
/// value, and a message that explains how to fix it.
///
/// JSON errors carry the JSON path of the bad value (nil for syntax errors)
/// and the 1-based line and column where it starts. CSV errors carry the
/// row's 1-based line number in `line`, the 1-based column number in
/// `column`, and the column's header name in `columnName`.
public struct FormatError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The file name given to the decoder, or the path given to `load`.
    public var fileName: String
    /// JSON path such as `customers[17].openingHours.tue[0]`; an empty
    /// string means the top level. Nil for CSV files and JSON syntax errors.
    public var path: String?
    /// 1-based line of the bad value; for CSV the line where the row starts.
    public var line: Int?
    /// 1-based column: a character column in JSON, a field number in CSV.
    public var column: Int?
    /// The CSV column's header name.
    public var columnName: String?
    /// The bad value as written in the file, when there is one. A value
    /// longer than `MessageText.maximumLength` characters keeps only its
    /// start and its length, as `MessageText.quoted` writes it.
    public var value: String?
    /// The explanation of the problem and its fix.
    public var message: String

    public init(
        fileName: String,
        path: String? = nil,
        line: Int? = nil,
        column: Int? = nil,
        columnName: String? = nil,
        value: String? = nil,
        message: String
    ) {
        self.fileName = fileName
        self.path = path
        self.line = line
        self.column = column
        self.columnName = columnName.map(MessageText.shortened)
        self.value = value.map(MessageText.shortened)
        // A message that quotes a long value whole would repeat megabytes of
        // the file, so the value is shortened wherever the message embeds it.
        if let value, value.count > MessageText.maximumLength {
            self.message = message.replacing(value, with: MessageText.shortened(value))
        } else {
            self.message = message
        }
    }

    /// The error as one line: file, place and message, for example
    /// `demo.json: customers[17].visitMinutes: …`. A problem of the whole
    /// file, such as a missing file, has no place: `plan.json: no such file`.
    public var description: String {
        guard let place else { return "\(fileName): \(message)" }
        return "\(fileName): \(place): \(message)"
    }

    private var place: String? {
        if let path {
            return path.isEmpty ? "top level" : path
        }
        if let columnName, let line, let column {
            return "row \(line), column \(column) (\(columnName))"
        }
        if let line, let column {
            return "line \(line), column \(column)"
        }
        if let line {
            return "row \(line)"
        }
        return nil
    }
}
