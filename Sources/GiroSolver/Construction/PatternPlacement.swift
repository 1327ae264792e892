/// Places the visits of customers with visit patterns, all visits of one
/// customer at once, on the dates of the pattern where they cost least.
///
/// Customers with fewer usable patterns go first, then those with more
/// visits, then those with more demand per visit, then task order. For each
/// customer, every pattern is priced as the sum over its days of the
/// cheapest insertion on that day's slots. The tasks of one customer never
/// share a day, so the insertions of one pattern do not interact. A customer
/// with no pattern whose every day has a feasible insertion gets no visit,
/// and its first task is marked failed.
///
/// - Complexity: O(C·D·R·n²·w) for C customers whose patterns cover D days
///   with R slots each, of at most n stops with w windows.
struct PatternPlacement {
    /// Places the pattern visit tasks among `tasks` and ignores the rest.
    func place(_ tasks: [Int], in plan: inout PartialPlan) {
        let problem = plan.problem
        var byCustomer: [Int: [Int]] = [:]
        for task in tasks where problem.tasks[task].kind == .patternVisit {
            guard let customer = problem.tasks[task].customerIndex else { continue }
            byCustomer[customer, default: []].append(task)
        }
        let order = byCustomer.values.map { $0.sorted() }.sorted { lhs, rhs in
            let left = problem.tasks[lhs[0]]
            let right = problem.tasks[rhs[0]]
            if left.visitPatterns.count != right.visitPatterns.count {
                return left.visitPatterns.count < right.visitPatterns.count
            }
            if lhs.count != rhs.count {
                return lhs.count > rhs.count
            }
            if left.demand != right.demand {
                return left.demand > right.demand
            }
            return lhs[0] < rhs[0]
        }

        for members in order {
            guard let insertions = cheapestPattern(members, plan: plan) else {
                plan.markFailed(members[0])
                continue
            }
            for (task, insertion) in zip(members, insertions) {
                plan.insert(task, at: insertion)
            }
        }
    }

    /// Returns one insertion per task on the days of the cheapest pattern
    /// that has a feasible insertion on each of its days, or nil.
    private func cheapestPattern(_ members: [Int], plan: PartialPlan) -> [Insertion]? {
        let problem = plan.problem
        let task = members[0]
        var bestByDay: [Int: Insertion?] = [:]
        func cheapest(on day: Int) -> Insertion? {
            if let known = bestByDay[day] {
                return known
            }
            var best: Insertion?
            for option in problem.tasks[task].options where problem.slots[option.slot].dayIndex == day {
                guard let candidate = plan.bestInsertion(task: task, slot: option.slot) else { continue }
                if best.map({ candidate.cost < $0.cost }) ?? true {
                    best = candidate
                }
            }
            bestByDay[day] = best
            return best
        }

        var chosen: (cost: Double, insertions: [Insertion])?
        for pattern in problem.tasks[task].visitPatterns where pattern.count == members.count {
            var insertions: [Insertion] = []
            var cost = 0.0
            for day in pattern {
                guard let insertion = cheapest(on: day) else { break }
                insertions.append(insertion)
                cost += insertion.cost
            }
            guard insertions.count == pattern.count else { continue }
            if chosen.map({ cost < $0.cost }) ?? true {
                chosen = (cost, insertions)
            }
        }
        return chosen?.insertions
    }
}
