import GiroSchedule

/// The routes of a plan under construction: one sequence of task indices per
/// slot, with each route's cost and load, and the mandatory tasks that could
/// not be placed.
///
/// Every route stays feasible, because each change goes through a feasible
/// insertion or a sequence that the caller checked with `isFeasible`.
struct PartialPlan {
    let problem: PlanningProblem
    private(set) var routes: [[Int]]
    /// Cost of each route under `PlanningProblem.routeCost`, zero when empty.
    private(set) var routeCosts: [Double]
    private(set) var routeLoads: [Double]
    /// Mandatory tasks that could not be placed, in the order they failed.
    private(set) var failed: [Int] = []
    /// Called after each placed task with the number of tasks placed so far.
    var onInsertion: ((Int) -> Void)?
    private var placedCount = 0

    init(problem: PlanningProblem, onInsertion: ((Int) -> Void)? = nil) {
        self.problem = problem
        self.onInsertion = onInsertion
        routes = Array(repeating: [], count: problem.slots.count)
        routeCosts = Array(repeating: 0, count: problem.slots.count)
        routeLoads = Array(repeating: 0, count: problem.slots.count)
    }

    /// Every task on some route.
    var plannedTasks: Set<Int> {
        Set(routes.joined())
    }

    // MARK: - Feasibility

    /// Returns whether `sequence` may replace the route of `slot`. That needs
    /// an option in the slot for every task, a load within the capacity and
    /// a feasible schedule.
    ///
    /// - Complexity: O(n·w) for n tasks of at most w windows, more when the
    ///   maximum working time binds.
    func isFeasible(_ sequence: [Int], slot: Int) -> Bool {
        guard sequence.allSatisfy({ problem.optionIndex(task: $0, slot: slot) != nil }) else { return false }

        let input = problem.routeInput(slot: slot, sequence: sequence)
        guard problem.fitsCapacity(slot: slot, load: input.load) else { return false }
        return DayScheduleEvaluator.isFeasible(stops: input.stops, day: input.day)
    }

    /// Returns the cost of `sequence` in `slot` less the cadence benefits of
    /// its tasks on the slot's day, in the objective's units.
    func netCost(of sequence: [Int], slot: Int) -> Double {
        let input = problem.routeInput(slot: slot, sequence: sequence)
        let day = problem.slots[slot].dayIndex
        let benefits = sequence.reduce(0.0) { $0 + problem.tasks[$1].cadenceBenefitByDay[day] }
        return problem.routeCost(input, isEmpty: sequence.isEmpty) - benefits
    }

    // MARK: - Single insertions

    /// Returns the cheapest feasible insertion of a task over all its slots,
    /// the first slot in option order among equal costs.
    func cheapestInsertion(task: Int) -> Insertion? {
        var best: Insertion?
        for option in problem.tasks[task].options {
            guard let candidate = bestInsertion(task: task, slot: option.slot) else { continue }
            if let current = best, current.cost <= candidate.cost {
                continue
            }
            best = candidate
        }
        return best
    }

    /// Returns the cheapest feasible position of a task in one slot, or nil.
    ///
    /// The cost is the change of the route's cost less the task's cadence
    /// benefit on the slot's day. Positions are tried in order of cost, so
    /// the schedule is evaluated only until the first feasible one.
    ///
    /// - Complexity: O(n²·w) for a route of n stops with at most w windows.
    func bestInsertion(task taskIndex: Int, slot: Int) -> Insertion? {
        let task = problem.tasks[taskIndex]
        guard problem.fitsCapacity(slot: slot, load: routeLoads[slot] + task.demand) else { return nil }

        let route = routes[slot]
        let benefit = task.cadenceBenefitByDay[problem.slots[slot].dayIndex]
        var candidates: [(position: Int, cost: Double, input: RouteInput)] = []
        candidates.reserveCapacity(route.count + 1)
        for position in 0...route.count {
            var sequence = route
            sequence.insert(taskIndex, at: position)
            let input = problem.routeInput(slot: slot, sequence: sequence)
            let cost = problem.routeCost(input, isEmpty: false) - routeCosts[slot] - benefit
            candidates.append((position, cost, input))
        }
        candidates.sort { $0.cost != $1.cost ? $0.cost < $1.cost : $0.position < $1.position }

        for candidate in candidates
        where DayScheduleEvaluator.isFeasible(stops: candidate.input.stops, day: candidate.input.day) {
            return Insertion(slot: slot, position: candidate.position, cost: candidate.cost)
        }
        return nil
    }

    // MARK: - Changes

    /// Inserts a task at a position found by `bestInsertion` or
    /// `cheapestInsertion`.
    mutating func insert(_ task: Int, at insertion: Insertion) {
        insert(task, slot: insertion.slot, position: insertion.position)
    }

    /// Inserts a task before `position` in the route of `slot`.
    ///
    /// - Precondition: the caller checked that the new sequence is feasible,
    ///   which debug builds check again.
    mutating func insert(_ task: Int, slot: Int, position: Int) {
        routes[slot].insert(task, at: position)
        assert(isFeasible(routes[slot], slot: slot), "an insertion made a route infeasible")
        updateTotals(slot: slot)
        reportPlaced(count: 1)
    }

    /// Replaces the route of `slot` by `sequence`, which keeps every task of
    /// the current route and adds the rest.
    ///
    /// - Precondition: `isFeasible(sequence, slot: slot)`, checked in debug
    ///   builds only.
    mutating func replaceRoute(of slot: Int, with sequence: [Int]) {
        assert(Set(routes[slot]).isSubset(of: sequence), "a replaced route dropped a task")
        assert(isFeasible(sequence, slot: slot), "a replaced route is infeasible")

        let added = sequence.count - routes[slot].count
        routes[slot] = sequence
        updateTotals(slot: slot)
        reportPlaced(count: added)
    }

    /// Takes over the routes and failures of `attempt`, a copy of this plan
    /// changed with `onInsertion` switched off, and reports its added tasks.
    mutating func adopt(_ attempt: PartialPlan) {
        let added = attempt.placedCount - placedCount
        routes = attempt.routes
        routeCosts = attempt.routeCosts
        routeLoads = attempt.routeLoads
        failed = attempt.failed
        reportPlaced(count: added)
    }

    /// Records a mandatory task that fits nowhere.
    mutating func markFailed(_ task: Int) {
        failed.append(task)
    }

    /// Places each task in list order at its cheapest insertion, or marks it
    /// failed: the fastest way to place a tier, used once the time limit has
    /// passed.
    ///
    /// - Complexity: O(T·S·n²·w) for T tasks of S slots each, with at most n
    ///   stops and w windows.
    mutating func placeInOrder(_ tasks: [Int]) {
        for task in tasks {
            if let best = cheapestInsertion(task: task) {
                insert(task, at: best)
            } else {
                markFailed(task)
            }
        }
    }

    private mutating func updateTotals(slot: Int) {
        let input = problem.routeInput(slot: slot, sequence: routes[slot])
        routeCosts[slot] = problem.routeCost(input, isEmpty: routes[slot].isEmpty)
        routeLoads[slot] = input.load
    }

    private mutating func reportPlaced(count: Int) {
        for _ in 0..<max(0, count) {
            placedCount += 1
            onInsertion?(placedCount)
        }
    }
}
