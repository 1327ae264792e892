/// A local-search neighbourhood, switchable by name for ablation studies.
///
/// Inter-route operators consider only pairs of visits that are among each
/// other's k nearest (granular neighbour lists, `PlannerOptions.neighbourCount`).
public enum SearchOperator: String, CaseIterable, Hashable, Sendable {
    /// Moves one visit to another position, in its route or another.
    case relocate
    /// Exchanges two visits.
    case swap
    /// Reverses a part of one route.
    case twoOpt = "2-opt"
    /// Exchanges the tails of two routes.
    case twoOptStar = "2-opt*"
    /// Moves a string of two or three consecutive visits, possibly reversed.
    case orOpt = "or-opt"
    /// Exchanges strings of one to three visits between two routes, where at
    /// least one string has two or more.
    case crossExchange = "cross-exchange"
    /// Inserts a visit that is not planned.
    case insertVisit = "insert"
    /// Removes a visit that is not required, when that saves more than its
    /// benefit.
    case removeVisit = "remove"
    /// Replaces a planned visit by one that is not planned and weighs at
    /// least as much: an optional visit by any, a due customer by a due
    /// customer or a reservation when the route gets cheaper.
    case replaceVisit = "replace"
    /// Moves every planned visit of a customer with several visits in the
    /// horizon one day earlier or later, each to its cheapest place in its
    /// rep's route of the new day.
    case shiftVisits = "shift"

    /// Every operator, in the order the local search tries them.
    public static let all = Set(allCases)
}
