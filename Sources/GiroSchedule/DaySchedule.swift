import GiroModel

/// The timed schedule of one day's sequence of stops. Clock times are seconds
/// after midnight.
public struct DaySchedule: Hashable, Sendable {
    public var departure: Int
    public var stops: [StopTiming]
    public var breakTaken: PlannedBreak?
    /// Final arrival at the end location.
    public var arrival: Int
    /// Sum of driving times in seconds, breaks on the road excluded.
    public var drivingTime: Int
    /// Sum of waiting in seconds over all stops, excluding the break.
    public var waitingTime: Int

    /// From departure to final arrival, in seconds.
    public var workingTime: Int { arrival - departure }
}

/// The times of one stop.
public struct StopTiming: Hashable, Sendable {
    /// When the rep reaches the stop.
    public var arrival: Int
    /// Idle time before setup, excluding a break taken at the stop.
    public var waitingTime: Int
    public var serviceStart: Int
    public var serviceEnd: Int
    /// Index into the stop's `startWindows` of the window used.
    public var windowIndex: Int
}

/// The reason a sequence of stops has no feasible schedule.
public enum ScheduleInfeasibility: Hashable, Sendable {
    /// The stop at this index cannot start inside any of its windows.
    case openingHours(stop: Int)
    /// The rep cannot be back by the end of the working day.
    case workingHours
    /// Every schedule works longer than the maximum working time.
    case maximumWorkingTime
    /// The sequence would fit without the break, but not with it.
    case breakRule
}
