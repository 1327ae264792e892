import GiroModel

/// Formatting of the values that violation messages name.
enum MessageFormat {
    /// Formats a clock time as `HH:MM` (or `HH:MM:SS`). Values beyond the
    /// arithmetic limit are no real clock time, so they print as seconds.
    static func clock(_ seconds: Int) -> String {
        guard abs(SafeArithmetic.clamp(seconds)) < SafeArithmetic.limit else { return "\(seconds) s" }
        return ClockTime.format(seconds)
    }

    /// Formats a duration in whole minutes (`45 min`), or in seconds when it
    /// is not a whole number of minutes.
    static func duration(_ seconds: Int) -> String {
        guard seconds % 60 == 0 else { return "\(seconds) s" }
        return "\(seconds / 60) min"
    }

    /// Formats a date as `YYYY-MM-DD`, or as a day count when calendar
    /// arithmetic on the date would overflow.
    static func date(_ date: CalendarDate) -> String {
        guard SafeArithmetic.isPlausible(date) else { return "day \(date.daysSinceEpoch) after 1970-01-01" }
        return date.description
    }

    /// Formats a window as `HH:MM–HH:MM`.
    static func window(_ window: TimeWindow) -> String {
        "\(clock(window.start))–\(clock(window.end))"
    }

    /// Formats a number without a trailing `.0` when it is whole.
    static func number(_ value: Double) -> String {
        guard value.isFinite, value.rounded() == value, abs(value) < 1e15 else { return "\(value)" }
        return "\(Int(value))"
    }

    /// Describes a location by its coordinates or matrix index.
    static func location(_ location: Location) -> String {
        switch location.coordinate {
        case .planar(let x, let y):
            return "(\(number(x)), \(number(y)))"
        case .geographic(let latitude, let longitude):
            return "(\(latitude), \(longitude))"
        case .none:
            guard let index = location.matrixIndex else { return "a location without coordinates" }
            return "matrix index \(index)"
        }
    }

    /// Returns the English name of a weekday, such as `Tuesday`.
    static func weekday(_ day: Weekday) -> String {
        switch day {
        case .monday: "Monday"
        case .tuesday: "Tuesday"
        case .wednesday: "Wednesday"
        case .thursday: "Thursday"
        case .friday: "Friday"
        case .saturday: "Saturday"
        case .sunday: "Sunday"
        }
    }

    /// Formats a list of windows as `08:00–12:00, 14:00–16:00`.
    static func windows(_ windows: [TimeWindow]) -> String {
        windows.map(window).joined(separator: ", ")
    }
}
