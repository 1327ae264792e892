/// A candidate change of one or two routes, with its predicted effect.
///
/// Sign convention, used everywhere in the search: `delta` is the change of
/// the objective, new minus old, so a negative delta improves the plan.
struct SearchMove {
    var first: RouteDraft
    /// Predicted objective contribution of `first.slot` after the move.
    var firstObjective: Double
    var second: RouteDraft?
    var secondObjective: Double
    var delta: Double

    /// A placeholder to evaluate into.
    static let none = SearchMove(
        first: RouteDraft(slot: 0, prefixEnd: 0, suffixStart: 0), firstObjective: 0, second: nil, secondObjective: 0,
        delta: 0)
}

extension SearchSolution {
    /// Applies a move: writes out both drafts before replacing either route.
    ///
    /// In debug builds, checks that every changed route's recomputed
    /// objective, by the full schedule evaluation, equals the prediction, and
    /// that the whole objective changed by `delta`.
    ///
    /// - Complexity: O(n) per changed route.
    mutating func apply(_ move: SearchMove) {
        #if DEBUG
            let before = objective
        #endif

        let firstSequence = sequence(of: move.first)
        let secondSequence = move.second.map { sequence(of: $0) }
        replace(route: move.first.slot, with: firstSequence)
        if let second = move.second, let secondSequence {
            replace(route: second.slot, with: secondSequence)
        }

        #if DEBUG
            checkPrediction(route: move.first.slot, predicted: move.firstObjective)
            if let second = move.second {
                checkPrediction(route: second.slot, predicted: move.secondObjective)
            }
            checkObjectiveChange(from: before, predicted: move.delta)
        #endif
    }

    /// Asserts that the objective changed from `before` by the predicted
    /// delta.
    func checkObjectiveChange(from before: Double, predicted delta: Double) {
        let after = objective
        assert(
            SearchSolution.nearlyEqual(after - before, delta, scale: max(abs(before), abs(after))),
            "objective changed by \(after - before), predicted \(delta)")
    }

    /// Asserts that a route's objective, recomputed from scratch, equals the
    /// prediction.
    func checkPrediction(route: Int, predicted: Double) {
        let exact = exactObjective(slot: route, sequence: routes[route])
        assert(exact != nil, "a move made route \(route) infeasible")
        assert(
            SearchSolution.nearlyEqual(exact ?? .nan, predicted),
            "route \(route): recomputed \(exact ?? .nan), predicted \(predicted)")
        assert(
            SearchSolution.nearlyEqual(routeObjective[route], predicted),
            "route \(route): cached \(routeObjective[route]), predicted \(predicted)")
    }

    /// Equality up to rounding of sums taken in a different order.
    ///
    /// - Parameters:
    ///   - scale: magnitude of the totals that `a` and `b` were taken from.
    static func nearlyEqual(_ a: Double, _ b: Double, scale: Double = 0) -> Bool {
        abs(a - b) <= 1e-6 * max(1, abs(a), abs(b)) + 1e-12 * scale
    }
}
