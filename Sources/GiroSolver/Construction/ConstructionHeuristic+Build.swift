extension ConstructionHeuristic {
    /// Builds a first plan with this heuristic.
    ///
    /// Every heuristic places the appointments and the optional visits the
    /// same way and differs in how it places reservations and due customers
    /// (see `TieredConstruction`). The result is deterministic and every
    /// route is feasible.
    ///
    /// - Parameters:
    ///   - problem: the compiled territory.
    ///   - deadline: once it has passed, optional visits stop entering, and
    ///     the reservations and due customers not yet placed go in one pass,
    ///     each at its cheapest insertion. Appointments, reservations and due
    ///     customers are always placed where they fit.
    ///   - onInsertion: called after each placed task with the number of
    ///     tasks placed so far.
    /// - Returns: one sequence of task indices per slot of `problem`, and the
    ///   appointments, reservations and due customers that fit nowhere.
    func build(
        problem: PlanningProblem, deadline: PlanningDeadline, onInsertion: ((Int) -> Void)?
    ) -> (routes: [[Int]], failed: [Int]) {
        let construction = TieredConstruction(problem: problem, deadline: deadline, onInsertion: onInsertion)
        switch self {
        case .cheapestInsertion:
            return construction.run(placing: CheapestInsertion(deadline: deadline))
        case .regretInsertion(let k):
            return construction.run(placing: RegretInsertion(k: max(1, k), deadline: deadline))
        case .savings:
            return construction.run(placing: SavingsConstruction())
        case .solomonI1:
            return construction.run(placing: SolomonInsertion())
        case .sweep:
            return construction.run(placing: SweepConstruction())
        }
    }
}
