/// The result of one benchmark run: one instance planned with one seed.
public struct BenchmarkRow: Hashable, Sendable {
    /// The instance file's name without its extension, such as `C101`.
    public var instance: String
    /// The class read from the name; nil when the name follows no Solomon
    /// or Gehring–Homberger pattern.
    public var instanceClass: InstanceClass?
    public var seed: UInt64
    /// Routes in the plan.
    public var vehicles: Int
    /// Total distance of the plan, in instance units.
    public var distance: Double
    /// Total distance of the best-known solution, in instance units.
    public var bestKnownDistance: Double
    /// Seconds spent building the planner (with its travel matrix) and
    /// planning; reading the file and validating are not included.
    public var seconds: Double
    /// Ruin-and-recreate steps, from the planner's last progress report.
    public var iterations: Int
    /// Whether the independent validator accepts the plan.
    public var isValid: Bool
    /// Customers the plan leaves out.
    public var unplanned: Int

    public init(
        instance: String, instanceClass: InstanceClass?, seed: UInt64, vehicles: Int, distance: Double,
        bestKnownDistance: Double, seconds: Double, iterations: Int, isValid: Bool, unplanned: Int
    ) {
        self.instance = instance
        self.instanceClass = instanceClass
        self.seed = seed
        self.vehicles = vehicles
        self.distance = distance
        self.bestKnownDistance = bestKnownDistance
        self.seconds = seconds
        self.iterations = iterations
        self.isValid = isValid
        self.unplanned = unplanned
    }

    /// Gap to the best-known distance in percent:
    /// (distance − best known) / best known × 100. Negative when the plan
    /// is shorter than the best-known solution.
    public var gapPercent: Double {
        (distance - bestKnownDistance) / bestKnownDistance * 100
    }

    /// Whether the run counts toward gaps: the validator accepts the plan
    /// and every customer is served.
    public var isComplete: Bool {
        isValid && unplanned == 0
    }
}
