/// The best insertion of each pending task into each of its slots, kept up
/// to date one slot at a time.
///
/// An insertion only changes the route of its slot, so after each one only
/// that slot's entries need recomputing. The ranking of a task's insertions
/// is kept too, and recomputed only when one of its slots changed.
struct InsertionCache {
    /// Best insertion by task, then by slot, nil where the task does not fit.
    private var entries: [Int: [Int: Insertion?]] = [:]
    /// The last result of `rankedInsertions` by task, with its limit.
    private var rankings: [Int: (limit: Int, insertions: [Insertion])] = [:]

    /// Computes the best insertion of every task into every slot it may use.
    ///
    /// - Complexity: O(T·S·n²·w) for T tasks and S slots of at most n stops
    ///   with w windows.
    init(tasks: [Int], plan: PartialPlan) {
        for task in tasks {
            var bySlot: [Int: Insertion?] = [:]
            for option in plan.problem.tasks[task].options {
                bySlot[option.slot] = plan.bestInsertion(task: task, slot: option.slot)
            }
            entries[task] = bySlot
        }
    }

    /// Forgets a task that was placed or dropped.
    mutating func remove(task: Int) {
        entries[task] = nil
        rankings[task] = nil
    }

    /// Recomputes the entries of `slot` for `tasks` after its route changed.
    mutating func refresh(slot: Int, tasks: [Int], plan: PartialPlan) {
        for task in tasks where plan.problem.optionIndex(task: task, slot: slot) != nil {
            entries[task]?[slot] = plan.bestInsertion(task: task, slot: slot)
            rankings[task] = nil
        }
    }

    /// Returns up to `limit` of a task's feasible insertions, cheapest first
    /// and lower slot first among equal costs.
    ///
    /// Empty slots of one equivalence class are interchangeable, so only the
    /// first of each class counts. Otherwise ten alike idle reps would look
    /// like ten alternatives.
    ///
    /// Whether a slot is empty is part of the ranking. Only an insertion
    /// into one of the task's slots changes that, and `refresh` then clears
    /// the kept ranking.
    ///
    /// - Complexity: O(S log S) for S slots of the task when one of them
    ///   changed since the last call, O(1) otherwise.
    mutating func rankedInsertions(task: Int, plan: PartialPlan, limit: Int) -> [Insertion] {
        if let ranking = rankings[task], ranking.limit == limit {
            return ranking.insertions
        }
        let ranked = ranking(task: task, plan: plan, limit: limit)
        rankings[task] = (limit, ranked)
        return ranked
    }

    private func ranking(task: Int, plan: PartialPlan, limit: Int) -> [Insertion] {
        let bySlot = entries[task] ?? [:]
        var seenEmptyClasses: Set<Int> = []
        var candidates: [Insertion] = []
        for option in plan.problem.tasks[task].options {
            guard let candidate = bySlot[option.slot] ?? nil else { continue }
            if plan.routes[option.slot].isEmpty {
                let equivalence = plan.problem.slots[option.slot].equivalenceClass
                guard seenEmptyClasses.insert(equivalence).inserted else { continue }
            }
            candidates.append(candidate)
        }

        let ordered = { (lhs: Insertion, rhs: Insertion) in
            lhs.cost != rhs.cost ? lhs.cost < rhs.cost : lhs.slot < rhs.slot
        }
        guard limit > 1 else {
            return candidates.min(by: ordered).map { [$0] } ?? []
        }
        candidates.sort(by: ordered)
        return Array(candidates.prefix(limit))
    }
}
