import Foundation

/// One non-empty line of a benchmark instance file whose values are
/// separated by spaces or tabs.
struct InstanceRow {
    /// 1-based line number in the file.
    var line: Int
    /// The line's values, split at spaces and tabs.
    var fields: [String]
}

/// The rows of a benchmark instance file whose values are separated by
/// spaces or tabs, with number parsing that names the file, the line, the
/// field and the fix in every error. CRLF line endings are accepted.
struct InstanceText {
    let fileName: String
    /// Non-empty rows, in file order.
    let rows: [InstanceRow]

    init(_ text: String, fileName: String) {
        self.fileName = fileName

        var rows: [InstanceRow] = []
        let lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
        for (index, line) in lines.enumerated() {
            let fields = line.split(whereSeparator: \.isWhitespace).map(String.init)
            guard !fields.isEmpty else { continue }
            rows.append(InstanceRow(line: index + 1, fields: fields))
        }
        self.rows = rows
    }

    /// Returns the instance name that a file name implies: its last path
    /// component without the extension, such as `p01` for `data/p01.txt`.
    static func instanceName(fromFileName fileName: String) -> String {
        URL(fileURLWithPath: fileName).deletingPathExtension().lastPathComponent
    }

    /// Builds an error for `row`; with `column` (0-based) it also names that
    /// field and quotes its value.
    func error(_ row: InstanceRow, column: Int? = nil, _ message: String) -> FormatError {
        FormatError(
            fileName: fileName, line: row.line, column: column.map { $0 + 1 },
            value: column.map { row.fields[$0] }, message: message)
    }

    /// Builds an error for a problem of the whole file, such as a missing row.
    func error(_ message: String) -> FormatError {
        FormatError(fileName: fileName, message: message)
    }

    /// Throws unless `row` has exactly `count` fields.
    ///
    /// - Parameter description: the expected fields in words, such as
    ///   `"id, x, y, score"`, for the message.
    func requireFields(_ row: InstanceRow, count: Int, description: String) throws(FormatError) {
        guard row.fields.count != count else { return }
        throw FormatError(
            fileName: fileName, line: row.line, value: row.fields.joined(separator: " "),
            message: "expected \(count) fields (\(description)), found \(row.fields.count)")
    }

    /// Parses field `column` (0-based) of `row` as a finite number inside
    /// `range`.
    ///
    /// - Parameters:
    ///   - name: the field's name in messages, such as `"x coordinate"`.
    ///   - rangeText: the accepted range in words, such as `"from 0 to 10⁷"`.
    func number(
        _ row: InstanceRow, _ column: Int, name: String, in range: ClosedRange<Double>, rangeText: String
    ) throws(FormatError) -> Double {
        let field = row.fields[column]
        guard let value = NumberText.parseDecimal(field), range.contains(value) else {
            throw error(row, column: column, "\(name) must be a number \(rangeText), found \(Self.quoted(field))")
        }
        return value
    }

    /// Parses field `column` (0-based) of `row` as a whole number inside
    /// `range`. A decimal point with zeros after it, as in `3.00`, is
    /// accepted.
    func wholeNumber(_ row: InstanceRow, _ column: Int, name: String, in range: ClosedRange<Int>) throws(FormatError) -> Int {
        let field = row.fields[column]
        guard let value = NumberText.parseDecimal(field), value == value.rounded(),
            Double(range.lowerBound) <= value, value <= Double(range.upperBound)
        else {
            throw error(
                row, column: column,
                "\(name) must be a whole number from \(range.lowerBound) to \(range.upperBound), found \(Self.quoted(field))")
        }
        return Int(value)
    }

    /// Returns a count with its noun, such as `1 row` or `3 rows`.
    static func counted(_ count: Int, _ noun: String) -> String {
        count == 1 ? "1 \(noun)" : "\(count) \(noun)s"
    }

    /// Quotes a value from the file for a message, shortened when long.
    static func quoted(_ field: String) -> String {
        MessageText.quoted(field, quote: "'")
    }
}
