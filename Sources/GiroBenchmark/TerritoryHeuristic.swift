import GiroSolver

/// One of the planner configurations that the territory benchmark compares,
/// from the construction alone to the full search.
public enum TerritoryHeuristic: String, CaseIterable, Hashable, Sendable {
    /// The construction heuristic alone.
    case construction
    /// The construction, then local search to a local optimum.
    case localSearch = "local-search"
    /// The construction, local search and ruin-and-recreate until the limit.
    case ruinAndRecreate = "ruin-and-recreate"

    /// Returns the options of this configuration: `base` with the phases
    /// that the configuration leaves out switched off. The construction,
    /// operators, ruin and recreate methods and acceptance stay as in
    /// `base`.
    public func options(from base: PlannerOptions) -> PlannerOptions {
        var options = base
        switch self {
        case .construction:
            options.operators = []
            options.metaheuristic = .none
        case .localSearch:
            options.metaheuristic = .none
        case .ruinAndRecreate:
            options.metaheuristic = .ruinAndRecreate
        }
        return options
    }
}
