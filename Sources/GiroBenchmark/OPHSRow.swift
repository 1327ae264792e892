/// One planner run on an orienteering instance with hotel selection.
public struct OPHSRow: Hashable, Sendable {
    /// The file name without its extension, such as `T1-65-1-2`.
    public var instance: String
    /// The folder the file lies in, such as `SET_1-2`.
    public var set: String
    public var seed: UInt64
    /// Sum of the scores of the visited vertices.
    public var score: Double
    /// The instance's optimal score.
    public var optimalScore: Double
    /// Visited vertices.
    public var visits: Int
    /// Trips that end at an extra hotel, not at the start or end hotel.
    public var extraHotelNights: Int
    /// Building the planner and planning, in seconds.
    public var seconds: Double
    /// Ruin-and-recreate steps.
    public var iterations: Int
    /// Whether the validator accepts the plan.
    public var isValid: Bool
    /// The validator's first violation, or nil for a valid plan.
    public var violation: String?
    /// The first rule of the instance that the plan's tour breaks (a trip
    /// too long, a trip that does not start where the last one ended, a
    /// tour that ends elsewhere than at the end hotel), or nil.
    public var tourProblem: String?

    public init(
        instance: String, set: String, seed: UInt64, score: Double, optimalScore: Double, visits: Int,
        extraHotelNights: Int, seconds: Double, iterations: Int, isValid: Bool, violation: String? = nil,
        tourProblem: String?
    ) {
        self.instance = instance
        self.set = set
        self.seed = seed
        self.score = score
        self.optimalScore = optimalScore
        self.visits = visits
        self.extraHotelNights = extraHotelNights
        self.seconds = seconds
        self.iterations = iterations
        self.isValid = isValid
        self.violation = violation
        self.tourProblem = tourProblem
    }

    /// Whether the run counts: the validator accepts the plan and its tour
    /// keeps every rule of the instance.
    public var isAccepted: Bool { isValid && tourProblem == nil }

    /// (optimum − score) / optimum × 100: 0 when the run reaches the
    /// optimum. It is 0 when the optimum is 0.
    public var gapPercent: Double {
        guard optimalScore > 0 else { return 0 }
        return (optimalScore - score) / optimalScore * 100
    }

    /// Whether the run collects the optimal score, up to rounding.
    public var reachesOptimum: Bool { score >= optimalScore - 1e-6 }
}
