import GiroFormats

/// One plan of the VROOM comparison: one territory solved by VROOM, by Giro
/// on the problem that VROOM can express, or by Giro under all its rules.
public struct VROOMComparisonRow: Hashable, Sendable {
    /// The solver that made the plan, and the rules it followed.
    public enum Solver: String, Hashable, Sendable, CaseIterable {
        /// VROOM on the exported problem, read back with `giro import`.
        case vroom
        /// Giro on the territory cut down to what VROOM can express
        /// (`VROOMProblem.expressibleTerritory`).
        case giro
        /// Giro on the whole territory: cadence cost, maximum working time
        /// and its own objective weights.
        case giroFull = "giro-full"
    }

    /// The territory's name, such as the generator preset it came from.
    public var territory: String
    public var solver: Solver
    /// The planner's seed; 0 for VROOM, which takes none.
    public var seed: UInt64
    /// The time limit given to the solver, in seconds.
    public var timeLimit: Double
    /// Wall-clock seconds of the solve: for Giro from before its travel
    /// matrix, for VROOM the whole `vroom` process.
    public var seconds: Double
    /// The plan on VROOM's terms.
    public var terms: VROOMTerms
    /// Whether the validator accepts the plan, with the objective its
    /// solver reported, under the rules it was made for: the whole
    /// territory's for `giroFull`, the cut-down territory's otherwise.
    public var isValid: Bool
    /// Whether the validator accepts the plan under the rules that VROOM
    /// can express (the cut-down territory).
    public var isValidOnExportedRules: Bool
    /// Violations of the whole territory's rules, such as a working day
    /// longer than the rep's maximum.
    public var fullRuleViolations: Int
    /// Giro's objective of the plan under the whole territory's weights
    /// (driving, distance, routes and cadence), lower is better.
    public var fullObjective: Double
    /// Share of due customers visited by their due date, 0 to 1.
    public var cadenceCompliance: Double
    /// Customer visits and appointments in the plan, optional ones
    /// included.
    public var visits: Int
    public var nightsAway: Int

    public init(
        territory: String, solver: Solver, seed: UInt64, timeLimit: Double, seconds: Double, terms: VROOMTerms,
        isValid: Bool, isValidOnExportedRules: Bool, fullRuleViolations: Int, fullObjective: Double, cadenceCompliance: Double,
        visits: Int, nightsAway: Int
    ) {
        self.territory = territory
        self.solver = solver
        self.seed = seed
        self.timeLimit = timeLimit
        self.seconds = seconds
        self.terms = terms
        self.isValid = isValid
        self.isValidOnExportedRules = isValidOnExportedRules
        self.fullRuleViolations = fullRuleViolations
        self.fullObjective = fullObjective
        self.cadenceCompliance = cadenceCompliance
        self.visits = visits
        self.nightsAway = nightsAway
    }
}
