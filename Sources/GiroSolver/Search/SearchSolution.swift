import GiroSchedule

/// A plan under improvement: one sequence of tasks per slot, each task's
/// place, and per route the segment data that lets a move be checked in
/// constant time.
///
/// `forward[r][i]` summarises the start depot and the first `i` tasks of
/// route `r`; `backward[r][i]` the tasks from position `i` on and the end
/// depot. Both are kept for routes without opaque tasks (see
/// `SearchModel`); on relaxed routes they give arc costs exactly and a
/// necessary condition for feasibility.
struct SearchSolution {
    let model: SearchModel
    /// Task sequence per slot; route index equals slot index.
    private(set) var routes: [[Int]]
    /// Route of each task, `unplanned` or `inactive`.
    private(set) var routeOf: [Int]
    private(set) var position: [Int]
    private(set) var forward: [[TimeWindowSegment]]
    private(set) var backward: [[TimeWindowSegment]]
    /// Tasks in the route whose option on the route's slot is relaxed.
    private(set) var relaxedCount: [Int]
    /// Tasks in the route whose option on the route's slot is anchored.
    private(set) var anchoredCount: [Int]
    /// Tasks in the route whose option on the route's slot is opaque.
    private(set) var opaqueCount: [Int]
    /// Objective contribution of each route: arc costs, route weight, minus
    /// cadence benefits, plus the night cost when the night after the day
    /// is spent away. An empty route contributes its slot's `emptyRouteCost`.
    private(set) var routeObjective: [Double]
    /// Sum of the penalties of unplanned active tasks.
    private(set) var penaltyTotal: Double
    /// Objective contribution of each chain (see `CadenceChains`).
    var chainValue: [Double]
    /// Sum of `chainValue`.
    var chainTotal = 0.0
    /// Working memory of the chain evaluation, shared by copies: it is
    /// empty between calls.
    let chainScratch: ChainScratch
    /// Step at which each route last changed.
    private(set) var changedAt: [Int]
    /// Start and end location of each route, and the nights spent away.
    var nights: NightState
    private(set) var step = 0

    static let unplanned = -1
    /// A task outside the search: covered by a planned appointment.
    static let inactive = -2

    /// Builds the search state from construction routes.
    ///
    /// - Parameters:
    ///   - inactive: tasks that stay out of the search.
    /// - Complexity: O(T + Σ route lengths).
    init(model: SearchModel, routes: [[Int]], inactive: Set<Int>) {
        precondition(routes.count == model.slotCount, "one route per slot")
        self.model = model
        self.routes = routes
        routeOf = Array(repeating: SearchSolution.unplanned, count: model.taskCount)
        position = Array(repeating: 0, count: model.taskCount)
        forward = Array(repeating: [], count: model.slotCount)
        backward = Array(repeating: [], count: model.slotCount)
        relaxedCount = Array(repeating: 0, count: model.slotCount)
        anchoredCount = Array(repeating: 0, count: model.slotCount)
        opaqueCount = Array(repeating: 0, count: model.slotCount)
        routeObjective = Array(repeating: 0, count: model.slotCount)
        changedAt = Array(repeating: 0, count: model.slotCount)
        penaltyTotal = 0
        chainValue = Array(repeating: 0, count: model.chains.count)
        chainScratch = ChainScratch(
            taskCount: model.taskCount, chainCount: model.chains.count,
            longestChain: model.chains.tasks.map(\.count).max() ?? 0)
        nights = NightState(model: model)

        // Every active task starts unplanned; placing it takes its penalty
        // off, so the total stays a sum of whole penalties.
        for task in inactive {
            routeOf[task] = SearchSolution.inactive
        }
        for task in 0..<model.taskCount where routeOf[task] == SearchSolution.unplanned {
            penaltyTotal += model.penalty[task]
        }
        for route in routes.indices {
            refresh(route: route)
        }
        for chain in 0..<model.chains.count {
            updateChain(chain)
        }
    }

    /// The objective: route contributions, penalties of unplanned tasks, and
    /// the chains' cadence.
    ///
    /// - Complexity: O(S).
    var objective: Double {
        routeObjective.reduce(0, +) + penaltyTotal + chainTotal
    }

    /// Returns whether the route's segment data decides feasibility
    /// exactly: no break rule, and only simple tasks.
    @inline(__always)
    func isExact(route: Int) -> Bool {
        !model.hasBreak[route] && !model.isWidened[route] && relaxedCount[route] == 0 && anchoredCount[route] == 0
            && opaqueCount[route] == 0
    }

    /// Returns whether the route has segment data, exact in its arc costs:
    /// no opaque task.
    @inline(__always)
    func hasSegments(route: Int) -> Bool {
        opaqueCount[route] == 0
    }

    /// Unplanned tasks that the search may insert, in index order.
    ///
    /// - Complexity: O(T).
    var unplannedTasks: [Int] {
        (0..<model.taskCount).filter { routeOf[$0] == SearchSolution.unplanned }
    }

    // MARK: - Changing routes

    /// Replaces a route's sequence and updates every cache.
    ///
    /// Tasks that left the route and are in no other route become unplanned.
    /// The caller replaces every route a move touches, so tasks moved
    /// elsewhere are placed again.
    ///
    /// - Complexity: O(n) for an exact route of n tasks, plus one schedule
    ///   evaluation for any other.
    mutating func replace(route: Int, with sequence: [Int]) {
        let old = routes[route]
        for task in old where routeOf[task] == route {
            routeOf[task] = SearchSolution.unplanned
            penaltyTotal += model.penalty[task]
        }
        routes[route] = sequence
        refresh(route: route)
        if !model.chains.isEmpty {
            updateChains(of: old, sequence)
        }
    }

    /// Replaces a route's sequence when the new one is feasible; returns
    /// whether it did.
    ///
    /// Taking visits out of a route keeps it feasible when travel times obey
    /// the triangle inequality, but a travel matrix need not, so a shortened
    /// route is checked before it replaces the old one.
    ///
    /// - Complexity: O(n) by segments when every task is simple on a slot
    ///   without break or widening; else one schedule evaluation, O(n·w).
    mutating func replaceIfFeasible(route: Int, with sequence: [Int]) -> Bool {
        guard isFeasible(slot: route, sequence: sequence) else { return false }
        replace(route: route, with: sequence)
        return true
    }

    /// Returns whether a sequence is feasible on a slot.
    func isFeasible(slot: Int, sequence: [Int]) -> Bool {
        guard !model.hasBreak[slot], !model.isWidened[slot],
            sequence.allSatisfy({ model.kind(task: $0, slot: slot) == .simple })
        else {
            return keepsNightRule(slot: slot, lastTask: sequence.last)
                && exactObjective(slot: slot, sequence: sequence) != nil
        }

        guard keepsNightRule(slot: slot, lastTask: sequence.last) else { return false }
        var segment = startDepot(slot)
        for task in sequence {
            segment = model.join(segment, model.segment(task: task, slot: slot), slot: slot)
        }
        segment = model.join(segment, endDepot(slot), slot: slot)
        return segment.timeWarp == 0 && segment.load <= model.capacity[slot] + 1e-9
            && segment.duration <= model.maximumWorkingTime[slot]
    }

    /// Recomputes a route's positions, caches and objective.
    private mutating func refresh(route: Int) {
        step += 1
        changedAt[route] = step
        let sequence = routes[route]
        var relaxed = 0
        var anchored = 0
        var opaque = 0
        for (index, task) in sequence.enumerated() {
            if routeOf[task] == SearchSolution.unplanned {
                penaltyTotal -= model.penalty[task]
            }
            routeOf[task] = route
            position[task] = index
            switch model.kind(task: task, slot: route) {
            case .relaxed:
                relaxed += 1
            case .anchored:
                anchored += 1
            case .opaque, .notAllowed:
                opaque += 1
            case .simple:
                break
            }
        }
        relaxedCount[route] = relaxed
        anchoredCount[route] = anchored
        opaqueCount[route] = opaque

        guard hasSegments(route: route) else {
            forward[route] = []
            backward[route] = []
            routeObjective[route] = exactObjective(slot: route, sequence: sequence) ?? Double.infinity
            return
        }

        var prefixes: [TimeWindowSegment] = []
        prefixes.reserveCapacity(sequence.count + 1)
        var segment = startDepot(route)
        prefixes.append(segment)
        for task in sequence {
            segment = model.join(segment, model.segment(task: task, slot: route), slot: route)
            prefixes.append(segment)
        }

        var suffixes = [TimeWindowSegment](repeating: endDepot(route), count: sequence.count + 1)
        var tail = endDepot(route)
        for index in stride(from: sequence.count - 1, through: 0, by: -1) {
            tail = model.join(model.segment(task: sequence[index], slot: route), tail, slot: route)
            suffixes[index] = tail
        }

        forward[route] = prefixes
        backward[route] = suffixes
        if isExact(route: route) {
            let whole = model.join(segment, endDepot(route), slot: route)
            routeObjective[route] =
                sequence.isEmpty
                ? model.emptyRouteCost[route] : whole.cost + model.routeWeight - whole.benefit + nightCharge(route)
        } else {
            routeObjective[route] = exactObjective(slot: route, sequence: sequence) ?? Double.infinity
        }
    }

    // MARK: - Exact evaluation

    /// Objective contribution of a sequence on a slot by the full schedule
    /// evaluation, with the route's current start, end and night, or nil when
    /// it is infeasible or uses a slot a task may not use.
    ///
    /// - Complexity: O(n·w) plus allocation of the schedule input.
    func exactObjective(slot: Int, sequence: [Int]) -> Double? {
        exactObjective(
            slot: slot, sequence: sequence, start: nights.startLocation[slot], end: nights.endLocation[slot],
            nightCharge: nightCharge(slot))
    }

    /// Returns the objective contribution of a sequence on a slot that
    /// starts and ends at the given location indices, plus `nightCharge`, by
    /// the full schedule evaluation. Returns nil when the sequence is
    /// infeasible or uses a slot a task may not use, and the slot's
    /// `emptyRouteCost` when it is empty.
    ///
    /// - Complexity: O(n·w) plus allocation of the schedule input.
    func exactObjective(slot: Int, sequence: [Int], start: Int, end: Int, nightCharge: Double) -> Double? {
        guard !sequence.isEmpty else { return model.emptyRouteCost[slot] }
        var benefit = 0.0
        for task in sequence {
            guard model.kind(task: task, slot: slot) != .notAllowed else { return nil }
            benefit += model.taskBenefit(task, slot: slot)
        }
        let problem = model.problem
        let input = problem.routeInput(slot: slot, sequence: sequence, start: start, end: end)
        guard problem.fitsCapacity(slot: slot, load: input.load),
            DayScheduleEvaluator.isFeasible(stops: input.stops, day: input.day)
        else { return nil }
        return problem.routeCost(input, isEmpty: false) - benefit + nightCharge
    }
}
