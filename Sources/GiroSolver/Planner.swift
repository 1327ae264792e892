import GiroModel
import GiroSchedule

/// Plans a territory: which customers each rep visits on which day, in which
/// order and at what time.
///
/// Planning runs in two phases. A construction heuristic, chosen by
/// `PlannerOptions.construction` (regret-2 insertion by default), places
/// appointments, reservations and due customers wherever they fit, and adds
/// customers that may be seen early where their cadence benefit outweighs
/// the extra driving. Local search and ruin-and-recreate then improve that
/// plan until the time limit, the iteration limit or a stall (see
/// `RuinAndRecreate`). Apart from its appointments, which are kept as given,
/// a cadence customer gets the visits that its interval and `dueAfter` allow
/// in the horizon, and none when one of its appointments is planned. A
/// customer with visit patterns gets one visit on each date of one pattern,
/// or none. Everything due or required that does not fit is listed as
/// unplanned, with a reason.
///
/// Planning is deterministic for a given seed and iteration budget: the same
/// territory and options give the same plan, whatever the order of the
/// reps, customers, reservations and past visits in the input. A time limit
/// makes the result depend on the machine's speed.
public struct Planner: Sendable {
    /// The territory being planned, with its records in the canonical order
    /// of `Territory.inCanonicalOrder()`.
    public let territory: Territory
    let problem: PlanningProblem

    /// Compiles the territory: numbers locations, computes the travel matrix
    /// and lists what each customer, reservation and appointment may use.
    ///
    /// - Parameters:
    ///   - memoryLimit: the most memory, in bytes, that the planner may
    ///     expect to need; nil for `PlanningSize.defaultMemoryLimit`. A
    ///     territory whose `PlanningSize` estimate exceeds it is rejected
    ///     before anything large is allocated.
    /// - Throws: `PlanningError` when the territory has no rep, is too large
    ///   for the memory limit, or the travel model cannot time a leg.
    /// - Complexity: O(L²) for L distinct locations.
    public init(territory: Territory, memoryLimit: Int? = nil) throws(PlanningError) {
        guard !territory.reps.isEmpty else { throw .noReps }
        let size = PlanningSize(territory: territory)
        let limit = memoryLimit ?? PlanningSize.defaultMemoryLimit
        guard size.estimatedBytes <= limit else { throw .tooLarge(size, limit: limit) }
        let canonical = territory.inCanonicalOrder()
        self.territory = canonical
        self.problem = try PlanningProblem(territory: canonical)
    }

    /// Plans the horizon.
    ///
    /// - Parameters:
    ///   - options: heuristics, operators, seed and limits.
    ///   - cancellation: a token that stops the run from another thread.
    ///     A cancelled run places what the time limit would still place and
    ///     returns the best plan found so far.
    ///   - progress: called after each placed visit, after the first local
    ///     search, then with each new best plan and every 256 steps, and
    ///     once more with the final step count when the search stops. The
    ///     library never prints.
    /// - Returns: the plan, with every time computed by the schedule
    ///   evaluation and every unplanned item explained.
    public func plan(
        options: PlannerOptions = PlannerOptions(), cancellation: PlanningCancellation? = nil,
        progress: ((PlannerProgress) -> Void)? = nil
    ) -> Plan {
        plan(options: options, cancellation: cancellation, started: ContinuousClock.now, progress: progress)
    }

    /// Plans the horizon with the time limit and the elapsed times of
    /// `progress` counted from `started`.
    func plan(
        options: PlannerOptions, cancellation: PlanningCancellation?, started: ContinuousClock.Instant,
        progress: ((PlannerProgress) -> Void)?
    ) -> Plan {
        let clock = ContinuousClock()
        let total = problem.tasks.count

        var deadline = PlanningDeadline(cancellation: cancellation)
        if let timeLimit = options.effectiveTimeLimit {
            deadline.instant = started + .milliseconds(Int64(timeLimit * 1000))
        }
        let (constructed, unplaced) = options.construction.build(problem: problem, deadline: deadline) { placed in
            let elapsed = clock.now - started
            progress?(PlannerProgress(phase: .construction, placedVisits: placed, tasks: total, elapsed: elapsed))
        }

        let (routes, failed, nights) = improve(
            routes: constructed, failed: unplaced, options: options, started: started, deadline: deadline
        ) { iterations, best in
            let elapsed = clock.now - started
            progress?(
                PlannerProgress(
                    phase: iterations == 0 ? .localSearch : .ruinAndRecreate, placedVisits: total, tasks: total,
                    elapsed: elapsed, iterations: iterations, bestObjective: best))
        }
        return makePlan(routes: routes, failed: failed, nights: nights)
    }
}
