/// The phases every construction heuristic shares, around the one phase in
/// which they differ.
///
/// Appointments come first, in rank order (fixed, then flexible on a day,
/// then flexible in a week, and file order among equals), each at its
/// cheapest feasible insertion. Then a `TierPlacement` places the
/// reservations, `PatternPlacement` the customers with visit patterns, all
/// visits of one customer at once, and the `TierPlacement` the due
/// customers. Customers that may be
/// seen early follow by regret-2 insertion, and only where their cadence
/// benefit outweighs the added driving. Last, still-empty slots are opened
/// for whole routes of such visits that pay for their drive.
///
/// A planned appointment with a customer is that customer's visit, so the
/// customer's other tasks are dropped. A cadence customer's second and later
/// visits in the horizon are left to the search.
struct TieredConstruction {
    let problem: PlanningProblem
    // NOTE: savings, Solomon's I1 and the sweep finish a tier past the
    // deadline once they have started it. Only cheapest and regret insertion
    // switch to `PartialPlan.placeInOrder` when it passes.
    /// Once it has passed, optional visits stop entering, and a mandatory
    /// tier that has not started yet is placed by `PartialPlan.placeInOrder`.
    /// Appointments and mandatory tiers are always placed where they fit.
    var deadline: PlanningDeadline = nil
    /// Called after each placed task with the number placed so far.
    var onInsertion: ((Int) -> Void)?

    /// Runs every phase and returns one sequence per slot with the mandatory
    /// tasks that could not be placed.
    func run(placing mandatory: some TierPlacement) -> (routes: [[Int]], failed: [Int]) {
        var plan = PartialPlan(problem: problem, onInsertion: onInsertion)
        let byTier = Dictionary(grouping: problem.tasks.indices, by: { problem.tasks[$0].tier })

        let appointments = (byTier[.appointment] ?? []).sorted { lhs, rhs in
            let left = appointmentRank(lhs)
            let right = appointmentRank(rhs)
            return left != right ? left < right : lhs < rhs
        }
        for task in appointments {
            if let best = plan.cheapestInsertion(task: task) {
                plan.insert(task, at: best)
            } else {
                plan.markFailed(task)
            }
        }

        let planned = plan.plannedTasks
        func open(_ tier: VisitTask.Tier) -> [Int] {
            (byTier[tier] ?? []).filter {
                problem.tasks[$0].kind != .patternVisit && !problem.tasks[$0].coveredBy.contains(where: planned.contains)
            }
        }

        for tier in [VisitTask.Tier.reservation, .due] {
            if deadline.hasPassed {
                plan.placeInOrder(open(tier))
            } else {
                mandatory.place(open(tier), in: &plan)
            }
            if tier == .reservation {
                PatternPlacement().place(byTier[.reservation] ?? [], in: &plan)
            }
        }

        // A customer's extra visits wait for the search, which keeps them
        // apart by the customer's cadence.
        let optional = open(.optional).filter { problem.tasks[$0].visitNumber == 0 }
        RegretInsertion(k: 2, isMandatory: false, deadline: deadline).place(optional, in: &plan)
        plan.openEmptySlots(optional, deadline: deadline)
        return (plan.routes, plan.failed)
    }

    private func appointmentRank(_ task: Int) -> Int {
        guard case .appointment(let index) = problem.tasks[task].kind else { return Int.max }
        return problem.territory.appointments[index].rank
    }
}
