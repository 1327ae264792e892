import Synchronization

/// A flag that stops a planning run from another thread, such as a signal
/// handler or a user interface.
///
/// After `cancel()`, the planner finishes the step it is in and returns the
/// best plan found so far, as it does when its time limit runs out. A token
/// serves one run or several; it cannot be reset.
public final class PlanningCancellation: Sendable {
    private let flag = Atomic<Bool>(false)

    public init() {}

    /// Stops every run that was given this token. Safe to call from any
    /// thread and more than once.
    public func cancel() {
        flag.store(true, ordering: .relaxed)
    }

    /// Whether `cancel()` was called.
    public var isCancelled: Bool {
        flag.load(ordering: .relaxed)
    }
}
