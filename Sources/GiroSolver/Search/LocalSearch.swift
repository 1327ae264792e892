/// First-improvement local search over all routes of all days.
///
/// Each pass visits the tasks in a random order. For a planned task u it
/// tries the enabled operators with every v in u's granular neighbour list,
/// moving u (or a string starting at u) next to v, and applies the first
/// move that lowers the objective. A pair is tested again only when one of
/// its two routes changed since u was last examined, so passes after the
/// first touch only what moved. Unplanned tasks are offered for insertion,
/// planned optional ones for removal and replacement, and the visits of a
/// customer with several in the horizon for a shift by one day. The search stops at
/// a local optimum or at the deadline. After each pass, every night that
/// the overnight rules allow is offered for opening or closing (see
/// `improveNights`).
///
/// - Complexity: O(T·k) move evaluations per pass for T tasks and k
///   neighbours, each O(1) on simple routes (see `SearchSolution.objective(of:)`).
struct LocalSearch {
    let model: SearchModel
    let operators: OperatorSwitches
    private var lastTested: [Int]
    private var order: [Int]
    /// The slot of each rep and horizon day, at `rep * dayCount + day`, or
    /// -1 on a day off.
    let slotByRepDay: [Int]
    /// Scratch move that evaluations write into, so that the inner loop
    /// copies no move.
    private var scratch = SearchMove.none

    /// The smallest improvement that counts, in objective units.
    static let improvementThreshold = 1e-6

    init(model: SearchModel, operators: Set<SearchOperator>) {
        self.model = model
        self.operators = OperatorSwitches(operators)
        lastTested = Array(repeating: -1, count: model.taskCount)
        order = (0..<model.taskCount).filter { !model.isPinned[$0] }
        let slots = model.problem.slots
        let repCount = (slots.map(\.repIndex).max() ?? -1) + 1
        var table = [Int](repeating: -1, count: repCount * model.dayCount)
        for (index, slot) in slots.enumerated() where slot.dayIndex < model.dayCount {
            table[slot.repIndex * model.dayCount + slot.dayIndex] = index
        }
        slotByRepDay = table
    }

    /// Improves `solution` to a local optimum or until `deadline`.
    ///
    /// - Returns: the number of moves applied.
    @discardableResult
    mutating func run(
        _ solution: inout SearchSolution, generator: inout SeededGenerator, deadline: PlanningDeadline
    ) -> Int {
        guard operators.any else { return 0 }
        order.shuffle(using: &generator)
        var applied = 0
        var improved = true
        var checks = 0

        while improved {
            improved = false
            for u in order {
                checks += 1
                if checks & 63 == 0, deadline.hasPassed {
                    return applied
                }
                let route = solution.routeOf[u]
                if route == SearchSolution.inactive {
                    continue
                }
                if route == SearchSolution.unplanned {
                    if operators.insertVisit, insert(u, &solution) {
                        applied += 1
                        improved = true
                    }
                    continue
                }
                if improve(u, &solution) {
                    applied += 1
                    improved = true
                }
            }
            if improveNights(&solution) {
                applied += 1
                improved = true
            }
        }
        return applied
    }

    /// Inserts an unplanned task next to one of its neighbours, or alone in
    /// an empty route, when that improves. Positions next to a neighbour
    /// are tried only when the neighbour's route changed since the last try.
    private mutating func insert(_ u: Int, _ solution: inout SearchSolution) -> Bool {
        let tested = lastTested[u]
        lastTested[u] = solution.step
        var best: SearchMove?
        for v in model.neighbours[u] {
            let route = solution.routeOf[v]
            guard route >= 0, solution.changedAt[route] > tested else { continue }
            let q = solution.position[v]
            for position in [q, q + 1] {
                let draft = RouteDraft(slot: route, prefixEnd: position, .task(u), suffixStart: position)
                let bound = min(best?.delta ?? .infinity, -LocalSearch.improvementThreshold)
                if let move = solution.evaluate(draft, penaltyChange: -model.penalty[u], bound: bound) {
                    best = move
                }
            }
        }
        if tested < 0, let alone = solution.bestInsertionIntoEmptyRoute(of: u),
            alone.delta < min(best?.delta ?? .infinity, -LocalSearch.improvementThreshold)
        {
            best = alone
        }
        guard let best else { return false }
        solution.apply(best)
        return true
    }

    /// Tries every enabled move of a planned task and applies the first that
    /// improves. Returns whether one was applied.
    private mutating func improve(_ u: Int, _ solution: inout SearchSolution) -> Bool {
        let tested = lastTested[u]
        lastTested[u] = solution.step
        var applied = false

        for v in model.neighbours[u] {
            let routeU = solution.routeOf[u]
            let routeV = solution.routeOf[v]
            guard routeU >= 0 else { break }
            if routeV == SearchSolution.unplanned {
                // A task gives way only to one that weighs at least as much,
                // so a due visit is never traded for an optional one. Among
                // equals, the exchange frees time when v is cheaper to reach.
                if operators.replaceVisit, model.penalty[u] <= model.penalty[v], !model.isPinned[u], !model.isPinned[v],
                    let move = replacement(of: u, by: v, in: solution), move.delta < -LocalSearch.improvementThreshold
                {
                    solution.apply(move)
                    applied = true
                }
                continue
            }
            guard routeV >= 0 else { continue }
            guard max(solution.changedAt[routeU], solution.changedAt[routeV]) > tested else { continue }
            if firstImprovingMove(u: u, v: v, in: solution, into: &scratch) {
                solution.apply(scratch)
                applied = true
            }
        }

        let routeU = solution.routeOf[u]
        guard routeU >= 0 else { return applied }
        if operators.relocate, solution.changedAt[routeU] > tested,
            let move = relocationToEmptyRoute(u, in: solution), move.delta < -LocalSearch.improvementThreshold
        {
            solution.apply(move)
            applied = true
        }
        if operators.shiftVisits, model.chains.chainOf[u] >= 0, solution.changedAt[solution.routeOf[u]] > tested,
            applyChainShift(of: model.chains.chainOf[u], to: &solution)
        {
            applied = true
        }
        let routeNow = solution.routeOf[u]
        if operators.removeVisit, model.penalty[u] == 0, routeNow >= 0 {
            let position = solution.position[u]
            let draft = RouteDraft(slot: routeNow, prefixEnd: position, suffixStart: position + 1)
            if let value = solution.objective(of: draft), let change = solution.chainDelta(draft, nil) {
                let delta = value - solution.routeObjective[routeNow] + model.penalty[u] + change
                if delta < -LocalSearch.improvementThreshold {
                    solution.apply(
                        SearchMove(first: draft, firstObjective: value, second: nil, secondObjective: 0, delta: delta))
                    applied = true
                }
            }
        }
        return applied
    }
}

/// The enabled operators as flags, read in the inner loops.
struct OperatorSwitches {
    var relocate, swap, twoOpt, twoOptStar, orOpt, crossExchange, insertVisit, removeVisit, replaceVisit: Bool
    var shiftVisits: Bool

    init(_ operators: Set<SearchOperator>) {
        relocate = operators.contains(.relocate)
        swap = operators.contains(.swap)
        twoOpt = operators.contains(.twoOpt)
        twoOptStar = operators.contains(.twoOptStar)
        orOpt = operators.contains(.orOpt)
        crossExchange = operators.contains(.crossExchange)
        insertVisit = operators.contains(.insertVisit)
        removeVisit = operators.contains(.removeVisit)
        replaceVisit = operators.contains(.replaceVisit)
        shiftVisits = operators.contains(.shiftVisits)
    }

    var any: Bool {
        relocate || swap || twoOpt || twoOptStar || orOpt || crossExchange || insertVisit || removeVisit
            || replaceVisit || shiftVisits
    }
}
