/// Clarke and Wright's parallel savings, generalised to slots that differ
/// in day, rep, start and end location, windows and capacity.
///
/// The textbook method has one depot and identical vehicles. It starts with
/// one route per customer and merges the route ending in i with the route
/// starting with j in decreasing order of the saving
/// s(i, j) = c(i, depot) + c(depot, j) − c(i, j), as long as the merged
/// route is feasible. Here the method generalises as follows:
///
/// - Each task starts as a route of its own that belongs to no slot yet,
///   together with the empty slots in which it is feasible alone. A route
///   already on an occupied slot (appointments, or an earlier tier) stays a
///   route pinned to that slot.
/// - Savings are computed per slot key, the start location, end location
///   and speed factor that fix every arc cost: s(i, j) = c(i, end) +
///   c(start, j) − c(i, j) + the route weight, because every merge saves one
///   route. A pair gets one saving for each key of a slot that both tasks
///   may use. Only positive savings are kept.
/// - Two unpinned routes merge when an empty slot admits every task of the
///   merged sequence and the sequence is feasible there (time windows,
///   breaks, working time and capacity). The merged route keeps the list of
///   such slots. An unpinned route merges with a pinned one, at either end,
///   when the merged sequence is feasible in the pinned slot and the saving
///   was computed for that slot's key. Two pinned routes never merge.
/// - Finally the unpinned routes take distinct empty slots, routes with
///   fewer admissible slots first, each the slot where its cost less its
///   cadence benefits is least. Routes left without a slot, because there
///   are more routes than slots, go through cheapest insertion, as does a
///   task that fits no empty slot alone and joined no pinned route.
///
/// Ties between equal savings go to the lower task indices, so the result
/// is deterministic.
///
/// - Complexity: O(n²·K·log(n·K)) to compute and sort the savings of n tasks
///   over K slot keys, plus O(C·m·w) per merge attempt for C slot classes
///   and a merged route of m stops with w windows.
struct SavingsConstruction: TierPlacement {
    func place(_ tasks: [Int], in plan: inout PartialPlan) {
        guard !tasks.isEmpty else { return }

        var state = SavingsState(tasks: tasks, plan: plan)
        for saving in state.savings() {
            state.merge(saving, plan: plan)
        }

        let leftover = state.commit(to: &plan)
        CheapestInsertion().place(leftover, in: &plan)
    }
}

/// A start location, end location and speed factor: what the arc costs of
/// savings depend on.
private struct SlotKey: Hashable {
    var start: Int
    var end: Int
    var speedFactor: Double
}

/// One saving: merging the route that ends with `from` into the route that
/// starts with `to`, valued for slots of one key.
private struct Saving {
    var value: Double
    var from: Int
    var to: Int
    var key: Int
}

/// A route being built by savings.
private struct SavingsRoute {
    var sequence: [Int]
    /// The occupied slot the route extends, or nil for a route that still
    /// needs an empty slot.
    var pinnedSlot: Int?
    /// Empty slots in which the sequence is feasible, sorted. Unused for a
    /// pinned route.
    var admissibleSlots: [Int]
}

/// The routes and the savings between them during one savings run.
private struct SavingsState {
    let problem: PlanningProblem
    let tasks: [Int]
    /// Index of each slot's key, the same index as in `keySlots`.
    let keyOfSlot: [Int]
    /// One representative slot per key, to price arcs with its speed factor.
    let keySlots: [Int]
    let emptySlots: [Int]
    /// Routes by index; merged routes become nil.
    var routes: [SavingsRoute?] = []
    /// The route that contains each task, by task index.
    var routeOfTask: [Int: Int] = [:]

    init(tasks: [Int], plan: PartialPlan) {
        problem = plan.problem
        self.tasks = tasks

        var keyIndices: [SlotKey: Int] = [:]
        var keySlots: [Int] = []
        var keyOfSlot: [Int] = []
        for (index, slot) in problem.slots.enumerated() {
            let key = SlotKey(start: slot.startLocation, end: slot.endLocation, speedFactor: slot.speedFactor)
            if let known = keyIndices[key] {
                keyOfSlot.append(known)
            } else {
                keyIndices[key] = keySlots.count
                keyOfSlot.append(keySlots.count)
                keySlots.append(index)
            }
        }
        self.keyOfSlot = keyOfSlot
        self.keySlots = keySlots
        emptySlots = problem.slots.indices.filter { plan.routes[$0].isEmpty }

        for slot in problem.slots.indices where !plan.routes[slot].isEmpty {
            addRoute(SavingsRoute(sequence: plan.routes[slot], pinnedSlot: slot, admissibleSlots: []))
        }
        for task in tasks {
            let candidates = emptySlots.filter { problem.optionIndex(task: task, slot: $0) != nil }
            let admissible = Self.admissibleSlots(for: [task], among: candidates, plan: plan)
            addRoute(SavingsRoute(sequence: [task], pinnedSlot: nil, admissibleSlots: admissible))
        }
    }

    private mutating func addRoute(_ route: SavingsRoute) {
        for task in route.sequence {
            routeOfTask[task] = routes.count
        }
        routes.append(route)
    }

    // MARK: - Savings list

    /// Computes every positive saving, largest first.
    func savings() -> [Saving] {
        let routeWeight = problem.territory.settings.routeWeight
        let located = tasks.filter { problem.tasks[$0].location != nil }
        let pinnedSlots = routes.compactMap { $0?.pinnedSlot }
        var result: [Saving] = []
        func add(from: Int, to: Int, key: Int) {
            guard let fromLocation = problem.tasks[from].location, let toLocation = problem.tasks[to].location else {
                return
            }
            let value = saving(from: fromLocation, to: toLocation, key: key) + routeWeight
            if value > 0 {
                result.append(Saving(value: value, from: from, to: to, key: key))
            }
        }

        // The keys each task may use: those of the empty slots where it fits
        // alone, and those of the occupied slots where it has an option.
        var keysOfTask: [Int: Set<Int>] = [:]
        for task in located {
            guard let route = routeOfTask[task].flatMap({ routes[$0] }) else { continue }
            var keys = Set(route.admissibleSlots.map { keyOfSlot[$0] })
            for slot in pinnedSlots where problem.optionIndex(task: task, slot: slot) != nil {
                keys.insert(keyOfSlot[slot])
            }
            keysOfTask[task] = keys
        }

        for from in located {
            for to in located where to != from {
                let shared = keysOfTask[from, default: []].intersection(keysOfTask[to, default: []])
                for key in shared.sorted() {
                    add(from: from, to: to, key: key)
                }
            }
        }

        // A pinned route's end tasks are not in `tasks`, so they pair with
        // the tasks that have an option in the pinned slot.
        for case let route? in routes {
            guard let slot = route.pinnedSlot else { continue }
            let key = keyOfSlot[slot]
            let partners = located.filter { problem.optionIndex(task: $0, slot: slot) != nil }
            for partner in partners {
                if let last = route.sequence.last {
                    add(from: last, to: partner, key: key)
                }
                if let first = route.sequence.first {
                    add(from: partner, to: first, key: key)
                }
            }
        }

        result.sort { lhs, rhs in
            if lhs.value != rhs.value { return lhs.value > rhs.value }
            if lhs.from != rhs.from { return lhs.from < rhs.from }
            if lhs.to != rhs.to { return lhs.to < rhs.to }
            return lhs.key < rhs.key
        }
        return result
    }

    /// Returns c(i, end) + c(start, j) − c(i, j) for the slots of one key,
    /// with i and j given as locations.
    private func saving(from: Int, to: Int, key: Int) -> Double {
        let slot = problem.slots[keySlots[key]]
        return problem.arcCost(from: from, to: slot.endLocation, slot: slot)
            + problem.arcCost(from: slot.startLocation, to: to, slot: slot)
            - problem.arcCost(from: from, to: to, slot: slot)
    }

    // MARK: - Merging

    /// Merges the route ending with `saving.from` into the route starting
    /// with `saving.to` when both are still route ends and the merged
    /// sequence is feasible. Does nothing otherwise.
    mutating func merge(_ saving: Saving, plan: PartialPlan) {
        guard let head = routeOfTask[saving.from], let tail = routeOfTask[saving.to], head != tail,
            let first = routes[head], let second = routes[tail],
            first.sequence.last == saving.from, second.sequence.first == saving.to
        else { return }

        let sequence = first.sequence + second.sequence
        let merged: SavingsRoute
        switch (first.pinnedSlot, second.pinnedSlot) {
        case (.some, .some):
            return
        case (.some(let slot), nil), (nil, .some(let slot)):
            guard keyOfSlot[slot] == saving.key, plan.isFeasible(sequence, slot: slot) else { return }
            merged = SavingsRoute(sequence: sequence, pinnedSlot: slot, admissibleSlots: [])
        case (nil, nil):
            let shared = Set(second.admissibleSlots)
            let candidates = first.admissibleSlots.filter(shared.contains)
            let admissible = Self.admissibleSlots(for: sequence, among: candidates, plan: plan)
            guard !admissible.isEmpty else { return }
            merged = SavingsRoute(sequence: sequence, pinnedSlot: nil, admissibleSlots: admissible)
        }

        routes[head] = merged
        routes[tail] = nil
        for task in second.sequence {
            routeOfTask[task] = head
        }
    }

    /// Returns the slots among `candidates` in which `sequence` is feasible.
    ///
    /// Slots of one equivalence class share date, start, end, hours, limits
    /// and capacity, and a task's start windows depend only on the date, so
    /// the first candidate of each class decides for the whole class.
    /// `commit` checks the slot actually taken again.
    private static func admissibleSlots(for sequence: [Int], among candidates: [Int], plan: PartialPlan) -> [Int] {
        var feasibleByClass: [Int: Bool] = [:]
        return candidates.filter { slot in
            let equivalence = plan.problem.slots[slot].equivalenceClass
            if let known = feasibleByClass[equivalence] {
                return known && sequence.allSatisfy { plan.problem.optionIndex(task: $0, slot: slot) != nil }
            }
            let feasible = plan.isFeasible(sequence, slot: slot)
            feasibleByClass[equivalence] = feasible
            return feasible
        }
    }

    // MARK: - Committing

    /// Writes the pinned routes into `plan` and gives each unpinned route a
    /// distinct empty slot. Returns the tasks of the routes left without a
    /// slot, in task order.
    func commit(to plan: inout PartialPlan) -> [Int] {
        let active = routes.compactMap { $0 }
        for route in active {
            guard let slot = route.pinnedSlot, route.sequence.count > plan.routes[slot].count else { continue }
            plan.replaceRoute(of: slot, with: route.sequence)
        }

        let unpinned = active.filter { $0.pinnedSlot == nil }.sorted { lhs, rhs in
            if lhs.admissibleSlots.count != rhs.admissibleSlots.count {
                return lhs.admissibleSlots.count < rhs.admissibleSlots.count
            }
            if lhs.sequence.count != rhs.sequence.count {
                return lhs.sequence.count > rhs.sequence.count
            }
            return lhs.sequence[0] < rhs.sequence[0]
        }

        var leftover: [Int] = []
        for route in unpinned {
            var best: (slot: Int, cost: Double)?
            for slot in route.admissibleSlots where plan.routes[slot].isEmpty {
                let cost = plan.netCost(of: route.sequence, slot: slot)
                guard best.map({ cost < $0.cost }) ?? true, plan.isFeasible(route.sequence, slot: slot) else {
                    continue
                }
                best = (slot, cost)
            }
            guard let best else {
                leftover.append(contentsOf: route.sequence)
                continue
            }
            plan.replaceRoute(of: best.slot, with: route.sequence)
        }
        return leftover.sorted()
    }
}
