/// Shortening of the values that error messages quote from files and
/// command lines, so that a bad value of megabytes gives a message of one
/// line.
public enum MessageText {
    /// Maximum length, in characters, of a value that messages quote whole.
    public static let maximumLength = 80

    /// Characters kept from the start of a longer value.
    static let keptLength = 60

    /// Returns `text` in quotes, or for a value longer than `maximumLength`
    /// its start and its length, such as `"aaaa…" (10,485,760 characters)`.
    public static func quoted(_ text: String, quote: Character = "\"") -> String {
        let count = text.count
        guard count > maximumLength else { return "\(quote)\(text)\(quote)" }
        return "\(quote)\(text.prefix(keptLength))…\(quote) (\(grouped(count)) characters)"
    }

    /// Returns `text` unchanged, or for a value longer than `maximumLength`
    /// its start and its length without quotes, such as
    /// `1111…  (1,000,000 characters)`, for numbers that messages write bare.
    public static func shortened(_ text: String) -> String {
        let count = text.count
        guard count > maximumLength else { return text }
        return "\(text.prefix(keptLength))… (\(grouped(count)) characters)"
    }

    /// Writes a count with commas between groups of three digits: `10,485,760`.
    static func grouped(_ count: Int) -> String {
        var digits = Array(String(count))
        var index = digits.count - 3
        while index > 0 {
            digits.insert(",", at: index)
            index -= 3
        }
        return String(digits)
    }
}
