extension SearchSolution {
    /// Evaluates a move of one or two routes; nil when a new route is
    /// infeasible.
    ///
    /// - Parameters:
    ///   - penaltyChange: change of the unplanned penalties (new minus old).
    ///   - bound: moves whose delta is not below it may be skipped and
    ///     reported as nil.
    @inline(__always)
    func evaluate(
        _ first: RouteDraft, _ second: RouteDraft? = nil, penaltyChange: Double = 0, bound: Double = .infinity
    ) -> SearchMove? {
        var move = SearchMove.none
        guard evaluate(first, second, penaltyChange: penaltyChange, bound: bound, into: &move) else { return nil }
        return move
    }

    /// Evaluates a move into `move`, which is left unchanged unless the move
    /// is feasible and below `bound`. Returns whether it was written.
    ///
    /// The arc-only objective is computed first: windows and limits can only
    /// forbid a move, so a move whose arcs do not beat `bound` is rejected
    /// without checking them.
    @inline(__always)
    func evaluate(
        _ first: RouteDraft, _ second: RouteDraft?, penaltyChange: Double = 0, bound: Double = .infinity,
        into move: inout SearchMove
    ) -> Bool {
        // The chains' cadence counts with the penalties: it may lower the
        // bound that the arcs must beat.
        var penaltyChange = penaltyChange
        if !model.chains.isEmpty {
            guard let change = chainDelta(first, second) else { return false }
            penaltyChange += change
        }

        if bound < .infinity, let firstArcs = arcObjective(of: first) {
            var estimate = firstArcs - routeObjective[first.slot] + penaltyChange
            if let second {
                if let secondArcs = arcObjective(of: second) {
                    estimate += secondArcs - routeObjective[second.slot]
                } else {
                    estimate = -.infinity
                }
            }
            guard estimate < bound else { return false }
        }

        guard let firstValue = objective(of: first) else { return false }
        var delta = firstValue - routeObjective[first.slot] + penaltyChange
        var secondValue = 0.0
        if let second {
            guard let value = objective(of: second) else { return false }
            secondValue = value
            delta += value - routeObjective[second.slot]
        }
        guard delta < bound else { return false }
        move.first = first
        move.firstObjective = firstValue
        move.second = second
        move.secondObjective = secondValue
        move.delta = delta
        return true
    }

    /// Returns whether positions `from...to` of a route exist and hold no
    /// pinned task.
    @inline(__always)
    func isMovableString(route: Int, from: Int, to: Int) -> Bool {
        guard from >= 0, to < routes[route].count, from <= to else { return false }
        for index in from...to where model.isPinned[routes[route][index]] {
            return false
        }
        return true
    }

    /// Finds the cheapest insertion of an unplanned task over every route and
    /// position, trying one empty route per segment group. Returns nil when
    /// the task fits nowhere.
    ///
    /// - Parameters:
    ///   - blinkRate: chance of skipping each position, for diversity.
    /// - Complexity: O(S·n) draft evaluations.
    ///   - bound: only moves below it count.
    func bestInsertion(
        of task: Int, blinkRate: Double = 0, bound: Double = .infinity, generator: inout SeededGenerator
    ) -> SearchMove? {
        var best: SearchMove?
        var seenEmptyGroups: [Int] = []
        for route in 0..<model.slotCount where model.kind(task: task, slot: route) != .notAllowed {
            let count = routes[route].count
            if count == 0 {
                let group = model.segmentGroup[route]
                guard !seenEmptyGroups.contains(group) else { continue }
                seenEmptyGroups.append(group)
            }
            for position in 0...count {
                if blinkRate > 0, generator.unit() < blinkRate {
                    continue
                }
                let draft = RouteDraft(slot: route, prefixEnd: position, .task(task), suffixStart: position)
                guard
                    let move = evaluate(
                        draft, penaltyChange: -model.penalty[task], bound: min(bound, best?.delta ?? .infinity))
                else { continue }
                if best.map({ move.delta < $0.delta }) ?? true {
                    best = move
                }
            }
        }
        return best
    }

    /// Finds the cheapest insertion without blinks.
    func bestInsertion(of task: Int) -> SearchMove? {
        var unused = SeededGenerator(seed: 0)
        return bestInsertion(of: task, blinkRate: 0, generator: &unused)
    }
}

extension SearchSolution {
    /// Finds the cheapest route made of the task alone, trying one empty
    /// route per segment group. Returns nil when no empty route admits it.
    func bestInsertionIntoEmptyRoute(of task: Int) -> SearchMove? {
        var best: SearchMove?
        var seenGroups: [Int] = []
        for slot in 0..<model.slotCount where routes[slot].isEmpty && model.kind(task: task, slot: slot) != .notAllowed {
            let group = model.segmentGroup[slot]
            guard !seenGroups.contains(group) else { continue }
            seenGroups.append(group)
            let draft = RouteDraft(slot: slot, prefixEnd: 0, .task(task), suffixStart: 0)
            if let move = evaluate(draft, penaltyChange: -model.penalty[task], bound: best?.delta ?? .infinity) {
                best = move
            }
        }
        return best
    }
}

extension LocalSearch {

    /// Replaces planned task u by unplanned task v, either at u's position
    /// or next to one of v's neighbours in u's route, and returns the best
    /// of these moves that improves.
    ///
    /// - Complexity: O(k) evaluations for k neighbours of v.
    func replacement(of u: Int, by v: Int, in solution: SearchSolution) -> SearchMove? {
        let route = solution.routeOf[u]
        let removed = solution.position[u]
        let penaltyChange = model.penalty[u] - model.penalty[v]
        var best = solution.evaluate(
            RouteDraft(slot: route, prefixEnd: removed, .task(v), suffixStart: removed + 1), penaltyChange: penaltyChange,
            bound: -LocalSearch.improvementThreshold)

        for w in model.neighbours[v] where w != u && solution.routeOf[w] == route {
            let q = solution.position[w]
            for position in [q, q + 1] where position != removed && position != removed + 1 {
                // v goes in before the task now at `position`, and u leaves.
                let draft =
                    position < removed
                    ? RouteDraft(
                        slot: route, prefixEnd: position, .task(v), .range(route, position, removed - 1),
                        suffixStart: removed + 1)
                    : RouteDraft(
                        slot: route, prefixEnd: removed, .range(route, removed + 1, position - 1), .task(v),
                        suffixStart: position)
                let bound = min(best?.delta ?? .infinity, -LocalSearch.improvementThreshold)
                if let move = solution.evaluate(draft, penaltyChange: penaltyChange, bound: bound) {
                    best = move
                }
            }
        }
        return best
    }

    /// Moves u alone to an empty route, one per segment group.
    func relocationToEmptyRoute(_ u: Int, in solution: SearchSolution) -> SearchMove? {
        let route = solution.routeOf[u]
        let position = solution.position[u]
        guard solution.routes[route].count > 1 else { return nil }
        let remaining = RouteDraft(slot: route, prefixEnd: position, suffixStart: position + 1)
        guard let remainingValue = solution.objective(of: remaining) else { return nil }
        let sameDay = model.chains.isEmpty || model.chains.chainOf[u] < 0

        var best: SearchMove?
        var seenGroups: [Int] = []
        for slot in 0..<model.slotCount where solution.routes[slot].isEmpty {
            guard model.kind(task: u, slot: slot) != .notAllowed else { continue }
            let group = model.segmentGroup[slot]
            guard !seenGroups.contains(group) else { continue }
            seenGroups.append(group)
            let alone = RouteDraft(slot: slot, prefixEnd: 0, .range(route, position, position), suffixStart: 0)
            guard let value = solution.objective(of: alone) else { continue }
            var delta = remainingValue - solution.routeObjective[route] + value
            if !sameDay {
                guard let change = solution.chainDelta(remaining, alone) else { continue }
                delta += change
            }
            if best.map({ delta < $0.delta }) ?? true {
                best = SearchMove(
                    first: remaining, firstObjective: remainingValue, second: alone, secondObjective: value,
                    delta: delta)
            }
        }
        return best
    }

    /// Writes into `move` the first improving move between planned tasks u
    /// and v, trying the enabled operators in a fixed order. Returns whether
    /// one was found.
    func firstImprovingMove(u: Int, v: Int, in solution: SearchSolution, into move: inout SearchMove) -> Bool {
        let routeU = solution.routeOf[u]
        let routeV = solution.routeOf[v]
        let p = solution.position[u]
        let q = solution.position[v]

        if routeU != routeV {
            if operators.relocate {
                // u right after v, and u first when v is first.
                if moveString(routeU, p, 1, reversed: false, to: routeV, after: q, in: solution, into: &move) {
                    return true
                }
                if q == 0, moveString(routeU, p, 1, reversed: false, to: routeV, after: -1, in: solution, into: &move) {
                    return true
                }
            }
            if operators.orOpt {
                for length in 2...3 {
                    if moveString(routeU, p, length, reversed: false, to: routeV, after: q, in: solution, into: &move)
                        || moveString(routeU, p, length, reversed: true, to: routeV, after: q, in: solution, into: &move)
                    {
                        return true
                    }
                }
            }
            if operators.swap, exchange(routeU, p, 1, routeV, q, 1, in: solution, into: &move) {
                return true
            }
            if operators.crossExchange {
                for a in 1...3 {
                    for b in 1...3 where a + b > 2 {
                        if exchange(routeU, p, a, routeV, q, b, in: solution, into: &move) {
                            return true
                        }
                    }
                }
            }
            return operators.twoOptStar && swapTails(routeU, p, routeV, q, in: solution, into: &move)
        }

        if operators.relocate, moveWithin(routeU, p, 1, reversed: false, after: q, in: solution, into: &move) {
            return true
        }
        if operators.orOpt {
            for length in 2...3 {
                if moveWithin(routeU, p, length, reversed: false, after: q, in: solution, into: &move)
                    || moveWithin(routeU, p, length, reversed: true, after: q, in: solution, into: &move)
                {
                    return true
                }
            }
        }
        if operators.swap, swapWithin(routeU, p, q, in: solution, into: &move) {
            return true
        }
        return operators.twoOpt && reverse(routeU, between: p, and: q, in: solution, into: &move)
    }

    // MARK: - Inter-route moves

    /// Moves the string of `length` tasks at `from` in `source` into
    /// `target` after position `after` (-1 for the front).
    func moveString(
        _ source: Int, _ from: Int, _ length: Int, reversed: Bool, to target: Int, after: Int,
        in solution: SearchSolution, into move: inout SearchMove
    ) -> Bool {
        let to = from + length - 1
        guard solution.isMovableString(route: source, from: from, to: to) else { return false }
        let remaining = RouteDraft(slot: source, prefixEnd: from, suffixStart: to + 1)
        let grown = RouteDraft(
            slot: target, prefixEnd: after + 1, .range(source, from, to, reversed: reversed), suffixStart: after + 1)
        return solution.evaluate(remaining, grown, bound: -LocalSearch.improvementThreshold, into: &move)
    }

    /// Exchanges the string of `a` tasks at `p` in `first` with the string of
    /// `b` tasks at `q` in `second`.
    func exchange(
        _ first: Int, _ p: Int, _ a: Int, _ second: Int, _ q: Int, _ b: Int, in solution: SearchSolution,
        into move: inout SearchMove
    ) -> Bool {
        guard solution.isMovableString(route: first, from: p, to: p + a - 1),
            solution.isMovableString(route: second, from: q, to: q + b - 1)
        else { return false }
        let newFirst = RouteDraft(slot: first, prefixEnd: p, .range(second, q, q + b - 1), suffixStart: p + a)
        let newSecond = RouteDraft(slot: second, prefixEnd: q, .range(first, p, p + a - 1), suffixStart: q + b)
        return solution.evaluate(newFirst, newSecond, bound: -LocalSearch.improvementThreshold, into: &move)
    }

    /// Evaluates 2-opt*. The first route keeps its head through u at `p` and
    /// continues with the second route from v at `q`. The second route keeps
    /// its head before v and continues with the first route's tail after u.
    func swapTails(
        _ first: Int, _ p: Int, _ second: Int, _ q: Int, in solution: SearchSolution, into move: inout SearchMove
    ) -> Bool {
        let newFirst = RouteDraft(slot: first, prefixEnd: p + 1, suffixRoute: second, suffixStart: q)
        let newSecond = RouteDraft(slot: second, prefixEnd: q, suffixRoute: first, suffixStart: p + 1)
        return solution.evaluate(newFirst, newSecond, bound: -LocalSearch.improvementThreshold, into: &move)
    }

    // MARK: - Intra-route moves

    /// Moves the string of `length` tasks at `from` after position `after`
    /// of the same route.
    func moveWithin(
        _ route: Int, _ from: Int, _ length: Int, reversed: Bool, after: Int, in solution: SearchSolution,
        into move: inout SearchMove
    ) -> Bool {
        let to = from + length - 1
        guard solution.isMovableString(route: route, from: from, to: to) else { return false }
        let string = RoutePiece.range(route, from, to, reversed: reversed)
        let draft: RouteDraft
        if after > to {
            draft = RouteDraft(
                slot: route, prefixEnd: from, .range(route, to + 1, after), string, suffixStart: after + 1)
        } else if after < from - 1 {
            draft = RouteDraft(
                slot: route, prefixEnd: after + 1, string, .range(route, after + 1, from - 1), suffixStart: to + 1)
        } else if reversed && length > 1 && after == from - 1 {
            draft = RouteDraft(slot: route, prefixEnd: from, string, suffixStart: to + 1)
        } else {
            return false
        }
        return solution.evaluate(draft, nil, bound: -LocalSearch.improvementThreshold, into: &move)
    }

    /// Exchanges the tasks at positions `p` and `q` of one route.
    func swapWithin(_ route: Int, _ p: Int, _ q: Int, in solution: SearchSolution, into move: inout SearchMove) -> Bool {
        let (low, high) = (min(p, q), max(p, q))
        guard low != high, !model.isPinned[solution.routes[route][low]],
            !model.isPinned[solution.routes[route][high]]
        else { return false }
        let draft = RouteDraft(
            slot: route, prefixEnd: low, .range(route, high, high), .range(route, low + 1, high - 1),
            .range(route, low, low), suffixStart: high + 1)
        return solution.evaluate(draft, nil, bound: -LocalSearch.improvementThreshold, into: &move)
    }

    /// 2-opt: reverses the tasks after the first of the two positions through
    /// the second, so that the two tasks become adjacent.
    func reverse(
        _ route: Int, between p: Int, and q: Int, in solution: SearchSolution, into move: inout SearchMove
    ) -> Bool {
        let (low, high) = (min(p, q), max(p, q))
        guard high - low >= 2, solution.isMovableString(route: route, from: low + 1, to: high) else { return false }
        let draft = RouteDraft(
            slot: route, prefixEnd: low + 1, .range(route, low + 1, high, reversed: true), suffixStart: high + 1)
        return solution.evaluate(draft, nil, bound: -LocalSearch.improvementThreshold, into: &move)
    }
}
