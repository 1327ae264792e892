import GiroModel
import GiroSchedule

/// Plans a territory: which customers each rep visits on which day, in which
/// order and at what time.
///
/// The first planner is a construction heuristic, chosen by
/// `PlannerOptions.construction` and regret-2 insertion by default. It
/// places appointments, reservations and due customers wherever they fit,
/// and adds customers that may be seen early where their cadence benefit
/// outweighs the extra driving. Apart from its appointments,
/// which are kept as given, a customer gets at most one visit in the horizon,
/// and none when one of its appointments is planned. Everything due or
/// required that does not fit is listed as unplanned, with a reason.
///
/// Planning is deterministic: the same territory and options give the same
/// plan, whatever the order of threads.
public struct Planner: Sendable {
    public let territory: Territory
    let problem: PlanningProblem

    /// Compiles the territory: numbers locations, computes the travel matrix
    /// and lists what each customer, reservation and appointment may use.
    ///
    /// - Throws: `PlanningError` when the territory has no rep or the travel
    ///   model cannot time a leg.
    /// - Complexity: O(L²) for L distinct locations.
    public init(territory: Territory) throws(PlanningError) {
        guard !territory.reps.isEmpty else { throw .noReps }
        self.territory = territory
        self.problem = try PlanningProblem(territory: territory)
    }

    /// Plans the horizon.
    ///
    /// - Parameters:
    ///   - options: seed and time limit.
    ///   - progress: called after each placed visit; the library never prints.
    /// - Returns: the plan, with every time computed by the schedule
    ///   evaluation and every unplanned item explained.
    public func plan(options: PlannerOptions = PlannerOptions(), progress: ((PlannerProgress) -> Void)? = nil) -> Plan {
        let clock = ContinuousClock()
        let started = clock.now
        let total = problem.tasks.count

        var deadline: ContinuousClock.Instant?
        if let timeLimit = options.timeLimit, timeLimit.isFinite, timeLimit < PlannerOptions.longestTimeLimit {
            deadline = started + .milliseconds(Int64(max(0, timeLimit) * 1000))
        }
        let (routes, failed) = options.construction.build(problem: problem, deadline: deadline) { placed in
            let elapsed = clock.now - started
            progress?(PlannerProgress(phase: .construction, placedVisits: placed, tasks: total, elapsed: elapsed))
        }

        return makePlan(routes: routes, failed: failed)
    }
}
