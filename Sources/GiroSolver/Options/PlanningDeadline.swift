/// When a planning phase must stop: at an instant, on cancellation, or
/// never when neither is set.
///
/// `nil` stands for no deadline, so that call sites without a limit read
/// `deadline: nil`.
struct PlanningDeadline: Sendable, ExpressibleByNilLiteral {
    /// The instant of the time limit, if any.
    var instant: ContinuousClock.Instant?
    /// The token that cancels the run, if any.
    var cancellation: PlanningCancellation?

    init(instant: ContinuousClock.Instant? = nil, cancellation: PlanningCancellation? = nil) {
        self.instant = instant
        self.cancellation = cancellation
    }

    init(nilLiteral: ()) {
        self.init()
    }

    /// Whether the instant has passed or the run was cancelled. Reads the
    /// clock only when an instant is set.
    var hasPassed: Bool {
        if let cancellation, cancellation.isCancelled {
            return true
        }
        guard let instant else { return false }
        return ContinuousClock.now >= instant
    }
}
