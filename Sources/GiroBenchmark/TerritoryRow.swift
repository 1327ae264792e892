/// The result of one run of the territory benchmark: one territory planned
/// by one configuration with one seed.
public struct TerritoryRow: Hashable, Sendable {
    /// The territory's name, such as the generator preset it came from.
    public var territory: String
    /// The configuration: a `TerritoryHeuristic` raw value, or `reference`
    /// for the long runs that set the best plan.
    public var heuristic: String
    public var seed: UInt64
    /// The time limit of the run in seconds; nil for none.
    public var timeLimit: Double?
    /// The plan's objective (driving, cadence and penalty terms), lower is
    /// better.
    public var objective: Double
    /// Customer visits and appointments in the plan.
    public var visits: Int
    /// Due customers, reservations and appointments that the plan leaves
    /// out.
    public var unplanned: Int
    /// Share of due customers visited by their due date, 0 to 1, and 1
    /// when none is due.
    public var cadenceCompliance: Double
    /// Customers overdue at the end of the horizon.
    public var overdueAtHorizonEnd: Int
    /// Share of working time spent driving, 0 to 1.
    public var drivingShare: Double
    /// Kilometres driven per visit.
    public var kilometresPerVisit: Double
    public var nightsAway: Int
    /// Seconds spent building the planner (with its travel matrix) and
    /// planning.
    public var seconds: Double
    /// Ruin-and-recreate steps.
    public var iterations: Int
    /// Whether the independent validator accepts the plan.
    public var isValid: Bool

    public init(
        territory: String, heuristic: String, seed: UInt64, timeLimit: Double?, objective: Double, visits: Int,
        unplanned: Int, cadenceCompliance: Double, overdueAtHorizonEnd: Int, drivingShare: Double,
        kilometresPerVisit: Double, nightsAway: Int, seconds: Double, iterations: Int, isValid: Bool
    ) {
        self.territory = territory
        self.heuristic = heuristic
        self.seed = seed
        self.timeLimit = timeLimit
        self.objective = objective
        self.visits = visits
        self.unplanned = unplanned
        self.cadenceCompliance = cadenceCompliance
        self.overdueAtHorizonEnd = overdueAtHorizonEnd
        self.drivingShare = drivingShare
        self.kilometresPerVisit = kilometresPerVisit
        self.nightsAway = nightsAway
        self.seconds = seconds
        self.iterations = iterations
        self.isValid = isValid
    }
}
