import GiroModel

extension Planner {
    /// Compiles a territory and plans it in one call, with the time limit
    /// counted from this call, so that it also covers computing the travel
    /// matrix.
    ///
    /// Use it where the time limit stands for the whole wait, as the
    /// command-line tool and the benchmark runner do. The elapsed times of
    /// `progress` count from this call too.
    ///
    /// - Parameters:
    ///   - territory: the territory to plan.
    ///   - options: heuristics, operators, seed and limits.
    ///   - memoryLimit: as for `init(territory:memoryLimit:)`.
    ///   - cancellation: a token that stops the run from another thread.
    ///   - progress: as for `plan(options:cancellation:progress:)`.
    /// - Returns: the planner, whose `territory` is in canonical order, and
    ///   the plan.
    /// - Throws: `PlanningError` as `init(territory:memoryLimit:)` does.
    public static func plan(
        territory: Territory, options: PlannerOptions = PlannerOptions(), memoryLimit: Int? = nil,
        cancellation: PlanningCancellation? = nil, progress: ((PlannerProgress) -> Void)? = nil
    ) throws(PlanningError) -> (planner: Planner, plan: Plan) {
        let started = ContinuousClock.now
        let planner = try Planner(territory: territory, memoryLimit: memoryLimit)
        let plan = planner.plan(options: options, cancellation: cancellation, started: started, progress: progress)
        return (planner, plan)
    }
}
