/// Regret-k insertion: each round inserts the pending task that would lose
/// the most by waiting, at its cheapest feasible insertion.
///
/// A task's regret is the sum, over its k − 1 runners-up, of how much more
/// the runner-up costs than its best insertion, each taken in a different
/// slot. Empty slots of one equivalence class count once. A task with fewer
/// than k feasible slots goes before any task with more, and among those
/// the task with fewer slots goes first, so that tasks with few good days
/// are placed while they still fit. Ties go to the cheaper best insertion,
/// then to the task listed first. With k = 1 every regret is zero, so the
/// rule becomes cheapest insertion.
///
/// The best insertion of each task into each slot is cached and recomputed
/// only for the slot that changed.
///
/// - Complexity: O(T·S·n²·w) for the first round over T tasks and S slots of
///   at most n stops with w windows, then O(T·(S log S + n²·w)) per inserted
///   task.
struct RegretInsertion: TierPlacement {
    /// Number of insertions compared per task, at least 1.
    let k: Int
    /// When false, tasks enter only where they lower the objective, and a
    /// task that fits nowhere or never pays is dropped without being marked
    /// failed.
    var isMandatory = true
    /// Once it has passed, a non-mandatory run stops inserting, and a
    /// mandatory run places its remaining tasks in list order, each at its
    /// cheapest insertion (`PartialPlan.placeInOrder`).
    var deadline: PlanningDeadline = nil

    /// - Precondition: `k >= 1`.
    init(k: Int, isMandatory: Bool = true, deadline: PlanningDeadline = nil) {
        precondition(k >= 1, "regret insertion needs k >= 1")
        self.k = k
        self.isMandatory = isMandatory
        self.deadline = deadline
    }

    func place(_ tasks: [Int], in plan: inout PartialPlan) {
        var pending = tasks
        var cache = InsertionCache(tasks: pending, plan: plan)

        while !pending.isEmpty {
            if deadline.hasPassed {
                if isMandatory {
                    plan.placeInOrder(pending)
                }
                break
            }

            var chosen: (task: Int, insertion: Insertion, priority: Priority)?
            var stillPending: [Int] = []
            stillPending.reserveCapacity(pending.count)

            for task in pending {
                let ranked = cache.rankedInsertions(task: task, plan: plan, limit: k)
                guard let best = ranked.first else {
                    if isMandatory {
                        plan.markFailed(task)
                    }
                    cache.remove(task: task)
                    continue
                }
                guard isMandatory || best.cost < 0 else {
                    cache.remove(task: task)
                    continue
                }
                stillPending.append(task)

                let priority = Priority(ranked: ranked, k: k)
                if let current = chosen, !priority.precedes(current.priority) {
                    continue
                }
                chosen = (task, best, priority)
            }

            guard let (task, insertion, _) = chosen else { break }
            plan.insert(task, at: insertion)
            pending = stillPending.filter { $0 != task }
            cache.remove(task: task)
            cache.refresh(slot: insertion.slot, tasks: pending, plan: plan)
        }
    }

    /// The order in which tasks are chosen: fewer feasible slots first, then
    /// larger regret, then cheaper best insertion.
    private struct Priority {
        /// How many of the k insertions are missing because the task fits
        /// in fewer slots.
        var missing: Int
        var regret: Double
        var bestCost: Double

        /// - Precondition: `ranked` is not empty and sorted by cost.
        init(ranked: [Insertion], k: Int) {
            let best = ranked[0].cost
            missing = k - ranked.count
            regret = ranked.dropFirst().reduce(0.0) { $0 + ($1.cost - best) }
            bestCost = best
        }

        /// Returns whether this priority strictly precedes `other`.
        func precedes(_ other: Priority) -> Bool {
            if missing != other.missing {
                return missing > other.missing
            }
            if regret != other.regret {
                return regret > other.regret
            }
            return bestCost < other.bestCost
        }
    }
}
