import GiroSolver

/// A benchmark configuration that runs each instance with seeds 1 to
/// `seedCount`, all under the same limits and planner options.
public protocol SeededRuns {
    /// Wall-clock limit per run in seconds, or nil.
    var timeLimit: Double? { get }
    /// Ruin-and-recreate steps per run at most, or nil.
    var iterationLimit: Int? { get }
    var seedCount: Int { get }
    var options: PlannerOptions { get }
}

extension SeededRuns {
    /// Seeds 1 to `seedCount`.
    public var seeds: ClosedRange<UInt64> { 1...UInt64(max(seedCount, 1)) }

    /// Returns the planner options of the run with `seed`.
    func options(seed: UInt64) -> PlannerOptions {
        options.forRun(seed: seed, timeLimit: timeLimit, iterationLimit: iterationLimit)
    }
}
