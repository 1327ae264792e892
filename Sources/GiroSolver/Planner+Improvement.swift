import GiroSchedule

extension Planner {
    /// Improves construction routes by local search and ruin-and-recreate.
    ///
    /// With neither operators nor a metaheuristic, or once the deadline has
    /// passed, returns the construction as it is. Tasks covered by a planned appointment stay out of the
    /// search. Every other required task that ends unplanned is returned as
    /// failed, in task order, for diagnosis. The returned night state gives
    /// where each route starts and ends. It is nil when no search ran, so
    /// every night is then spent at home.
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
        let starts = SearchSolution(model: model, routes: routes, inactive: inactive).nightSequenceStarts(
            count: Planner.nightSequenceTrials, deadline: deadline)
        let (start, trialSteps) = bestOfTrials(from: starts, model: model, options: options, deadline: deadline)
        // NOTE: one search per plan; independent searches on several cores,
        // kept apart by seed, are not implemented.
        var search = RuinAndRecreate(model: model, options: options.afterTrials(steps: trialSteps))
        search.onProgress = { onProgress($0 + trialSteps, $1) }
        // After trials, the annealing schedule spans the remaining time.
        let (best, _) = search.run(
            from: start, started: trialSteps > 0 ? ContinuousClock.now : started, deadline: deadline)

        let routes = withoutIncompletePatterns(firstVisitsPlanned(best), chains: model.chains, nights: best.nights)
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
        return (routes, failed, best.nights)
    }

    /// Removes the visits of pattern customers whose pattern is incomplete,
    /// so that such a customer is reported unplanned and has no visit at
    /// all.
    ///
    /// NOTE: a visit stays when its removal makes the route infeasible,
    /// which only a travel matrix that breaks the triangle inequality
    /// allows. The plan then keeps an incomplete pattern, which the
    /// validator flags, and does not report the customer unplanned.
    ///
    /// - Parameters:
    ///   - nights: where each route starts and ends. A route next to a night
    ///     away keeps its visits when removing them would change its last
    ///     stop, because the night's place depends on it.
    func withoutIncompletePatterns(_ routes: [[Int]], chains: CadenceChains, nights: NightState? = nil) -> [[Int]] {
        var planned = Set<Int>()
        for route in routes {
            planned.formUnion(route)
        }
        var dropped = Set<Int>()
        for chain in 0..<chains.count where chains.isPattern(chain) {
            let members = chains.tasks[chain]
            let count = members.filter(planned.contains).count
            if count > 0, count < members.count {
                dropped.formUnion(members)
            }
        }
        guard !dropped.isEmpty else { return routes }

        return routes.enumerated().map { slot, route in
            let shortened = route.filter { !dropped.contains($0) }
            let start = nights?.startLocation[slot] ?? problem.slots[slot].startLocation
            let end = nights?.endLocation[slot] ?? problem.slots[slot].endLocation
            let isNextToNight = start != problem.slots[slot].startLocation || nights?.isAway[slot] == true
            if isNextToNight, shortened.last != route.last {
                return route
            }
            guard shortened.count < route.count, !shortened.isEmpty else { return shortened }
            let input = problem.routeInput(slot: slot, sequence: shortened, start: start, end: end)
            let isFeasible =
                problem.fitsCapacity(slot: slot, load: input.load)
                && DayScheduleEvaluator.isFeasible(stops: input.stops, day: input.day)
            return isFeasible ? shortened : route
        }
    }

    /// Returns the solution's routes with each chain's planned visits on its
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
