import GiroModel

/// The quantity that a benchmark run minimises.
public enum BenchmarkObjective: String, CaseIterable, Hashable, Sendable {
    /// Total distance alone, as the DIMACS 2021 VRPTW challenge ranks
    /// solutions. Plans may use more vehicles than the best-known solution.
    case distance
    /// Fewest vehicles first, then total distance: the hierarchical
    /// objective of the classic Solomon and Gehring–Homberger tables.
    case vehiclesThenDistance = "vehicles"

    /// Cost of each route under `vehiclesThenDistance`, in instance distance
    /// units. Saving one route is worth more than any distance saving as
    /// long as a plan's total distance stays below this value. That holds
    /// for the Solomon (below 2,000) and 200-customer Gehring–Homberger
    /// (below 6,000) best-known solutions.
    public static let routeCost = 100_000.0

    /// Sets the territory's objective weights for this objective: distance
    /// weight 1, and a route weight of `routeCost` or 0.
    public func apply(to territory: inout Territory) {
        territory.settings.distanceWeight = 1
        switch self {
        case .distance:
            territory.settings.routeWeight = 0
        case .vehiclesThenDistance:
            territory.settings.routeWeight = Self.routeCost
        }
    }
}
