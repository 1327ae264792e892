extension Planner {
    /// Improves construction routes by local search and ruin-and-recreate.
    ///
    /// With neither operators nor a metaheuristic, or once the deadline has
    /// passed, returns the construction as it is. Tasks covered by a planned appointment stay out of the
    /// search. Every other required task that ends unplanned is returned as
    /// failed, in task order, for diagnosis.
    ///
    /// - Parameters:
    ///   - onProgress: called with the step count and the best search
    ///     objective.
    func improve(
        routes: [[Int]], failed: [Int], options: PlannerOptions, started: ContinuousClock.Instant,
        deadline: PlanningDeadline, onProgress: @escaping (Int, Double) -> Void
    ) -> (routes: [[Int]], failed: [Int]) {
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
            return (routes, failed)
        }

        let model = SearchModel(problem: problem, neighbourCount: options.neighbourCount)
        let start = SearchSolution(model: model, routes: routes, inactive: inactive)
        // NOTE: one search per plan; independent searches on several cores,
        // kept apart by seed, are not implemented.
        var search = RuinAndRecreate(model: model, options: options)
        search.onProgress = onProgress
        let (best, _) = search.run(from: start, started: started, deadline: deadline)

        let routes = firstVisitsPlanned(best)
        let plannedAtEnd = Set(routes.joined())
        let failed = (0..<model.taskCount).filter { task in
            guard !plannedAtEnd.contains(task), best.routeOf[task] != SearchSolution.inactive else { return false }
            let chains = model.chains
            let chain = chains.chainOf[task]
            guard chain >= 0 else { return model.penalty[task] > 0 }
            // A chain fails as a whole, by its first task, when none is planned.
            return chains.emptyPenalty[chain] > 0 && chains.tasks[chain].first == task
                && !chains.tasks[chain].contains(where: plannedAtEnd.contains)
        }
        return (routes, failed)
    }

    /// The solution's routes with each chain's planned visits on its
    /// lowest-numbered tasks, so that a customer visited at all has its
    /// first task, which carries the tier, planned.
    ///
    /// The tasks of a chain differ in nothing but their number, so the
    /// renaming changes no route.
    private func firstVisitsPlanned(_ solution: SearchSolution) -> [[Int]] {
        let chains = solution.model.chains
        var renamed: [Int: Int] = [:]
        for members in chains.tasks {
            let planned = members.filter { solution.routeOf[$0] >= 0 }
            for (index, task) in planned.enumerated() where members[index] != task {
                renamed[task] = members[index]
            }
        }
        guard !renamed.isEmpty else { return solution.routes }
        return solution.routes.map { route in route.map { renamed[$0] ?? $0 } }
    }
}
