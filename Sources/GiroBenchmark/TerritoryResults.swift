/// The rows and convergence points of a territory benchmark, with each
/// territory's best plan.
public struct TerritoryResults: Hashable, Sendable {
    public var rows: [TerritoryRow]
    public var convergence: [ConvergencePoint]

    public init(rows: [TerritoryRow], convergence: [ConvergencePoint]) {
        self.rows = rows
        self.convergence = convergence
    }

    /// The lowest objective of a valid plan per territory: the best plan
    /// that any configuration found.
    public var bestObjective: [String: Double] {
        var best: [String: Double] = [:]
        for row in rows where row.isValid {
            best[row.territory] = min(best[row.territory] ?? row.objective, row.objective)
        }
        return best
    }

    /// Returns a row's gap to its territory's best plan in percent:
    /// (objective − best) / |best| × 100, and 0 when the best objective is
    /// 0. Nil when the row's plan is invalid or no plan of the territory is
    /// valid.
    public func gapPercent(_ row: TerritoryRow, best: [String: Double]) -> Double? {
        guard row.isValid, let reference = best[row.territory] else { return nil }
        guard reference != 0 else { return row.objective == 0 ? 0 : nil }
        return (row.objective - reference) / abs(reference) * 100
    }
}
