import GiroSchedule

/// Solomon's I1 sequential insertion heuristic.
///
/// Routes are filled one slot at a time. Occupied slots (appointments, or
/// an earlier tier) come first, because their drive is already paid for,
/// then the empty slots, each group in slot order. An empty slot is opened
/// with a seed task, the unrouted task that fits alone and is farthest from
/// the slot's start location, or the one whose start windows there close
/// first. Then, while some unrouted task fits, the route takes the task u
/// that maximises c2(u) = λ·d(0, u) − c1(u) at the position that minimises
/// c1(u) = α₁·(d(i, u) + d(u, j) − μ·d(i, j)) + α₂·(b_j,u − b_j), between
/// its neighbours i and j. Here d is the objective's arc cost (driving time
/// and distance under the territory's weights), 0 the slot's start location,
/// and b_j,u − b_j the delay of j's service start caused by inserting u.
/// A task that does not fit the route is not tried again in that slot.
/// When nothing more fits, the next slot is opened. Tasks still unrouted
/// after the last slot go through cheapest insertion, which marks the ones
/// that fit nowhere as failed.
///
/// Ties go to the lower task index and then to the earlier position.
///
/// - Complexity: O(T·n²·w) per inserted task in the worst case, for T
///   pending tasks and routes of at most n stops with w windows. Positions
///   are checked in order of c1 until the first feasible one, so the
///   typical cost is O(T·n·(log n + w)).
struct SolomonInsertion: TierPlacement {
    /// The rule that picks an empty slot's first task.
    enum SeedRule {
        /// The task with the largest arc cost from the slot's start location.
        case farthest
        /// The task whose last start window in the slot closes first.
        case earliestDeadline
    }

    var seedRule = SeedRule.farthest
    /// Weight of the return to the start location in c2.
    var lambda = 2.0
    /// Weight of the removed arc (i, j) in the detour of c1.
    var mu = 1.0
    /// Weight of the detour in c1.
    var alpha1 = 1.0
    /// Weight of the delay of the next service start in c1, per second.
    var alpha2 = 0.0

    func place(_ tasks: [Int], in plan: inout PartialPlan) {
        var unrouted = tasks
        let occupied = plan.problem.slots.indices.filter { !plan.routes[$0].isEmpty }
        let empty = plan.problem.slots.indices.filter { plan.routes[$0].isEmpty }

        for slot in occupied + empty {
            guard !unrouted.isEmpty else { break }
            var candidates = unrouted.filter { plan.problem.optionIndex(task: $0, slot: slot) != nil }

            if plan.routes[slot].isEmpty {
                guard let seed = seedTask(candidates, slot: slot, plan: plan) else { continue }
                plan.replaceRoute(of: slot, with: [seed])
                candidates.removeAll { $0 == seed }
                unrouted.removeAll { $0 == seed }
            }

            // A task that fits nowhere in the route is not tried again in
            // this slot. More stops leave less time and capacity, so this
            // rarely passes over a task that would fit later.
            while let choice = bestCandidate(candidates, slot: slot, plan: plan) {
                candidates.removeAll { choice.misfits.contains($0) }
                guard let (task, position) = choice.best else { break }
                plan.insert(task, slot: slot, position: position)
                candidates.removeAll { $0 == task }
                unrouted.removeAll { $0 == task }
            }
        }

        CheapestInsertion().place(unrouted, in: &plan)
    }

    // MARK: - Seeds

    /// Returns the first task by the seed rule that fits the empty slot
    /// alone, or nil when none does.
    private func seedTask(_ candidates: [Int], slot: Int, plan: PartialPlan) -> Int? {
        let problem = plan.problem
        let ranked: [(task: Int, key: Double)] = candidates.map { task in
            switch seedRule {
            case .farthest:
                let start = problem.slots[slot].startLocation
                let distance = problem.tasks[task].location.map {
                    problem.arcCost(from: start, to: $0, slot: problem.slots[slot])
                }
                return (task, -(distance ?? 0))
            case .earliestDeadline:
                let option = problem.tasks[task].options[problem.optionIndex(task: task, slot: slot) ?? 0]
                return (task, Double(option.startWindows.last?.end ?? Int.max))
            }
        }
        let order = ranked.sorted { $0.key != $1.key ? $0.key < $1.key : $0.task < $1.task }
        return order.first { plan.isFeasible([$0.task], slot: slot) }?.task
    }

    // MARK: - Insertion criterion

    /// Returns the task with the largest c2 and its position of least c1, nil
    /// when no candidate fits the route, and the candidates that do not fit.
    private func bestCandidate(
        _ candidates: [Int], slot: Int, plan: PartialPlan
    ) -> (best: (task: Int, position: Int)?, misfits: Set<Int>)? {
        guard !candidates.isEmpty else { return nil }
        let problem = plan.problem
        let slotInfo = problem.slots[slot]
        let points = physicalLocations(route: plan.routes[slot], slot: slot, problem: problem)
        let currentStarts = alpha2 == 0 ? [] : serviceStarts(of: plan.routes[slot], slot: slot, problem: problem)

        var best: (task: Int, position: Int, c2: Double)?
        var misfits: Set<Int> = []
        for task in candidates {
            guard problem.fitsCapacity(slot: slot, load: plan.routeLoads[slot] + problem.tasks[task].demand),
                let (position, c1) = bestPosition(
                    task: task, slot: slot, plan: plan, points: points, currentStarts: currentStarts)
            else {
                misfits.insert(task)
                continue
            }

            let location = problem.tasks[task].location ?? slotInfo.startLocation
            let c2 = lambda * problem.arcCost(from: slotInfo.startLocation, to: location, slot: slotInfo) - c1
            if let current = best, current.c2 >= c2 {
                continue
            }
            best = (task, position, c2)
        }
        return (best.map { ($0.task, $0.position) }, misfits)
    }

    /// Returns the feasible position of least c1 for a task, with its c1.
    private func bestPosition(
        task: Int, slot: Int, plan: PartialPlan, points: [Int], currentStarts: [Int]
    ) -> (position: Int, c1: Double)? {
        let problem = plan.problem
        let slotInfo = problem.slots[slot]
        let route = plan.routes[slot]

        var positions: [(position: Int, c1: Double)] = []
        positions.reserveCapacity(route.count + 1)
        for position in 0...route.count {
            let previous = points[position]
            let next = points[position + 1]
            let location = problem.tasks[task].location ?? previous
            let detour =
                problem.arcCost(from: previous, to: location, slot: slotInfo)
                + problem.arcCost(from: location, to: next, slot: slotInfo)
                - mu * problem.arcCost(from: previous, to: next, slot: slotInfo)
            positions.append((position, alpha1 * detour))
        }
        func inserted(at position: Int) -> [Int] {
            var sequence = route
            sequence.insert(task, at: position)
            return sequence
        }

        // With α₂ = 0 the criterion needs no timing, so positions are checked
        // in order of c1 until the first feasible one.
        guard alpha2 != 0 else {
            positions.sort { $0.c1 != $1.c1 ? $0.c1 < $1.c1 : $0.position < $1.position }
            return positions.first { candidate in
                let input = problem.routeInput(slot: slot, sequence: inserted(at: candidate.position))
                return DayScheduleEvaluator.isFeasible(stops: input.stops, day: input.day)
            }
        }

        var best: (position: Int, c1: Double)?
        for candidate in positions {
            let starts = serviceStarts(of: inserted(at: candidate.position), slot: slot, problem: problem)
            guard starts.count == currentStarts.count + 1 else { continue }

            // The next service start moves from index `position` to
            // `position + 1`; at the end it is the final arrival.
            let delay = starts[candidate.position + 1] - currentStarts[candidate.position]
            let c1 = candidate.c1 + alpha2 * Double(delay)
            if let current = best, current.c1 <= c1 {
                continue
            }
            best = (candidate.position, c1)
        }
        return best
    }

    /// Returns the start location, the physical location of each task in
    /// order, then the end location. A task without a location is held
    /// where the rep already is.
    private func physicalLocations(route: [Int], slot: Int, problem: PlanningProblem) -> [Int] {
        var points = [problem.slots[slot].startLocation]
        for task in route {
            points.append(problem.tasks[task].location ?? points[points.count - 1])
        }
        points.append(problem.slots[slot].endLocation)
        return points
    }

    /// Returns the service start of each task followed by the final
    /// arrival, or an empty list when the sequence has no feasible schedule.
    ///
    /// NOTE: the times come from the schedule evaluation, which departs as
    /// late as it can without arriving later. Solomon's b_j are the earliest
    /// service starts, so the delay term can differ where waiting is
    /// shifted to the start of the day.
    private func serviceStarts(of sequence: [Int], slot: Int, problem: PlanningProblem) -> [Int] {
        let input = problem.routeInput(slot: slot, sequence: sequence)
        guard let schedule = DayScheduleEvaluator.schedule(stops: input.stops, day: input.day) else { return [] }
        return schedule.stops.map(\.serviceStart) + [schedule.arrival]
    }
}
