extension RuinAndRecreate {
    /// Removes visits from a plan by `method` and returns them, in removal
    /// order. Appointments are never removed.
    ///
    /// - Complexity: O(T) to list the candidates, plus O(n) per touched
    ///   route; worst removal adds one draft evaluation per planned task.
    mutating func ruin(_ solution: inout SearchSolution, method: RuinMethod) -> [Int] {
        let candidates = (0..<model.taskCount).filter { solution.routeOf[$0] >= 0 && !model.isPinned[$0] }
        guard !candidates.isEmpty else { return [] }

        switch method {
        case .strings:
            return removeStrings(&solution, candidates: candidates)
        case .random:
            var pool = candidates
            let count = removalCount(available: pool.count)
            var chosen: [Int] = []
            for _ in 0..<count {
                chosen.append(pool.remove(at: generator.index(below: pool.count)))
            }
            return remove(chosen, from: &solution)
        case .worst:
            return removeWorst(&solution, candidates: candidates)
        }
    }

    /// Draws the number of visits to remove: `averageRemoved` on average, at
    /// least one and at most `available`.
    private mutating func removalCount(available: Int) -> Int {
        let drawn = 1 + Int(generator.unit() * (2 * RuinAndRecreate.averageRemoved - 1))
        return min(available, drawn)
    }

    /// String removal: from a random seed visit and its nearest neighbours,
    /// removes one string of adjacent visits from each of a few routes.
    private mutating func removeStrings(_ solution: inout SearchSolution, candidates: [Int]) -> [Int] {
        let usedRoutes = (0..<model.slotCount).filter { !solution.routes[$0].isEmpty }.count
        let averageLength = Double(candidates.count) / Double(max(1, usedRoutes))
        let longest = max(1, min(RuinAndRecreate.maximumStringLength, averageLength))
        let maximumRoutes = max(1, 4 * RuinAndRecreate.averageRemoved / (1 + longest) - 1)
        let routeCount = 1 + Int(generator.unit() * maximumRoutes)

        let seed = candidates[generator.index(below: candidates.count)]
        var ruinedRoutes: [Int] = []
        var removed: [Int] = []
        for task in [seed] + model.neighbours[seed] where ruinedRoutes.count < routeCount {
            let route = solution.routeOf[task]
            guard route >= 0, !model.isPinned[task], !ruinedRoutes.contains(route) else { continue }
            ruinedRoutes.append(route)

            let sequence = solution.routes[route]
            let length = min(sequence.count, 1 + Int(generator.unit() * min(longest, Double(sequence.count))))
            let position = solution.position[task]
            let lowest = max(0, position - length + 1)
            let highest = min(position, sequence.count - length)
            let start = lowest + generator.index(below: highest - lowest + 1)

            let string = sequence[start..<(start + length)].filter { !model.isPinned[$0] }
            let remaining = sequence.enumerated().filter {
                !(start..<(start + length)).contains($0.offset) || model.isPinned[$0.element]
            }
            guard solution.replaceIfFeasible(route: route, with: remaining.map(\.element)) else { continue }
            removed.append(contentsOf: string)
        }
        return removed
    }

    /// Worst removal: visits whose removal saves the most, chosen with a
    /// bias (rank drawn as u³ of the list), so that runs differ.
    private mutating func removeWorst(_ solution: inout SearchSolution, candidates: [Int]) -> [Int] {
        var savings: [(task: Int, delta: Double)] = []
        savings.reserveCapacity(candidates.count)
        for task in candidates {
            let route = solution.routeOf[task]
            let position = solution.position[task]
            let draft = RouteDraft(slot: route, prefixEnd: position, suffixStart: position + 1)
            let delta = (solution.objective(of: draft) ?? solution.routeObjective[route]) - solution.routeObjective[route]
            savings.append((task, delta))
        }
        savings.sort { $0.delta != $1.delta ? $0.delta < $1.delta : $0.task < $1.task }

        let count = removalCount(available: savings.count)
        var chosen: [Int] = []
        for _ in 0..<count {
            let draw = generator.unit()
            let index = Int(draw * draw * draw * Double(savings.count))
            chosen.append(savings.remove(at: min(index, savings.count - 1)).task)
        }
        return remove(chosen, from: &solution)
    }

    /// Takes tasks out of their routes and returns those taken out: a route
    /// that would become infeasible without them keeps them.
    private func remove(_ tasks: [Int], from solution: inout SearchSolution) -> [Int] {
        var byRoute: [Int: Set<Int>] = [:]
        for task in tasks {
            byRoute[solution.routeOf[task], default: []].insert(task)
        }
        var removed = Set<Int>()
        for route in byRoute.keys.sorted() {
            let leaving = byRoute[route]!
            if solution.replaceIfFeasible(route: route, with: solution.routes[route].filter { !leaving.contains($0) }) {
                removed.formUnion(leaving)
            }
        }
        return tasks.filter(removed.contains)
    }
}
