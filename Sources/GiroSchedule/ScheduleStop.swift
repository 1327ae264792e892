import GiroModel

/// One stop of a day's sequence, in the form the schedule evaluation takes.
///
/// Travel and setup are already resolved for this position in the sequence:
/// `travelTime` is the drive from the previous physical location, and
/// `setupDuration` is zero when the rep arrives from the same location.
public struct ScheduleStop: Hashable, Sendable {
    /// Driving time in seconds from the previous location (the start location
    /// for the first stop).
    public var travelTime: Int
    /// Setup in seconds, done right before the service.
    public var setupDuration: Int
    /// Service in seconds.
    public var serviceDuration: Int
    /// Windows in which the service may start, sorted by start and disjoint.
    /// Clock times in seconds after midnight; an empty list means closed.
    public var startWindows: [TimeWindow]

    public init(travelTime: Int, setupDuration: Int, serviceDuration: Int, startWindows: [TimeWindow]) {
        self.travelTime = travelTime
        self.setupDuration = setupDuration
        self.serviceDuration = serviceDuration
        self.startWindows = startWindows
    }

    /// Returns the earliest service start at or after `ready` with the index of
    /// its window, or nil when every window has closed by then.
    ///
    /// - Complexity: O(w) for w windows.
    @inlinable
    func earliestServiceStart(readyAt ready: Int) -> (start: Int, window: Int)? {
        for (index, window) in startWindows.enumerated() where ready <= window.end {
            return (Swift.max(ready, window.start), index)
        }
        return nil
    }

    /// Returns the latest service start at or before `bound`, or nil when no
    /// window opens by then.
    ///
    /// - Complexity: O(w) for w windows.
    @inlinable
    func latestServiceStart(notAfter bound: Int) -> Int? {
        for window in startWindows.reversed() where window.start <= bound {
            return Swift.min(bound, window.end)
        }
        return nil
    }
}

/// The fixed frame of one working day: when the rep may leave and must be
/// back, the limit on working time, the break rule, and the drive from the
/// last stop to where the day ends.
public struct ScheduleDay: Hashable, Sendable {
    /// Earliest departure from the start location, seconds after midnight.
    public var earliestDeparture: Int
    /// Latest final arrival at the end location, seconds after midnight.
    public var latestArrival: Int
    /// Maximum span from departure to final arrival, in seconds.
    public var maximumWorkingTime: Int?
    public var breakRule: BreakRule?
    /// Driving time in seconds from the last stop (or the start location when
    /// there is no stop) to the end location.
    public var returnTravelTime: Int

    public init(
        earliestDeparture: Int,
        latestArrival: Int,
        maximumWorkingTime: Int? = nil,
        breakRule: BreakRule? = nil,
        returnTravelTime: Int
    ) {
        self.earliestDeparture = earliestDeparture
        self.latestArrival = latestArrival
        self.maximumWorkingTime = maximumWorkingTime
        self.breakRule = breakRule
        self.returnTravelTime = returnTravelTime
    }
}
