import Foundation

/// Field formatting shared by the CSV writers: numbers with `.` as decimal
/// point and no grouping, whatever the process locale, and RFC 4180 quoting.
enum CSVText {
    /// Writes `value` with a fixed number of decimals, such as `828.9400`.
    /// A value that rounds to zero is written without a minus sign.
    static func number(_ value: Double, decimals: Int) -> String {
        let text = String(format: "%.\(decimals)f", locale: nil, value)
        guard text.hasPrefix("-"), text.dropFirst().allSatisfy({ $0 == "0" || $0 == "." }) else { return text }
        return String(text.dropFirst())
    }

    /// Returns the field as is, or in double quotes with inner quotes
    /// doubled when it contains a comma, a quote or a line break.
    static func field(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0.isNewline }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// Joins fields into one line that ends with a line feed.
    static func line(_ fields: [String]) -> String {
        fields.joined(separator: ",") + "\n"
    }
}
