/// The method that takes visits out of a plan in one ruin-and-recreate step.
public enum RuinMethod: String, CaseIterable, Hashable, Sendable {
    /// Strings of adjacent visits around a random seed visit and its nearest
    /// neighbours, from several routes (Christiaens and Vanden Berghe's
    /// string removal).
    case strings = "string-removal"
    /// Visits chosen uniformly at random.
    case random = "random-removal"
    /// Visits whose removal saves the most, with a random bias.
    case worst = "worst-removal"
}

/// The method that puts removed visits back.
public enum RecreateMethod: String, CaseIterable, Hashable, Sendable {
    /// Each visit in turn at its cheapest position, skipping a position now
    /// and then ("blinks").
    case greedy
    /// Regret-2 insertion: the visit with the largest gap between its best
    /// and second-best route first.
    case regret
}

/// When a ruin-and-recreate step's plan replaces the current one.
public enum AcceptanceCriterion: String, CaseIterable, Hashable, Sendable {
    /// Simulated annealing with a temperature falling geometrically over the
    /// budget.
    case simulatedAnnealing = "annealing"
    /// Late acceptance: accept when no worse than the plan of L steps ago.
    case lateAcceptance = "late-acceptance"
}

/// The improvement phase after construction.
public enum Metaheuristic: String, CaseIterable, Hashable, Sendable {
    /// Local search only, to the first local optimum.
    case none
    /// Ruin-and-recreate with local search after each step.
    case ruinAndRecreate = "ruin-and-recreate"
}
