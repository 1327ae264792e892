import GiroModel
import GiroSchedule

/// A slot, position and cost at which a task can enter a route.
struct Insertion: Hashable {
    var slot: Int
    /// Index in the slot's sequence before which the task goes.
    var position: Int
    /// Change of the objective, in seconds of driving equivalent; negative
    /// improves the plan.
    var cost: Double
}

/// Builds routes by cheapest feasible insertion with a regret rule.
///
/// Tasks are placed tier by tier. Appointments come first, in rank order:
/// fixed, then flexible on a day, then flexible in a week, and file order
/// among equals. Reservations follow, then due customers, then customers
/// that may be seen early.
/// Within a tier, each round inserts the task whose best slot is most ahead
/// of its second-best (regret-2), so that tasks with few good days go first.
/// Optional tasks enter only when their cadence benefit outweighs the added
/// driving.
///
/// The best insertion of each task into each slot is cached and recomputed
/// only for the slot that changed.
///
/// - Complexity: O(T·S·n²·w) for the first round over T tasks and S slots of
///   at most n stops with w windows, then O(T·n²·w) per inserted task.
struct RegretInsertion {
    let problem: PlanningProblem
    private(set) var routes: [[Int]]
    private var routeCosts: [Double]
    private var routeLoads: [Double]
    /// Tasks that could not be placed, in the order they failed.
    private(set) var failed: [Int] = []
    /// Called after each insertion with the number of tasks placed so far.
    var onInsertion: ((Int) -> Void)?
    /// When set, optional visits stop entering once this instant has passed.
    var deadline: ContinuousClock.Instant?
    private var placedCount = 0

    init(problem: PlanningProblem) {
        self.problem = problem
        routes = Array(repeating: [], count: problem.slots.count)
        routeCosts = Array(repeating: 0, count: problem.slots.count)
        routeLoads = Array(repeating: 0, count: problem.slots.count)
    }

    /// Runs every tier in order.
    mutating func run() {
        let byTier = Dictionary(grouping: problem.tasks.indices, by: { problem.tasks[$0].tier })

        let appointments = (byTier[.appointment] ?? []).sorted { lhs, rhs in
            let left = appointmentRank(lhs)
            let right = appointmentRank(rhs)
            return left != right ? left < right : lhs < rhs
        }
        for task in appointments {
            if let best = cheapestInsertion(task: task) {
                apply(task: task, insertion: best)
            } else {
                failed.append(task)
            }
        }

        // A planned appointment with a customer is that customer's visit.
        let planned = Set(routes.joined())
        func open(_ tier: VisitTask.Tier) -> [Int] {
            (byTier[tier] ?? []).filter { !problem.tasks[$0].coveredBy.contains(where: planned.contains) }
        }

        insertWithRegret(open(.reservation), mandatory: true)
        insertWithRegret(open(.due), mandatory: true)
        insertWithRegret(open(.optional), mandatory: false)
        openEmptySlots(open(.optional))
    }

    private func appointmentRank(_ task: Int) -> Int {
        guard case .appointment(let index) = problem.tasks[task].kind else { return Int.max }
        return problem.territory.appointments[index].rank
    }

    // MARK: - Regret rounds

    private mutating func insertWithRegret(_ tasks: [Int], mandatory: Bool) {
        var pending = tasks
        var cache: [Int: [Int: Insertion?]] = [:]
        for task in pending {
            cache[task] = bestBySlot(task: task)
        }

        while !pending.isEmpty {
            if !mandatory, let deadline, ContinuousClock.now >= deadline {
                break
            }
            var chosen: (task: Int, insertion: Insertion, regret: Double)?
            var stillPending: [Int] = []
            stillPending.reserveCapacity(pending.count)

            for task in pending {
                guard let (best, second) = bestTwo(task: task, cache: cache[task] ?? [:]) else {
                    if mandatory {
                        failed.append(task)
                    }
                    continue
                }
                guard mandatory || best.cost < 0 else { continue }
                stillPending.append(task)

                let regret = second.map { $0.cost - best.cost } ?? Double.infinity
                if let current = chosen {
                    let better =
                        regret > current.regret
                        || (regret == current.regret && best.cost < current.insertion.cost)
                    guard better else { continue }
                }
                chosen = (task, best, regret)
            }

            guard let (task, insertion, _) = chosen else { break }
            apply(task: task, insertion: insertion)
            pending = stillPending.filter { $0 != task }
            cache[task] = nil
            for other in pending where problem.optionIndex[other][insertion.slot] != nil {
                cache[other]?[insertion.slot] = bestInsertion(task: other, slot: insertion.slot)
            }
        }
    }

    /// Returns the best and second-best insertions over all slots, counting
    /// one empty slot per equivalence class, or nil when no slot admits the
    /// task.
    private func bestTwo(task: Int, cache: [Int: Insertion?]) -> (Insertion, Insertion?)? {
        var best: Insertion?
        var second: Insertion?
        var seenEmptyClasses: Set<Int> = []
        for option in problem.tasks[task].options {
            guard let candidate = cache[option.slot] ?? nil else { continue }
            if routes[option.slot].isEmpty {
                let equivalence = problem.slots[option.slot].equivalenceClass
                guard seenEmptyClasses.insert(equivalence).inserted else { continue }
            }
            if let current = best, current.cost <= candidate.cost {
                if let runnerUp = second, runnerUp.cost <= candidate.cost {
                    continue
                }
                second = candidate
            } else {
                second = best
                best = candidate
            }
        }
        return best.map { ($0, second) }
    }

    private func bestBySlot(task: Int) -> [Int: Insertion?] {
        var result: [Int: Insertion?] = [:]
        for option in problem.tasks[task].options {
            result[option.slot] = bestInsertion(task: task, slot: option.slot)
        }
        return result
    }

    // MARK: - Opening days for optional visits

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
    private mutating func openEmptySlots(_ optional: [Int], seedCount: Int = 5) {
        var unplaced = Set(optional)
        for route in routes {
            unplaced.subtract(route)
        }

        for slot in problem.slots.indices where routes[slot].isEmpty {
            if let deadline, ContinuousClock.now >= deadline {
                return
            }
            let day = problem.slots[slot].dayIndex
            let candidates = unplaced.filter { problem.optionIndex[$0][slot] != nil }.sorted()
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

            for task in best.route {
                routes[slot].append(task)
                placedCount += 1
                onInsertion?(placedCount)
            }
            let input = problem.routeInput(slot: slot, sequence: routes[slot])
            routeCosts[slot] = problem.routeCost(input, isEmpty: false)
            routeLoads[slot] = input.load
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

    // MARK: - Single insertions

    /// Returns the cheapest feasible insertion of a task over all its slots.
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
    /// Positions are tried in order of cost, so the schedule is evaluated
    /// only until the first feasible one.
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

    private mutating func apply(task: Int, insertion: Insertion) {
        routes[insertion.slot].insert(task, at: insertion.position)
        let input = problem.routeInput(slot: insertion.slot, sequence: routes[insertion.slot])
        routeCosts[insertion.slot] = problem.routeCost(input, isEmpty: false)
        routeLoads[insertion.slot] = input.load
        placedCount += 1
        onInsertion?(placedCount)
    }
}
