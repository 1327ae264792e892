/// The planner's options: how to construct, how to improve, and when to stop.
///
/// The defaults give the best plans the planner can make within its budget.
/// Researchers switch parts off by name to measure what each contributes.
public struct PlannerOptions: Hashable, Sendable {
    /// Seed of every random choice. The same seed, input and iteration
    /// budget give the same plan.
    public var seed: UInt64
    /// Wall-clock limit in seconds, counted from the call to
    /// `Planner.plan`, or from the call to `Planner.plan(territory:...)`
    /// when that builds the planner too. Appointments, reservations and due
    /// customers are always placed where they fit: once the limit has
    /// passed, those not yet placed go in one pass at their cheapest
    /// insertion, optional early visits stop entering and the improvement
    /// phase stops. Limits of `longestTimeLimit` or more, infinity and NaN
    /// mean no limit.
    public var timeLimit: Double?
    /// Ruin-and-recreate steps at most; nil for no limit. With neither a
    /// time limit nor an iteration limit, `defaultIterationLimit` applies.
    public var iterationLimit: Int?
    /// Steps without a new best plan after which the search stops; nil for
    /// no limit. With no limit of any kind, `defaultStallLimit` applies.
    public var stallLimit: Int?
    /// The heuristic that builds the first plan.
    public var construction: ConstructionHeuristic
    /// The local-search operators in use; empty switches local search off.
    public var operators: Set<SearchOperator>
    /// The improvement phase around the local search.
    public var metaheuristic: Metaheuristic
    /// Ruin methods in use; each step picks one at random.
    public var ruinMethods: Set<RuinMethod>
    /// Recreate methods in use; each step picks one at random.
    public var recreateMethods: Set<RecreateMethod>
    public var acceptance: AcceptanceCriterion
    /// Size of each visit's granular neighbour list (its k nearest visits).
    public var neighbourCount: Int

    /// About 31 years: limits from here on mean no limit.
    public static let longestTimeLimit = 1e9

    /// Ruin-and-recreate steps when neither a time limit nor an iteration
    /// limit is given.
    public static let defaultIterationLimit = 200

    /// Steps without a new best plan after which the search stops when no
    /// limit at all is given.
    public static let defaultStallLimit = 50

    public init(
        seed: UInt64 = 1, timeLimit: Double? = nil, iterationLimit: Int? = nil, stallLimit: Int? = nil,
        construction: ConstructionHeuristic = .standard, operators: Set<SearchOperator> = SearchOperator.all,
        metaheuristic: Metaheuristic = .ruinAndRecreate, ruinMethods: Set<RuinMethod> = Set(RuinMethod.allCases),
        recreateMethods: Set<RecreateMethod> = Set(RecreateMethod.allCases),
        acceptance: AcceptanceCriterion = .simulatedAnnealing, neighbourCount: Int = 20
    ) {
        self.seed = seed
        self.timeLimit = timeLimit
        self.iterationLimit = iterationLimit
        self.stallLimit = stallLimit
        self.construction = construction
        self.operators = operators
        self.metaheuristic = metaheuristic
        self.ruinMethods = ruinMethods
        self.recreateMethods = recreateMethods
        self.acceptance = acceptance
        self.neighbourCount = neighbourCount
    }

    /// The time limit in seconds when it is a real limit, else nil.
    var effectiveTimeLimit: Double? {
        guard let timeLimit, timeLimit.isFinite, timeLimit < PlannerOptions.longestTimeLimit else { return nil }
        return max(0, timeLimit)
    }

    /// The stall limit in force: the given one, or the default when no
    /// time, iteration or stall limit is given.
    var effectiveStallLimit: Int? {
        if let stallLimit {
            return max(1, stallLimit)
        }
        return effectiveTimeLimit == nil && iterationLimit == nil ? PlannerOptions.defaultStallLimit : nil
    }

    /// The iteration limit in force: the given one, or the default when no
    /// time limit is given either.
    var effectiveIterationLimit: Int? {
        if let iterationLimit {
            return max(0, iterationLimit)
        }
        return effectiveTimeLimit == nil ? PlannerOptions.defaultIterationLimit : nil
    }
}
