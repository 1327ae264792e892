/// Time windows for each weekday, such as a customer's opening hours.
///
/// A weekday without an entry, or with an empty list, has no window: the
/// customer is closed that day. Windows of one weekday are kept sorted by
/// start; they may not overlap.
public struct WeeklyWindows: Hashable, Sendable {
    private var windowsByDay: [[TimeWindow]]

    /// Creates a week with no windows at all.
    public init() {
        windowsByDay = Array(repeating: [], count: 7)
    }

    /// Creates a week from windows per weekday; windows are sorted by start.
    public init(_ windows: [Weekday: [TimeWindow]]) {
        self.init()
        for (day, list) in windows {
            self[day] = list
        }
    }

    /// Makes the same windows on every day of the week.
    public static func everyDay(_ windows: [TimeWindow]) -> WeeklyWindows {
        var week = WeeklyWindows()
        for day in Weekday.allCases {
            week[day] = windows
        }
        return week
    }

    /// Open around the clock on every day: one window 00:00–48:00, so that
    /// working days past midnight stay covered.
    public static let always = WeeklyWindows.everyDay([
        TimeWindow(start: 0, end: 2 * ClockTime.secondsPerDay)
    ])

    /// Accesses the windows of one weekday, sorted by start.
    public subscript(day: Weekday) -> [TimeWindow] {
        get { windowsByDay[day.rawValue - 1] }
        set { windowsByDay[day.rawValue - 1] = newValue.sorted { $0.start < $1.start } }
    }

    /// Whether no weekday has a window.
    public var isClosedEveryDay: Bool {
        windowsByDay.allSatisfy(\.isEmpty)
    }
}
