/// One planner run on a team orienteering instance with a number of tours.
public struct TOPTWRow: Hashable, Sendable {
    /// The file name without its extension, such as `c101`.
    public var instance: String
    /// The number of tours, m.
    public var tours: Int
    public var seed: UInt64
    /// Sum of the scores of the visited points.
    public var score: Double
    public var bestKnownScore: Double
    /// Visited points.
    public var visits: Int
    /// Building the planner and planning, in seconds.
    public var seconds: Double
    /// Ruin-and-recreate steps.
    public var iterations: Int
    /// Whether the validator accepts the plan.
    public var isValid: Bool

    public init(
        instance: String, tours: Int, seed: UInt64, score: Double, bestKnownScore: Double, visits: Int,
        seconds: Double, iterations: Int, isValid: Bool
    ) {
        self.instance = instance
        self.tours = tours
        self.seed = seed
        self.score = score
        self.bestKnownScore = bestKnownScore
        self.visits = visits
        self.seconds = seconds
        self.iterations = iterations
        self.isValid = isValid
    }

    /// (best-known score − score) / best-known score × 100: positive when
    /// the run collects less, negative when it beats the best-known score.
    /// It is 0 when the best-known score is 0.
    public var gapPercent: Double {
        guard bestKnownScore > 0 else { return 0 }
        return (bestKnownScore - score) / bestKnownScore * 100
    }
}
