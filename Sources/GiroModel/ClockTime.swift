/// Parsing and formatting of clock times.
///
/// A clock time is an `Int` count of seconds from the local midnight of its
/// day. A working day may run past midnight, so values above 86,400 are
/// valid and print as `24:30`, `25:00` and so on.
public enum ClockTime {
    /// Seconds in one calendar day.
    public static let secondsPerDay = 86_400

    /// Parses `HH:MM` or `HH:MM:SS` (hours 00–47) into seconds after midnight.
    ///
    /// Returns nil for any other text.
    public static func parse(_ text: String) -> Int? {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2 || parts.count == 3,
            parts.allSatisfy({ $0.count == 2 && $0.allSatisfy { $0.isASCII && $0.isNumber } }),
            let hours = Int(parts[0]), let minutes = Int(parts[1]),
            hours < 48, minutes < 60
        else { return nil }

        var seconds = 0
        if parts.count == 3 {
            guard let value = Int(parts[2]), value < 60 else { return nil }
            seconds = value
        }
        return hours * 3600 + minutes * 60 + seconds
    }

    /// Formats seconds after midnight as `HH:MM`, or `HH:MM:SS` when the
    /// seconds are not whole minutes. Negative values get a leading minus.
    public static func format(_ seconds: Int) -> String {
        let sign = seconds < 0 ? "-" : ""
        let magnitude = abs(seconds)
        let hours = magnitude / 3600
        let minutes = magnitude % 3600 / 60
        let rest = magnitude % 60
        var text = sign + twoDigits(hours) + ":" + twoDigits(minutes)
        if rest != 0 {
            text += ":" + twoDigits(rest)
        }
        return text
    }

    private static func twoDigits(_ value: Int) -> String {
        value < 10 ? "0\(value)" : "\(value)"
    }
}
