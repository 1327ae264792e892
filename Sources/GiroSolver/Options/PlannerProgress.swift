/// A progress report while planning.
public struct PlannerProgress: Hashable, Sendable {
    public enum Phase: String, Hashable, Sendable {
        /// Building the first plan.
        case construction
        /// Local search on the first plan.
        case localSearch = "local search"
        /// Ruin-and-recreate steps.
        case ruinAndRecreate = "ruin and recreate"
    }

    public var phase: Phase
    /// Visits and appointments placed so far.
    public var placedVisits: Int
    /// Appointments, reservations and customers the planner considers.
    public var tasks: Int
    public var elapsed: Duration
    /// Ruin-and-recreate steps done so far.
    public var iterations: Int
    /// Objective of the best plan so far, in the planner's cost units; nil
    /// during construction.
    public var bestObjective: Double?

    public init(
        phase: Phase, placedVisits: Int, tasks: Int, elapsed: Duration, iterations: Int = 0,
        bestObjective: Double? = nil
    ) {
        self.phase = phase
        self.placedVisits = placedVisits
        self.tasks = tasks
        self.elapsed = elapsed
        self.iterations = iterations
        self.bestObjective = bestObjective
    }
}
