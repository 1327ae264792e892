extension RuinAndRecreate {
    /// Chance of skipping an insertion position in greedy recreate.
    static let blinkRate = 0.01

    /// Puts unplanned tasks back where they fit: the removed ones and any
    /// other unplanned task. Required tasks go in wherever they fit; optional
    /// ones only where they lower the objective. Once `deadline` has passed,
    /// the remaining tasks stay unplanned, which keeps the solution valid.
    mutating func recreate(
        _ solution: inout SearchSolution, removed: [Int], method: RecreateMethod, deadline: PlanningDeadline
    ) {
        var pool = removed
        let removedSet = Set(removed)
        for task in 0..<model.taskCount
        where solution.routeOf[task] == SearchSolution.unplanned && !model.isPinned[task] && !removedSet.contains(task)
        {
            pool.append(task)
        }
        guard !pool.isEmpty else { return }
        sort(&pool)

        switch method {
        case .greedy:
            for task in pool where solution.routeOf[task] == SearchSolution.unplanned {
                if deadline.hasPassed {
                    return
                }
                let bound = model.penalty[task] > 0 ? Double.infinity : -LocalSearch.improvementThreshold
                guard
                    let move = solution.bestInsertion(
                        of: task, blinkRate: RuinAndRecreate.blinkRate, bound: bound, generator: &generator)
                else { continue }
                solution.apply(move)
            }
        case .regret:
            insertByRegret(&solution, pool: pool, deadline: deadline)
        }
    }

    /// Orders the tasks to insert: at random, by demand, by distance from
    /// the start, or by window width (Christiaens and Vanden Berghe's mix),
    /// and, when the tasks' penalties differ, also by penalty, heaviest
    /// first, so that a step may refill a day with the most valuable visits.
    private mutating func sort(_ pool: inout [Int]) {
        pool.shuffle(using: &generator)
        // The first slot's start and windows stand for every slot: the order
        // only steers the insertion, so an approximate key is enough.
        let slot = 0
        let penalty = model.penalty[pool[0]]
        let orders = pool.contains { model.penalty[$0] != penalty } ? 5 : 4
        switch generator.index(below: orders) {
        case 0:
            return
        case 4:
            pool.sort { model.penalty[$0] > model.penalty[$1] }
        case 1:
            pool.sort { model.demand[$0] > model.demand[$1] }
        case 2:
            let depot = model.startLocation[slot]
            func far(_ task: Int) -> Double {
                model.location[task] >= 0 ? model.arcCost(from: depot, to: model.location[task], slot: slot) : 0
            }
            pool.sort { far($0) > far($1) }
        default:
            func width(_ task: Int) -> Int {
                let index = task * model.slotCount + slot
                return model.optionKind[index] == .simple ? model.windowEnd[index] - model.windowStart[index] : Int.max
            }
            pool.sort { width($0) < width($1) }
        }
    }

    /// Regret-2 insertion over the pool: each round inserts the task whose
    /// best route is most ahead of its second-best. Best insertions per route
    /// are cached and recomputed only for the route that changed.
    private mutating func insertByRegret(_ solution: inout SearchSolution, pool: [Int], deadline: PlanningDeadline) {
        var pending = pool
        var cache: [[SearchMove?]] = pending.map { task in
            (0..<model.slotCount).map { solution.bestInsertion(of: task, route: $0) }
        }

        while !pending.isEmpty, !deadline.hasPassed {
            var chosen: (index: Int, move: SearchMove, regret: Double)?
            var hopeless: [Int] = []
            for (index, task) in pending.enumerated() {
                var best: SearchMove?
                var second = Double.infinity
                var seenEmptyGroups: [Int] = []
                for route in 0..<model.slotCount {
                    guard let move = cache[index][route] else { continue }
                    if solution.routes[route].isEmpty {
                        let group = model.segmentGroup[route]
                        guard !seenEmptyGroups.contains(group) else { continue }
                        seenEmptyGroups.append(group)
                    }
                    if let current = best, current.delta <= move.delta {
                        second = min(second, move.delta)
                    } else {
                        second = best?.delta ?? second
                        best = move
                    }
                }
                guard let best, model.penalty[task] > 0 || best.delta < -LocalSearch.improvementThreshold else {
                    hopeless.append(index)
                    continue
                }
                let regret = second - best.delta
                if let current = chosen, current.regret > regret || (current.regret == regret && current.move.delta <= best.delta) {
                    continue
                }
                chosen = (index, best, regret)
            }

            guard let chosen else { return }
            solution.apply(chosen.move)
            let changed = chosen.move.first.slot
            var keep = [Bool](repeating: true, count: pending.count)
            keep[chosen.index] = false
            for index in hopeless {
                keep[index] = false
            }
            var nextPending: [Int] = []
            var nextCache: [[SearchMove?]] = []
            // A chain task's insertions elsewhere depend on the day just
            // taken by its sibling, so its whole row is priced again.
            let chains = model.chains
            let chosenChain = chains.isEmpty ? -1 : chains.chainOf[pending[chosen.index]]
            for index in pending.indices where keep[index] {
                if chosenChain >= 0, chains.chainOf[pending[index]] == chosenChain {
                    nextPending.append(pending[index])
                    nextCache.append((0..<model.slotCount).map { solution.bestInsertion(of: pending[index], route: $0) })
                    continue
                }
                var row = cache[index]
                row[changed] = solution.bestInsertion(of: pending[index], route: changed)
                nextPending.append(pending[index])
                nextCache.append(row)
            }
            pending = nextPending
            cache = nextCache
        }
    }
}

extension SearchSolution {
    /// Finds the cheapest insertion of an unplanned task into one route, or
    /// returns nil.
    ///
    /// - Complexity: O(n) draft evaluations.
    func bestInsertion(of task: Int, route: Int) -> SearchMove? {
        guard model.kind(task: task, slot: route) != .notAllowed else { return nil }
        var best: SearchMove?
        for position in 0...routes[route].count {
            let draft = RouteDraft(slot: route, prefixEnd: position, .task(task), suffixStart: position)
            guard
                let move = evaluate(draft, penaltyChange: -model.penalty[task], bound: best?.delta ?? .infinity)
            else { continue }
            if best.map({ move.delta < $0.delta }) ?? true {
                best = move
            }
        }
        return best
    }
}
