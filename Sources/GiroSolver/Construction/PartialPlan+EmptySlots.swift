import GiroSchedule

extension PartialPlan {
    /// Fills still-empty slots with optional visits when a whole route of them
    /// pays for its drive.
    ///
    /// One optional visit alone rarely outweighs the drive out and back, so
    /// the regret rounds leave a day empty even when a cluster of customers
    /// would justify it together. For each empty slot this tries up to
    /// `seedCount` seeds, the visits with the largest cadence benefit that
    /// day. It grows a route from each seed by cheapest insertion of the
    /// visits whose benefit exceeds their detour. The route with the most
    /// negative total cost is kept, if any.
    ///
    /// Stops at the next slot once `deadline` has passed.
    mutating func openEmptySlots(_ optional: [Int], deadline: PlanningDeadline, seedCount: Int = 5) {
        var unplaced = Set(optional)
        for route in routes {
            unplaced.subtract(route)
        }

        for slot in problem.slots.indices where routes[slot].isEmpty {
            if deadline.hasPassed {
                return
            }
            let day = problem.slots[slot].dayIndex
            let candidates = unplaced.filter { problem.optionIndex(task: $0, slot: slot) != nil }.sorted()
            guard !candidates.isEmpty else { continue }

            let seeds = candidates.sorted {
                let left = problem.tasks[$0].cadenceBenefitByDay[day]
                let right = problem.tasks[$1].cadenceBenefitByDay[day]
                return left != right ? left > right : $0 < $1
            }.prefix(seedCount)

            var best: (route: [Int], cost: Double)?
            for seed in seeds {
                guard let grown = growRoute(slot: slot, seed: seed, candidates: candidates) else { continue }
                if grown.cost < 0, best.map({ grown.cost < $0.cost }) ?? true {
                    best = grown
                }
            }
            guard let best else { continue }

            replaceRoute(of: slot, with: best.route)
            unplaced.subtract(best.route)
        }
    }

    /// Grows a route on an empty slot from `seed` by cheapest insertion of the
    /// candidates that improve the objective. Returns the route and its total
    /// cost (driving minus cadence benefits), or nil when the seed does not
    /// fit alone.
    private func growRoute(slot: Int, seed: Int, candidates: [Int]) -> (route: [Int], cost: Double)? {
        let day = problem.slots[slot].dayIndex
        var route = [seed]
        var input = problem.routeInput(slot: slot, sequence: route)
        guard problem.fitsCapacity(slot: slot, load: input.load),
            DayScheduleEvaluator.isFeasible(stops: input.stops, day: input.day)
        else { return nil }

        var routeCost = problem.routeCost(input, isEmpty: false)
        var benefits = problem.tasks[seed].cadenceBenefitByDay[day]
        var remaining = candidates.filter { $0 != seed }

        while true {
            var chosen: (task: Int, sequence: [Int], cost: Double, delta: Double)?
            for task in remaining {
                guard problem.fitsCapacity(slot: slot, load: input.load + problem.tasks[task].demand) else { continue }
                let benefit = problem.tasks[task].cadenceBenefitByDay[day]
                for position in 0...route.count {
                    var sequence = route
                    sequence.insert(task, at: position)
                    let candidate = problem.routeInput(slot: slot, sequence: sequence)
                    let cost = problem.routeCost(candidate, isEmpty: false)
                    let delta = cost - routeCost - benefit
                    guard delta < 0, chosen.map({ delta < $0.delta }) ?? true,
                        DayScheduleEvaluator.isFeasible(stops: candidate.stops, day: candidate.day)
                    else { continue }
                    chosen = (task, sequence, cost, delta)
                }
            }
            guard let chosen else { break }

            route = chosen.sequence
            input = problem.routeInput(slot: slot, sequence: route)
            routeCost = chosen.cost
            benefits += problem.tasks[chosen.task].cadenceBenefitByDay[day]
            remaining.removeAll { $0 == chosen.task }
        }
        return (route, routeCost - benefits)
    }
}
