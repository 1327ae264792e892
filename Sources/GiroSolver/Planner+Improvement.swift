extension Planner {
    /// Improves construction routes by local search and ruin-and-recreate.
    ///
    /// With neither operators nor a metaheuristic, or once the deadline has
    /// passed, returns the construction as it is. Tasks covered by a planned appointment stay out of the
    /// search. Every other required task that ends unplanned is returned as
    /// failed, in task order, for diagnosis. The returned night state gives
    /// where each route starts and ends; it is nil when no search ran, and
    /// then every night is spent at home.
    ///
    /// - Parameters:
    ///   - onProgress: called with the step count and the best search
    ///     objective.
    func improve(
        routes: [[Int]], failed: [Int], options: PlannerOptions, started: ContinuousClock.Instant,
        deadline: PlanningDeadline, onProgress: @escaping (Int, Double) -> Void
    ) -> (routes: [[Int]], failed: [Int], nights: NightState?) {
        let planned = Set(routes.joined())
        var inactive = Set<Int>()
        for (index, task) in problem.tasks.enumerated()
        where !planned.contains(index) && task.coveredBy.contains(where: planned.contains) {
            inactive.insert(index)
        }

        // Nothing to improve without an operator or a metaheuristic, or when
        // the construction used up the time: keep the construction's own
        // report of what failed, in its order.
        guard !options.operators.isEmpty || options.metaheuristic != .none, !deadline.hasPassed else {
            return (routes, failed, nil)
        }

        let model = SearchModel(problem: problem, neighbourCount: options.neighbourCount)
        let start = SearchSolution(model: model, routes: routes, inactive: inactive)
        // NOTE: one search per plan; independent searches on several cores,
        // kept apart by seed, are not implemented.
        var search = RuinAndRecreate(model: model, options: options)
        search.onProgress = onProgress
        let (best, _) = search.run(from: start, started: started, deadline: deadline)

        let failed = (0..<model.taskCount).filter {
            best.routeOf[$0] == SearchSolution.unplanned && model.penalty[$0] > 0
        }
        return (best.routes, failed, best.nights)
    }
}
