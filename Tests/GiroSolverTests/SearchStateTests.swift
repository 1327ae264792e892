import Giro
@testable import GiroSolver
import Testing

/// Field-by-field differences between a search state kept up to date move by
/// move and one built afresh from the same routes.
private func stateDifferences(_ kept: SearchSolution, _ fresh: SearchSolution) -> [String] {
    var differences: [String] = []
    if kept.routes != fresh.routes {
        differences.append("routes \(kept.routes), fresh \(fresh.routes)")
    }
    if kept.routeOf != fresh.routeOf {
        differences.append("routeOf \(kept.routeOf), fresh \(fresh.routeOf)")
    }
    // Positions of unplanned tasks are stale by design, so only planned ones
    // count.
    for task in 0..<kept.model.taskCount where fresh.routeOf[task] >= 0 && kept.position[task] != fresh.position[task] {
        differences.append("position of task \(task) \(kept.position[task]), fresh \(fresh.position[task])")
    }
    if kept.chainValue != fresh.chainValue {
        differences.append("chainValue \(kept.chainValue), fresh \(fresh.chainValue)")
    }
    if abs(kept.chainTotal - fresh.chainTotal) > 1e-6 * max(1, abs(fresh.chainTotal)) {
        differences.append("chainTotal \(kept.chainTotal), fresh \(fresh.chainTotal)")
    }
    if kept.penaltyTotal != fresh.penaltyTotal {
        differences.append("penaltyTotal \(kept.penaltyTotal), fresh \(fresh.penaltyTotal)")
    }
    for route in kept.routes.indices {
        if !isClose(kept.routeObjective[route], fresh.routeObjective[route]) {
            differences.append("routeObjective[\(route)] \(kept.routeObjective[route]), fresh \(fresh.routeObjective[route])")
        }
        if kept.relaxedCount[route] != fresh.relaxedCount[route] || kept.anchoredCount[route] != fresh.anchoredCount[route]
            || kept.opaqueCount[route] != fresh.opaqueCount[route]
        {
            differences.append("option kind counts of route \(route)")
        }
        if !isSame(kept.forward[route], fresh.forward[route]) {
            differences.append("forward[\(route)] differs")
        }
        if !isSame(kept.backward[route], fresh.backward[route]) {
            differences.append("backward[\(route)] differs")
        }
    }
    return differences
}

private func isSame(_ a: [TimeWindowSegment], _ b: [TimeWindowSegment]) -> Bool {
    a.count == b.count && zip(a, b).allSatisfy(isSame)
}

private func isSame(_ a: TimeWindowSegment, _ b: TimeWindowSegment) -> Bool {
    a.firstLocation == b.firstLocation && a.lastLocation == b.lastLocation && a.firstSetup == b.firstSetup
        && a.duration == b.duration && a.timeWarp == b.timeWarp && a.earliestStart == b.earliestStart
        && a.latestStart == b.latestStart && isClose(a.cost, b.cost) && isClose(a.benefit, b.benefit)
        && isClose(a.load, b.load)
}

/// A random candidate move on a solution: its drafts and the routes it
/// should produce.
private struct RandomMove {
    var drafts: [RouteDraft]
    var changes: [(slot: Int, sequence: [Int])]
    var kind: String
}

private func randomMove(in solution: SearchSolution, using random: inout SeededGenerator) -> RandomMove? {
    let model = solution.model
    let routes = solution.routes
    let filled = routes.indices.filter { !routes[$0].isEmpty }
    let movable = (0..<model.taskCount).filter { solution.routeOf[$0] >= 0 && !model.isPinned[$0] }
    let unplanned = solution.unplannedTasks.filter { !model.isPinned[$0] }
    func pick(_ values: [Int]) -> Int? {
        values.isEmpty ? nil : values[random.index(below: values.count)]
    }
    func position(in route: Int, extra: Int = 0) -> Int {
        random.index(below: routes[route].count + extra)
    }

    switch random.index(below: 9) {
    case 0:
        guard let source = pick(filled), let target = pick(routes.indices.filter { $0 != source }) else { return nil }
        let from = position(in: source)
        let length = min(1 + random.index(below: 3), routes[source].count - from)
        let reversed = random.unit() < 0.5
        let after = position(in: target, extra: 1) - 1
        guard !solution.holdsPinned(route: source, from: from, length: length) else { return nil }
        let sequences = ExpectedSequence.moveString(
            routes[source], from: from, length: length, reversed: reversed, to: routes[target], after: after)
        return RandomMove(
            drafts: [
                RouteDraft(slot: source, prefixEnd: from, suffixStart: from + length),
                RouteDraft(
                    slot: target, prefixEnd: after + 1, .range(source, from, from + length - 1, reversed: reversed),
                    suffixStart: after + 1),
            ],
            changes: [(source, sequences.source), (target, sequences.target)], kind: "move string")
    case 1:
        guard let first = pick(filled), let second = pick(filled.filter { $0 != first }) else { return nil }
        let p = position(in: first)
        let q = position(in: second)
        let a = min(1 + random.index(below: 3), routes[first].count - p)
        let b = min(1 + random.index(below: 3), routes[second].count - q)
        guard !solution.holdsPinned(route: first, from: p, length: a),
            !solution.holdsPinned(route: second, from: q, length: b)
        else { return nil }
        let sequences = ExpectedSequence.exchange(routes[first], p, a, routes[second], q, b)
        return RandomMove(
            drafts: [
                RouteDraft(slot: first, prefixEnd: p, .range(second, q, q + b - 1), suffixStart: p + a),
                RouteDraft(slot: second, prefixEnd: q, .range(first, p, p + a - 1), suffixStart: q + b),
            ],
            changes: [(first, sequences.0), (second, sequences.1)], kind: "exchange")
    case 2:
        guard let first = pick(Array(routes.indices)), let second = pick(routes.indices.filter { $0 != first }) else {
            return nil
        }
        let p = position(in: first, extra: 1) - 1
        let q = position(in: second, extra: 1)
        let sequences = ExpectedSequence.swapTails(routes[first], p, routes[second], q)
        return RandomMove(
            drafts: [
                RouteDraft(slot: first, prefixEnd: p + 1, suffixRoute: second, suffixStart: q),
                RouteDraft(slot: second, prefixEnd: q, suffixRoute: first, suffixStart: p + 1),
            ],
            changes: [(first, sequences.0), (second, sequences.1)], kind: "2-opt*")
    case 3:
        guard let route = pick(filled) else { return nil }
        let from = position(in: route)
        let length = min(1 + random.index(below: 3), routes[route].count - from)
        let after = position(in: route, extra: 1) - 1
        let to = from + length - 1
        guard after > to || after < from - 1, !solution.holdsPinned(route: route, from: from, length: length),
            let moved = ExpectedSequence.moveWithin(routes[route], from: from, length: length, reversed: false, after: after)
        else { return nil }
        let string = RoutePiece.range(route, from, to)
        let draft =
            after > to
            ? RouteDraft(slot: route, prefixEnd: from, .range(route, to + 1, after), string, suffixStart: after + 1)
            : RouteDraft(slot: route, prefixEnd: after + 1, string, .range(route, after + 1, from - 1), suffixStart: to + 1)
        return RandomMove(drafts: [draft], changes: [(route, moved)], kind: "move within")
    case 4:
        guard let route = pick(filled.filter { routes[$0].count >= 3 }) else { return nil }
        let low = random.index(below: routes[route].count - 2)
        let high = low + 2 + random.index(below: routes[route].count - low - 2)
        guard !solution.holdsPinned(route: route, from: low + 1, length: high - low) else { return nil }
        let draft = RouteDraft(
            slot: route, prefixEnd: low + 1, .range(route, low + 1, high, reversed: true), suffixStart: high + 1)
        return RandomMove(
            drafts: [draft], changes: [(route, ExpectedSequence.reverse(routes[route], low, high))], kind: "2-opt")
    case 5, 6:
        guard let task = pick(unplanned) else { return nil }
        let route = random.index(below: routes.count)
        let at = position(in: route, extra: 1)
        var sequence = routes[route]
        sequence.insert(task, at: at)
        let draft = RouteDraft(slot: route, prefixEnd: at, .task(task), suffixStart: at)
        return RandomMove(drafts: [draft], changes: [(route, sequence)], kind: "insert")
    case 7:
        guard let task = pick(movable) else { return nil }
        let route = solution.routeOf[task]
        let at = solution.position[task]
        var sequence = routes[route]
        sequence.remove(at: at)
        let draft = RouteDraft(slot: route, prefixEnd: at, suffixStart: at + 1)
        return RandomMove(drafts: [draft], changes: [(route, sequence)], kind: "remove")
    default:
        guard let u = pick(movable), let v = pick(unplanned) else { return nil }
        let route = solution.routeOf[u]
        let at = solution.position[u]
        var sequence = routes[route]
        sequence[at] = v
        let draft = RouteDraft(slot: route, prefixEnd: at, .task(v), suffixStart: at + 1)
        return RandomMove(drafts: [draft], changes: [(route, sequence)], kind: "replace")
    }
}

@Suite("Search state")
struct SearchStateTests {
    /// Applies up to 60 random feasible moves, not only improving ones, and
    /// compares the state after each with one built from its routes.
    @Test(arguments: SearchCase.all)
    func appliedMovesKeepCachesFresh(_ searchCase: SearchCase) throws {
        let fixture = try SearchFixture(searchCase)
        var solution = fixture.solution
        var random = SeededGenerator(seed: searchCase.seed)
        var applied: [String: Int] = [:]

        for step in 0..<200 where applied.values.reduce(0, +) < 60 {
            guard let candidate = randomMove(in: solution, using: &random) else { continue }
            let drafts = candidate.drafts
            guard
                let move = solution.evaluate(
                    drafts[0], drafts.count > 1 ? drafts[1] : nil,
                    penaltyChange: solution.penaltyChange(replacing: candidate.changes), bound: .infinity)
            else { continue }

            let routesBefore = solution.routeObjective.reduce(0, +)
            let penaltiesBefore = solution.penaltyTotal
            let chainsBefore = solution.chainTotal
            solution.apply(move)
            applied[candidate.kind, default: 0] += 1
            for change in candidate.changes {
                #expect(solution.routes[change.slot] == change.sequence, "step \(step), \(candidate.kind)")
            }
            let fresh = SearchSolution(model: fixture.model, routes: solution.routes, inactive: fixture.inactive)
            let differences = stateDifferences(solution, fresh)
            #expect(differences.isEmpty, "step \(step), \(candidate.kind): \(differences.joined(separator: "; "))")

            // The penalty and chain parts are compared apart, because a
            // penalty of 1e9 would hide a route error inside the relative
            // tolerance.
            let routeChange = solution.routeObjective.reduce(0, +) - routesBefore
            let penaltyChange = solution.penaltyTotal - penaltiesBefore + solution.chainTotal - chainsBefore
            #expect(isClose(routeChange, move.delta - penaltyChange), "step \(step), \(candidate.kind): delta")
            if !differences.isEmpty {
                break
            }
        }
        #expect(applied.values.reduce(0, +) >= 20, "only \(applied) moves were feasible")
    }

    @Test(arguments: SearchCase.all)
    func localSearchKeepsCachesFresh(_ searchCase: SearchCase) throws {
        let fixture = try SearchFixture(searchCase)
        var solution = fixture.solution
        var search = LocalSearch(model: fixture.model, operators: SearchOperator.all)
        var generator = SeededGenerator(seed: searchCase.seed)
        let before = solution.objective

        search.run(&solution, generator: &generator, deadline: nil)

        let fresh = SearchSolution(model: fixture.model, routes: solution.routes, inactive: fixture.inactive)
        let differences = stateDifferences(solution, fresh)
        #expect(differences.isEmpty, "\(differences.joined(separator: "; "))")
        #expect(solution.objective <= before)
    }

    /// Ruin takes visits out by `replace(route:with:)` without a move, and
    /// recreate inserts them back. The caches must follow both.
    @Test(arguments: SearchCase.all.filter { $0.seed.isMultiple(of: 3) })
    func ruinAndRecreateKeepCachesFresh(_ searchCase: SearchCase) throws {
        let fixture = try SearchFixture(searchCase, removing: 0)
        var search = RuinAndRecreate(model: fixture.model, options: PlannerOptions(seed: searchCase.seed))

        for ruinMethod in RuinMethod.allCases {
            for recreateMethod in RecreateMethod.allCases {
                var solution = fixture.solution
                let removed = search.ruin(&solution, method: ruinMethod)
                let ruined = SearchSolution(model: fixture.model, routes: solution.routes, inactive: fixture.inactive)
                let label = "\(ruinMethod.rawValue), then \(recreateMethod.rawValue)"
                #expect(stateDifferences(solution, ruined).isEmpty, "\(label): after ruin")
                #expect(removed.allSatisfy { solution.routeOf[$0] == SearchSolution.unplanned }, "\(label)")

                search.recreate(&solution, removed: removed, method: recreateMethod, deadline: nil)
                let recreated = SearchSolution(model: fixture.model, routes: solution.routes, inactive: fixture.inactive)
                let differences = stateDifferences(solution, recreated)
                #expect(differences.isEmpty, "\(label): \(differences.joined(separator: "; "))")
            }
        }
    }
}
