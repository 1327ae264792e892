/// Cheapest insertion: each round inserts the pending task whose best
/// feasible insertion costs least, at that insertion.
///
/// Ties go to the task listed first. The best insertion of each task into
/// each slot is cached and recomputed only for the slot that changed. Once
/// the deadline has passed, the remaining tasks are placed in list order
/// (`PartialPlan.placeInOrder`).
///
/// - Complexity: O(T·S·n²·w) for the first round over T tasks and S slots of
///   at most n stops with w windows, then O(T·(S log S + n²·w)) per inserted
///   task.
struct CheapestInsertion: TierPlacement {
    var deadline: PlanningDeadline = nil

    func place(_ tasks: [Int], in plan: inout PartialPlan) {
        var pending = tasks
        var cache = InsertionCache(tasks: pending, plan: plan)

        while !pending.isEmpty {
            if deadline.hasPassed {
                plan.placeInOrder(pending)
                break
            }

            var chosen: (task: Int, insertion: Insertion)?
            var stillPending: [Int] = []
            stillPending.reserveCapacity(pending.count)

            for task in pending {
                guard let best = cache.rankedInsertions(task: task, plan: plan, limit: 1).first else {
                    plan.markFailed(task)
                    cache.remove(task: task)
                    continue
                }
                stillPending.append(task)
                if let current = chosen, current.insertion.cost <= best.cost {
                    continue
                }
                chosen = (task, best)
            }

            guard let (task, insertion) = chosen else { break }
            plan.insert(task, at: insertion)
            pending = stillPending.filter { $0 != task }
            cache.remove(task: task)
            cache.refresh(slot: insertion.slot, tasks: pending, plan: plan)
        }
    }
}
