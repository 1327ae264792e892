/// One sample of a run's best objective over time.
public struct ConvergencePoint: Hashable, Sendable {
    public var instance: String
    public var seed: UInt64
    /// Seconds since the run started building the planner.
    public var seconds: Double
    /// Ruin-and-recreate steps done so far.
    public var iterations: Int
    /// Objective of the best plan so far, in the planner's cost units (see
    /// `PlanningSettings`).
    public var bestObjective: Double

    public init(instance: String, seed: UInt64, seconds: Double, iterations: Int, bestObjective: Double) {
        self.instance = instance
        self.seed = seed
        self.seconds = seconds
        self.iterations = iterations
        self.bestObjective = bestObjective
    }
}
