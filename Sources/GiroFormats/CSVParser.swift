/// One record of a CSV file and the 1-based line where it starts.
package struct CSVRecord: Hashable, Sendable {
    package var line: Int
    package var fields: [String]
}

/// Splits CSV text into records as RFC 4180 defines them.
///
/// Fields are separated by commas. A field in double quotes may contain
/// commas, line breaks and doubled double quotes. Records end at CRLF, LF or
/// a lone CR. Empty lines are skipped. A byte order mark before the first
/// record is ignored.
package enum CSVParser {
    package static func parse(_ text: String, fileName: String) throws(FormatError) -> [CSVRecord] {
        var scanner = Scanner(scalars: Array(text.unicodeScalars), fileName: fileName)
        return try scanner.records()
    }

    private struct Scanner {
        let scalars: [Unicode.Scalar]
        let fileName: String
        var index = 0
        var line = 1

        init(scalars: [Unicode.Scalar], fileName: String) {
            self.scalars = scalars
            self.fileName = fileName
            if scalars.first == "\u{FEFF}" {
                index = 1
            }
        }

        mutating func records() throws(FormatError) -> [CSVRecord] {
            var records: [CSVRecord] = []
            while index < scalars.count {
                let startLine = line
                if let fields = try record(startLine: startLine) {
                    records.append(CSVRecord(line: startLine, fields: fields))
                }
            }
            return records
        }

        /// Reads one record up to and including its line break; nil for an
        /// empty line.
        private mutating func record(startLine: Int) throws(FormatError) -> [String]? {
            if isLineBreak(at: index) {
                consumeLineBreak()
                return nil
            }

            var fields: [String] = []
            while true {
                fields.append(try field(startLine: startLine, column: fields.count + 1))
                guard index < scalars.count else { return fields }

                if scalars[index] == "," {
                    index += 1
                    continue
                }
                consumeLineBreak()
                return fields
            }
        }

        /// Reads one field and stops at the comma or line break after it.
        private mutating func field(startLine: Int, column: Int) throws(FormatError) -> String {
            var text = String.UnicodeScalarView()
            guard index < scalars.count, scalars[index] == "\"" else {
                let start = index
                while index < scalars.count, scalars[index] != ",", !isLineBreak(at: index) {
                    text.append(scalars[index])
                    index += 1
                }
                guard !text.contains("\"") else {
                    let field = String(String.UnicodeScalarView(scalars[start..<index]))
                    throw FormatError(
                        fileName: fileName, line: startLine, column: column, value: field,
                        message: "field \(MessageText.shortened(field)) contains a double quote inside an unquoted field; enclose the "
                            + "whole field in double quotes and write each double quote inside it twice")
                }
                return String(text)
            }

            index += 1  // opening quote
            while true {
                guard index < scalars.count else {
                    let opening = String(String(text).prefix(30))
                    throw FormatError(
                        fileName: fileName, line: startLine, column: column, value: opening,
                        message: "the quoted field that starts with \"\(opening)\" has no closing double quote; "
                            + "add it at the end of the field")
                }
                let scalar = scalars[index]
                if scalar == "\"" {
                    if index + 1 < scalars.count, scalars[index + 1] == "\"" {
                        text.append("\"")
                        index += 2
                        continue
                    }
                    index += 1
                    break
                }
                if scalar == "\n" || (scalar == "\r" && !(index + 1 < scalars.count && scalars[index + 1] == "\n")) {
                    line += 1
                }
                text.append(scalar)
                index += 1
            }

            guard index == scalars.count || scalars[index] == "," || isLineBreak(at: index) else {
                throw FormatError(
                    fileName: fileName, line: startLine, column: column, value: String(text),
                    message: "unexpected text after the closing double quote; write each double quote "
                        + "inside a quoted field twice")
            }
            return String(text)
        }

        private func isLineBreak(at position: Int) -> Bool {
            position < scalars.count && (scalars[position] == "\n" || scalars[position] == "\r")
        }

        private mutating func consumeLineBreak() {
            guard isLineBreak(at: index) else { return }
            if scalars[index] == "\r", index + 1 < scalars.count, scalars[index + 1] == "\n" {
                index += 1
            }
            index += 1
            line += 1
        }
    }
}
