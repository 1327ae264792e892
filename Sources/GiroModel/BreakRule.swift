/// A rep's daily break: a duration that must lie wholly inside a frame.
///
/// The break is required only on days when the rep could not take it at home:
/// when the day's route departs before `frame.start + duration` and returns
/// after `frame.end - duration`. It has no location of its own and may be
/// taken before the first visit, between visits (also on the road), inside a
/// wait, or at the end of the day, but never inside a visit.
public struct BreakRule: Hashable, Sendable {
    /// The clock times that must contain the whole break.
    public var frame: TimeWindow
    /// Length of the break in seconds.
    public var duration: Int

    /// - Precondition: `0 < duration <= frame.length`.
    public init(frame: TimeWindow, duration: Int) {
        precondition(duration > 0 && duration <= frame.length, "break does not fit its frame")
        self.frame = frame
        self.duration = duration
    }

    /// The latest second at which the break may start.
    public var latestStart: Int { frame.end - duration }
}
