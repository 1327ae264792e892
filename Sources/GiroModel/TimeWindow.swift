/// A closed range of clock times, both ends inclusive, in seconds after
/// midnight.
public struct TimeWindow: Hashable, Sendable {
    /// First second of the window.
    public var start: Int
    /// Last second of the window; never before `start`.
    public var end: Int

    /// - Precondition: `start <= end`.
    public init(start: Int, end: Int) {
        precondition(start <= end, "time window ends before it starts")
        self.start = start
        self.end = end
    }

    /// Length of the window in seconds.
    public var length: Int { end - start }

    /// Returns whether `time` lies inside the window, ends included.
    public func contains(_ time: Int) -> Bool {
        start <= time && time <= end
    }
}

extension TimeWindow: CustomStringConvertible {
    public var description: String {
        "\(ClockTime.format(start))–\(ClockTime.format(end))"
    }
}
