/// One planner run on a periodic vehicle routing instance.
public struct PVRPRow: Hashable, Sendable {
    /// The file name without its extension, such as `p01`.
    public var instance: String
    public var seed: UInt64
    /// Total distance over the horizon, in instance units, unrounded.
    public var distance: Double
    /// Total distance of the reference solution.
    public var referenceDistance: Double
    /// Routes driven over the horizon.
    public var routes: Int
    /// Planned visits.
    public var visits: Int
    /// Visits that the customers' patterns require and the plan leaves out.
    public var missingVisits: Int
    /// Building the planner and planning, in seconds.
    public var seconds: Double
    /// Ruin-and-recreate steps.
    public var iterations: Int
    /// Whether the validator accepts the plan.
    public var isValid: Bool

    public init(
        instance: String, seed: UInt64, distance: Double, referenceDistance: Double, routes: Int, visits: Int,
        missingVisits: Int, seconds: Double, iterations: Int, isValid: Bool
    ) {
        self.instance = instance
        self.seed = seed
        self.distance = distance
        self.referenceDistance = referenceDistance
        self.routes = routes
        self.visits = visits
        self.missingVisits = missingVisits
        self.seconds = seconds
        self.iterations = iterations
        self.isValid = isValid
    }

    /// (distance − reference) / reference × 100: negative when the run
    /// drives less than the reference solution. It is 0 when the reference
    /// is 0.
    public var gapPercent: Double {
        guard referenceDistance > 0 else { return 0 }
        return (distance - referenceDistance) / referenceDistance * 100
    }
}
