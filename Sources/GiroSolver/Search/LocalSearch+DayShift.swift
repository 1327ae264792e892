/// New sequences of several routes, with each one's objective contribution
/// by the full schedule evaluation and the change of the whole objective.
struct RouteChanges {
    var routes: [(slot: Int, sequence: [Int], objective: Double)]
    var delta: Double
}

extension LocalSearch {
    /// Shifts every planned visit of a chain one day earlier or later,
    /// whichever lowers the objective more, and returns whether it did.
    ///
    /// Each visit goes to its cheapest position in its rep's route of the
    /// new day; the chain's cadence is priced again from the new days.
    ///
    /// - Complexity: O(k·n²·w) for k visits in the chain, n visits a route
    ///   and w windows a visit: every position is checked by the schedule
    ///   evaluation.
    func applyChainShift(of chain: Int, to solution: inout SearchSolution) -> Bool {
        var best: RouteChanges?
        for shift in [-1, 1] {
            guard let candidate = chainShift(chain, by: shift, in: solution),
                candidate.delta < min(best?.delta ?? .infinity, -LocalSearch.improvementThreshold)
            else { continue }
            best = candidate
        }
        guard let best else { return false }
        solution.apply(best)
        return true
    }

    /// Prices the shift of a chain's planned visits by `shift` days, or nil
    /// when a visit has no route on its new day, may not use it, fits in it
    /// nowhere, or the new days break the chain's minimum gap.
    func chainShift(_ chain: Int, by shift: Int, in solution: SearchSolution) -> RouteChanges? {
        let chains = model.chains
        let tasks = chains.tasks[chain].filter { solution.routeOf[$0] >= 0 }
        guard !tasks.isEmpty, !tasks.contains(where: { model.isPinned[$0] }) else { return nil }

        var sequences: [Int: [Int]] = [:]
        var targets: [(task: Int, slot: Int)] = []
        for task in tasks {
            let slot = solution.routeOf[task]
            let day = model.slotDay[slot] + shift
            guard day >= 0, day < model.dayCount else { return nil }
            let target = slotByRepDay[model.problem.slots[slot].repIndex * model.dayCount + day]
            guard target >= 0, model.kind(task: task, slot: target) != .notAllowed else { return nil }
            sequences[slot, default: solution.routes[slot]].removeAll { $0 == task }
            targets.append((task, target))
        }

        for (task, target) in targets {
            let sequence = sequences[target] ?? solution.routes[target]
            var best: (sequence: [Int], value: Double)?
            for position in 0...sequence.count {
                var candidate = sequence
                candidate.insert(task, at: position)
                guard let value = solution.exactObjective(slot: target, sequence: candidate),
                    value < best?.value ?? .infinity
                else { continue }
                best = (candidate, value)
            }
            guard let best else { return nil }
            sequences[target] = best.sequence
        }

        var changes = RouteChanges(routes: [], delta: 0)
        for slot in sequences.keys.sorted() {
            guard let sequence = sequences[slot], let value = solution.exactObjective(slot: slot, sequence: sequence)
            else { return nil }
            changes.routes.append((slot, sequence, value))
            changes.delta += value - solution.routeObjective[slot]
        }

        let days = tasks.map { model.slotDay[solution.routeOf[$0]] + shift }.sorted()
        guard let value = days.withUnsafeBufferPointer({ chains.value(chain: chain, sortedDays: $0) }) else {
            return nil
        }
        changes.delta += value - solution.chainValue[chain]
        return changes
    }
}

extension SearchSolution {
    /// Applies new sequences of several routes. Tasks move between them,
    /// none leaves the plan.
    ///
    /// In debug builds, checks each route's objective and the change of the
    /// whole objective against the prediction.
    ///
    /// - Complexity: O(n) per changed route.
    mutating func apply(_ changes: RouteChanges) {
        #if DEBUG
            let before = objective
        #endif

        for change in changes.routes {
            replace(route: change.slot, with: change.sequence)
        }

        #if DEBUG
            for change in changes.routes {
                checkPrediction(route: change.slot, predicted: change.objective)
            }
            checkObjectiveChange(from: before, predicted: changes.delta)
        #endif
    }
}
