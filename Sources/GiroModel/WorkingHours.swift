/// A rep's working hours per weekday: earliest departure and latest return.
///
/// A weekday without hours is a day off.
public struct WorkingHours: Hashable, Sendable {
    private var hoursByDay: [TimeWindow?]

    /// Creates a week with no working day.
    public init() {
        hoursByDay = Array(repeating: nil, count: 7)
    }

    public init(_ hours: [Weekday: TimeWindow]) {
        self.init()
        for (day, window) in hours {
            self[day] = window
        }
    }

    /// Makes the same hours on Monday to Friday, with no work at the weekend.
    public static func weekdays(_ hours: TimeWindow) -> WorkingHours {
        WorkingHours([
            .monday: hours, .tuesday: hours, .wednesday: hours, .thursday: hours, .friday: hours,
        ])
    }

    /// Accesses the hours of one weekday, or nil on a day off.
    public subscript(day: Weekday) -> TimeWindow? {
        get { hoursByDay[day.rawValue - 1] }
        set { hoursByDay[day.rawValue - 1] = newValue }
    }
}
