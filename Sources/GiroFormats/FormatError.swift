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
    /// The bad value as written in the file, when there is one.
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
        self.columnName = columnName
        self.value = value
        self.message = message
    }

    /// The error as one line: file, place and message, for example
    /// `demo.json: customers[17].visitMinutes: …`.
    public var description: String {
        "\(fileName): \(place): \(message)"
    }

    private var place: String {
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
        return "file"
    }
}
