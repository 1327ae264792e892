/// The days to plan: a first date and a number of consecutive days.
public struct Horizon: Hashable, Sendable {
    public var start: CalendarDate
    /// Number of days, at least 1.
    public var days: Int
    /// The rep's location at `startTime` of the first day, when re-planning
    /// during a day; nil to start from home.
    public var startLocation: Location?
    /// The clock time, in seconds after midnight, from which the first day is
    /// planned; nil for the start of the working day.
    public var startTime: Int?
    /// The place where each rep's last working day of the horizon ends, when
    /// a trip goes on past the horizon, or nil to end at home. It binds the
    /// route of that day only. A rep without a route on that day is not
    /// bound, but the planner avoids leaving that day empty.
    public var endLocation: Location?

    public init(
        start: CalendarDate, days: Int, startLocation: Location? = nil, startTime: Int? = nil,
        endLocation: Location? = nil
    ) {
        self.start = start
        self.days = days
        self.startLocation = startLocation
        self.startTime = startTime
        self.endLocation = endLocation
    }

    /// Every date of the horizon, in order.
    public var dates: [CalendarDate] {
        (0..<days).map { start.adding(days: $0) }
    }

    /// The day after the last planned day.
    public var end: CalendarDate {
        start.adding(days: days)
    }

    public func contains(_ date: CalendarDate) -> Bool {
        start <= date && date < end
    }
}
