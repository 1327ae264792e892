import Giro
@testable import GiroSolver
import Testing

/// New routes that a candidate move should produce, with their objectives
/// by the full schedule evaluation.
struct ExpectedMove {
    var changes: [(slot: Int, sequence: [Int])]
    /// Objective of each changed route, nil where the route is infeasible or
    /// puts a task on a slot it may not use.
    var objectives: [Double?]
    /// Change of the route objectives, nil when a route is infeasible or a
    /// chain's visits end closer than its minimum gap.
    var routeDelta: Double?
    /// Change of the unplanned penalties.
    var penaltyDelta: Double
    /// Change of the chains' cadence, which `evaluate` adds by itself.
    var chainDelta = 0.0

    /// Change of the objective outside the routes.
    var sideDelta: Double { penaltyDelta + chainDelta }

    var isFeasible: Bool { routeDelta != nil }
}

/// Disagreements between the search's move evaluation and the full
/// schedule evaluation, collected over many candidates and listed by kind.
struct MoveAudit {
    let solution: SearchSolution
    var candidates = 0
    var feasibleCandidates = 0
    var returnedMoves = 0
    /// Moves whose drafts write out other sequences than the operator's
    /// definition.
    var wrongSequences: [String] = []
    /// Moves whose predicted route objective differs from the schedule
    /// evaluation.
    var wrongObjectives: [String] = []
    var wrongDeltas: [String] = []
    var infeasibleAccepted: [String] = []
    /// Feasible candidates below the bound that the evaluator rejected.
    var feasibleRejected: [String] = []
    /// Drafts whose `objective(of:)` disagrees with the schedule evaluation.
    var wrongDraftObjectives: [String] = []
    /// Drafts whose `arcObjective(of:)` differs from the feasible objective.
    var wrongArcObjectives: [String] = []

    init(solution: SearchSolution) {
        self.solution = solution
    }

    /// Evaluates the expected routes exactly.
    func expectation(_ changes: [(slot: Int, sequence: [Int])]) -> ExpectedMove {
        let objectives = changes.map { solution.exactObjective(slot: $0.slot, sequence: $0.sequence) }
        let chainChange = solution.chainChange(replacing: changes)
        var routeDelta: Double? = chainChange == nil ? nil : 0
        for (change, objective) in zip(changes, objectives) {
            guard let objective, let sum = routeDelta else {
                routeDelta = nil
                break
            }
            routeDelta = sum + objective - solution.routeObjective[change.slot]
        }
        return ExpectedMove(
            changes: changes, objectives: objectives, routeDelta: routeDelta,
            penaltyDelta: solution.penaltyChange(replacing: changes), chainDelta: chainChange ?? 0)
    }

    /// Checks what an evaluator returned for a candidate with the bound it
    /// used: a returned move must match `expected` exactly, and a feasible
    /// candidate whose delta is clearly below the bound must be returned.
    mutating func check(
        _ label: @autoclosure () -> String, returned: SearchMove?, expected: ExpectedMove, bound: Double
    ) {
        candidates += 1
        if expected.isFeasible {
            feasibleCandidates += 1
        }
        guard let move = returned else {
            if let routeDelta = expected.routeDelta {
                let delta = routeDelta + expected.sideDelta
                if delta < bound, !isClose(delta, bound) {
                    feasibleRejected.append("\(label()): exact delta \(delta), bound \(bound)")
                }
            }
            return
        }

        returnedMoves += 1
        guard let routeDelta = expected.routeDelta else {
            infeasibleAccepted.append("\(label()): predicted delta \(move.delta)")
            return
        }
        let drafts = [move.first] + (move.second.map { [$0] } ?? [])
        let predicted = [move.firstObjective, move.secondObjective]
        guard drafts.count == expected.changes.count else {
            wrongSequences.append("\(label()): \(drafts.count) routes changed, expected \(expected.changes.count)")
            return
        }
        for (index, draft) in drafts.enumerated() {
            let change = expected.changes[index]
            let written = solution.sequence(of: draft)
            if draft.slot != change.slot || written != change.sequence {
                wrongSequences.append(
                    "\(label()): route \(draft.slot) becomes \(written), expected route \(change.slot) \(change.sequence)")
            }
            if let exact = expected.objectives[index], !isClose(predicted[index], exact) {
                wrongObjectives.append("\(label()): route \(change.slot) predicted \(predicted[index]), exact \(exact)")
            }
        }
        // The penalty part is compared apart, because a penalty of 1e9 would
        // hide a route error inside the relative tolerance.
        if !isClose(move.delta - expected.sideDelta, routeDelta) {
            wrongDeltas.append(
                "\(label()): predicted \(move.delta - expected.sideDelta) without penalties, exact \(routeDelta)")
        }
        if !(move.delta < bound) {
            wrongDeltas.append("\(label()): returned delta \(move.delta) is not below the bound \(bound)")
        }
    }

    /// Checks drafts of the expected routes: `evaluate` with no bound must
    /// return the move exactly when every route is feasible, and each
    /// draft's `objective(of:)` and `arcObjective(of:)` must agree with the
    /// schedule evaluation.
    mutating func checkDrafts(_ label: @autoclosure () -> String, _ drafts: [RouteDraft], expected: ExpectedMove) {
        precondition(drafts.count == expected.changes.count && (1...2).contains(drafts.count))
        let returned = solution.evaluate(
            drafts[0], drafts.count > 1 ? drafts[1] : nil, penaltyChange: expected.penaltyDelta, bound: .infinity)
        check("\(label()), no bound", returned: returned, expected: expected, bound: .infinity)

        for (index, draft) in drafts.enumerated() {
            let exact = expected.objectives[index]
            let fast = solution.objective(of: draft)
            switch (fast, exact) {
            case (nil, nil):
                break
            case (let fast?, let exact?) where isClose(fast, exact):
                break
            default:
                wrongDraftObjectives.append(
                    "\(label()): route \(draft.slot) objective(of:) \(String(describing: fast)), exact \(String(describing: exact))"
                )
            }
            if let arcs = solution.arcObjective(of: draft), let exact, !isClose(arcs, exact) {
                wrongArcObjectives.append("\(label()): route \(draft.slot) arcObjective \(arcs), exact \(exact)")
            }
        }
    }

    /// Records a candidate the operator must reject without evaluating,
    /// such as a string holding an appointment.
    mutating func checkRejected(_ label: @autoclosure () -> String, returned: Bool) {
        candidates += 1
        if returned {
            returnedMoves += 1
            infeasibleAccepted.append("\(label()): moves a pinned task or makes no move")
        }
    }

    /// Records one expectation per kind of disagreement, each listing the
    /// first few cases.
    ///
    /// - Parameters:
    ///   - requiresCandidates: whether the solution must have offered at
    ///     least one candidate. Only the fast suite's cases are known to
    ///     offer candidates to every operator. In a long run, some random
    ///     territories offer one operator no candidate, so that case checks
    ///     nothing for it.
    func expectAgreement(requiresCandidates: Bool = true, sourceLocation: SourceLocation = #_sourceLocation) {
        func sample(_ list: [String]) -> Comment {
            Comment(rawValue: "\(list.count) of \(candidates) candidates, for example:\n" + list.prefix(5).joined(separator: "\n"))
        }
        if requiresCandidates, !PropertyCases.isLong {
            #expect(candidates > 0, "no candidate was checked", sourceLocation: sourceLocation)
        }
        #expect(wrongSequences.count == 0, sample(wrongSequences), sourceLocation: sourceLocation)
        #expect(wrongObjectives.count == 0, sample(wrongObjectives), sourceLocation: sourceLocation)
        #expect(wrongDeltas.count == 0, sample(wrongDeltas), sourceLocation: sourceLocation)
        #expect(infeasibleAccepted.count == 0, sample(infeasibleAccepted), sourceLocation: sourceLocation)
        #expect(feasibleRejected.count == 0, sample(feasibleRejected), sourceLocation: sourceLocation)
        #expect(wrongDraftObjectives.count == 0, sample(wrongDraftObjectives), sourceLocation: sourceLocation)
        #expect(wrongArcObjectives.count == 0, sample(wrongArcObjectives), sourceLocation: sourceLocation)
    }
}

/// Every operator's evaluator, run on every candidate of small random
/// territories, against the full schedule evaluation of the routes the
/// operator should produce.
@Suite("Move evaluation")
struct MoveEvaluationTests {
    private static let bound = -LocalSearch.improvementThreshold

    @Test(arguments: SearchCase.all)
    func startSolutionMatchesScheduleEvaluation(_ searchCase: SearchCase) throws {
        let solution = try SearchFixture(searchCase).solution

        for slot in solution.routes.indices {
            let exact = solution.exactObjective(slot: slot, sequence: solution.routes[slot])
            #expect(exact.map { isClose($0, solution.routeObjective[slot]) } == true, "route \(slot)")
        }
    }

    @Test(arguments: SearchCase.all)
    func moveStringMatchesScheduleEvaluation(_ searchCase: SearchCase) throws {
        let fixture = try SearchFixture(searchCase)
        let solution = fixture.solution
        let search = LocalSearch(model: fixture.model, operators: SearchOperator.all)
        let routes = solution.routes
        var audit = MoveAudit(solution: solution)

        for source in routes.indices {
            for target in routes.indices where target != source {
                for from in routes[source].indices {
                    for length in 1...3 where from + length <= routes[source].count {
                        for reversed in length > 1 ? [false, true] : [false] {
                            for after in -1..<routes[target].count {
                                let label = "move \(from)+\(length)\(reversed ? " reversed" : "") of route \(source) after \(after) of route \(target)"
                                var move = SearchMove.none
                                let found = search.moveString(
                                    source, from, length, reversed: reversed, to: target, after: after, in: solution,
                                    into: &move)
                                if solution.holdsPinned(route: source, from: from, length: length) {
                                    audit.checkRejected(label, returned: found)
                                    continue
                                }

                                let sequences = ExpectedSequence.moveString(
                                    routes[source], from: from, length: length, reversed: reversed, to: routes[target],
                                    after: after)
                                let expected = audit.expectation([(source, sequences.source), (target, sequences.target)])
                                audit.check(label, returned: found ? move : nil, expected: expected, bound: Self.bound)

                                let remaining = RouteDraft(slot: source, prefixEnd: from, suffixStart: from + length)
                                let grown = RouteDraft(
                                    slot: target, prefixEnd: after + 1,
                                    .range(source, from, from + length - 1, reversed: reversed), suffixStart: after + 1)
                                audit.checkDrafts(label, [remaining, grown], expected: expected)
                            }
                        }
                    }
                }
            }
        }
        audit.expectAgreement()
    }

    @Test(arguments: SearchCase.all)
    func exchangeMatchesScheduleEvaluation(_ searchCase: SearchCase) throws {
        let fixture = try SearchFixture(searchCase)
        let solution = fixture.solution
        let search = LocalSearch(model: fixture.model, operators: SearchOperator.all)
        let routes = solution.routes
        var audit = MoveAudit(solution: solution)

        for first in routes.indices {
            for second in routes.indices where second > first {
                for p in routes[first].indices {
                    for a in 1...3 where p + a <= routes[first].count {
                        for q in routes[second].indices {
                            for b in 1...3 where q + b <= routes[second].count {
                                let label = "exchange \(p)+\(a) of route \(first) with \(q)+\(b) of route \(second)"
                                var move = SearchMove.none
                                let found = search.exchange(first, p, a, second, q, b, in: solution, into: &move)
                                if solution.holdsPinned(route: first, from: p, length: a)
                                    || solution.holdsPinned(route: second, from: q, length: b)
                                {
                                    audit.checkRejected(label, returned: found)
                                    continue
                                }

                                let sequences = ExpectedSequence.exchange(routes[first], p, a, routes[second], q, b)
                                let expected = audit.expectation([(first, sequences.0), (second, sequences.1)])
                                audit.check(label, returned: found ? move : nil, expected: expected, bound: Self.bound)

                                let newFirst = RouteDraft(
                                    slot: first, prefixEnd: p, .range(second, q, q + b - 1), suffixStart: p + a)
                                let newSecond = RouteDraft(
                                    slot: second, prefixEnd: q, .range(first, p, p + a - 1), suffixStart: q + b)
                                audit.checkDrafts(label, [newFirst, newSecond], expected: expected)
                            }
                        }
                    }
                }
            }
        }
        audit.expectAgreement()
    }

    @Test(arguments: SearchCase.all)
    func swapTailsMatchesScheduleEvaluation(_ searchCase: SearchCase) throws {
        let fixture = try SearchFixture(searchCase)
        let solution = fixture.solution
        let search = LocalSearch(model: fixture.model, operators: SearchOperator.all)
        let routes = solution.routes
        var audit = MoveAudit(solution: solution)

        // Positions one before the first task and one after the last give
        // whole routes and empty tails.
        for first in routes.indices {
            for second in routes.indices where second != first {
                for p in -1..<routes[first].count {
                    for q in 0...routes[second].count {
                        let label = "2-opt* after \(p) of route \(first) and from \(q) of route \(second)"
                        var move = SearchMove.none
                        let found = search.swapTails(first, p, second, q, in: solution, into: &move)
                        let sequences = ExpectedSequence.swapTails(routes[first], p, routes[second], q)
                        let expected = audit.expectation([(first, sequences.0), (second, sequences.1)])
                        audit.check(label, returned: found ? move : nil, expected: expected, bound: Self.bound)

                        let newFirst = RouteDraft(slot: first, prefixEnd: p + 1, suffixRoute: second, suffixStart: q)
                        let newSecond = RouteDraft(slot: second, prefixEnd: q, suffixRoute: first, suffixStart: p + 1)
                        audit.checkDrafts(label, [newFirst, newSecond], expected: expected)
                    }
                }
            }
        }
        audit.expectAgreement()
    }

    @Test(arguments: SearchCase.all)
    func moveWithinMatchesScheduleEvaluation(_ searchCase: SearchCase) throws {
        let fixture = try SearchFixture(searchCase)
        let solution = fixture.solution
        let search = LocalSearch(model: fixture.model, operators: SearchOperator.all)
        let routes = solution.routes
        var audit = MoveAudit(solution: solution)

        for route in routes.indices {
            let sequence = routes[route]
            for from in sequence.indices {
                for length in 1...3 where from + length <= sequence.count {
                    for reversed in length > 1 ? [false, true] : [false] {
                        for after in -1..<sequence.count {
                            let label = "move \(from)+\(length)\(reversed ? " reversed" : "") after \(after) in route \(route)"
                            var move = SearchMove.none
                            let found = search.moveWithin(
                                route, from, length, reversed: reversed, after: after, in: solution, into: &move)
                            guard !solution.holdsPinned(route: route, from: from, length: length),
                                let moved = ExpectedSequence.moveWithin(
                                    sequence, from: from, length: length, reversed: reversed, after: after)
                            else {
                                audit.checkRejected(label, returned: found)
                                continue
                            }

                            let expected = audit.expectation([(route, moved)])
                            audit.check(label, returned: found ? move : nil, expected: expected, bound: Self.bound)

                            let to = from + length - 1
                            let string = RoutePiece.range(route, from, to, reversed: reversed)
                            let draft =
                                if after > to {
                                    RouteDraft(
                                        slot: route, prefixEnd: from, .range(route, to + 1, after), string,
                                        suffixStart: after + 1)
                                } else if after < from - 1 {
                                    RouteDraft(
                                        slot: route, prefixEnd: after + 1, string, .range(route, after + 1, from - 1),
                                        suffixStart: to + 1)
                                } else {
                                    RouteDraft(slot: route, prefixEnd: from, string, suffixStart: to + 1)
                                }
                            audit.checkDrafts(label, [draft], expected: expected)
                        }
                    }
                }
            }
        }
        audit.expectAgreement()
    }

    @Test(arguments: SearchCase.all)
    func swapWithinMatchesScheduleEvaluation(_ searchCase: SearchCase) throws {
        let fixture = try SearchFixture(searchCase)
        let solution = fixture.solution
        let search = LocalSearch(model: fixture.model, operators: SearchOperator.all)
        let routes = solution.routes
        var audit = MoveAudit(solution: solution)

        for route in routes.indices {
            let sequence = routes[route]
            for p in sequence.indices {
                for q in sequence.indices where q != p {
                    let label = "swap \(p) and \(q) in route \(route)"
                    var move = SearchMove.none
                    let found = search.swapWithin(route, p, q, in: solution, into: &move)
                    if solution.model.isPinned[sequence[p]] || solution.model.isPinned[sequence[q]] {
                        audit.checkRejected(label, returned: found)
                        continue
                    }

                    let (low, high) = (min(p, q), max(p, q))
                    let expected = audit.expectation([(route, ExpectedSequence.swapWithin(sequence, p, q))])
                    audit.check(label, returned: found ? move : nil, expected: expected, bound: Self.bound)

                    let draft = RouteDraft(
                        slot: route, prefixEnd: low, .range(route, high, high), .range(route, low + 1, high - 1),
                        .range(route, low, low), suffixStart: high + 1)
                    audit.checkDrafts(label, [draft], expected: expected)
                }
            }
        }
        audit.expectAgreement()
    }

    @Test(arguments: SearchCase.all)
    func reverseMatchesScheduleEvaluation(_ searchCase: SearchCase) throws {
        let fixture = try SearchFixture(searchCase)
        let solution = fixture.solution
        let search = LocalSearch(model: fixture.model, operators: SearchOperator.all)
        let routes = solution.routes
        var audit = MoveAudit(solution: solution)

        for route in routes.indices {
            let sequence = routes[route]
            for p in sequence.indices {
                for q in sequence.indices where q != p {
                    let label = "2-opt between \(p) and \(q) in route \(route)"
                    var move = SearchMove.none
                    let found = search.reverse(route, between: p, and: q, in: solution, into: &move)
                    let (low, high) = (min(p, q), max(p, q))
                    if high - low < 2 || solution.holdsPinned(route: route, from: low + 1, length: high - low) {
                        audit.checkRejected(label, returned: found)
                        continue
                    }

                    let expected = audit.expectation([(route, ExpectedSequence.reverse(sequence, low, high))])
                    audit.check(label, returned: found ? move : nil, expected: expected, bound: Self.bound)

                    let draft = RouteDraft(
                        slot: route, prefixEnd: low + 1, .range(route, low + 1, high, reversed: true),
                        suffixStart: high + 1)
                    audit.checkDrafts(label, [draft], expected: expected)
                }
            }
        }
        audit.expectAgreement()
    }

    @Test(arguments: SearchCase.all)
    func replacementMatchesScheduleEvaluation(_ searchCase: SearchCase) throws {
        let fixture = try SearchFixture(searchCase)
        let solution = fixture.solution
        let model = fixture.model
        let search = LocalSearch(model: model, operators: SearchOperator.all)
        var audit = MoveAudit(solution: solution)

        for u in 0..<model.taskCount where solution.routeOf[u] >= 0 && !model.isPinned[u] {
            for v in solution.unplannedTasks where !model.isPinned[v] {
                let route = solution.routeOf[u]
                let removed = solution.position[u]
                var inPlace = solution.routes[route]
                inPlace[removed] = v
                var sequences = [inPlace]
                for w in model.neighbours[v] where w != u && solution.routeOf[w] == route {
                    let q = solution.position[w]
                    for position in [q, q + 1] where position != removed && position != removed + 1 {
                        var sequence = solution.routes[route]
                        sequence.insert(v, at: position)
                        sequence.remove(at: position < removed ? removed + 1 : removed)
                        sequences.append(sequence)
                    }
                }
                let expectations = sequences.map { audit.expectation([(route, $0)]) }
                let deltas = expectations.compactMap { expected in expected.routeDelta.map { $0 + expected.sideDelta } }
                let label = "replace \(u) by \(v) in route \(route)"

                let returned = search.replacement(of: u, by: v, in: solution)
                let written = returned.map { solution.sequence(of: $0.first) }
                let cheapest = expectations.min { ($0.routeDelta ?? .infinity) < ($1.routeDelta ?? .infinity) }
                guard let expected = expectations.first(where: { $0.changes[0].sequence == written }) ?? cheapest else {
                    continue
                }
                audit.check(label, returned: returned, expected: expected, bound: Self.bound)
                if let returned, let best = deltas.min(), best < returned.delta, !isClose(best, returned.delta) {
                    audit.wrongDeltas.append("\(label): returned delta \(returned.delta), best position \(best)")
                }
            }
        }
        audit.expectAgreement()
    }

    @Test(arguments: SearchCase.all)
    func relocationFindsCheapestEmptyRoute(_ searchCase: SearchCase) throws {
        let fixture = try SearchFixture(searchCase)
        let solution = fixture.solution
        let model = fixture.model
        let search = LocalSearch(model: model, operators: SearchOperator.all)
        var audit = MoveAudit(solution: solution)
        let emptyRoutes = solution.routes.indices.filter { solution.routes[$0].isEmpty }

        for u in 0..<model.taskCount where solution.routeOf[u] >= 0 && !model.isPinned[u] {
            let route = solution.routeOf[u]
            var remaining = solution.routes[route]
            remaining.remove(at: solution.position[u])
            let label = "relocate \(u) from route \(route) to an empty route"

            // The cheapest feasible choice among all empty routes.
            var cheapest: ExpectedMove?
            if !remaining.isEmpty {
                for slot in emptyRoutes {
                    let candidate = audit.expectation([(route, remaining), (slot, [u])])
                    guard let delta = candidate.routeDelta.map({ $0 + candidate.chainDelta }) else { continue }
                    if cheapest.map({ delta < $0.routeDelta! + $0.chainDelta }) ?? true {
                        cheapest = candidate
                    }
                }
            }

            let move = search.relocationToEmptyRoute(u, in: solution)
            guard let cheapest else {
                #expect(move == nil, "\(label): no empty route admits it, but a move was returned")
                continue
            }
            guard let move, let target = move.second?.slot else {
                Issue.record("\(label): empty routes admit it, but no move was returned")
                continue
            }
            audit.check(
                label, returned: move, expected: audit.expectation([(route, remaining), (target, [u])]),
                bound: .infinity)
            #expect(
                isClose(move.delta, cheapest.routeDelta! + cheapest.chainDelta), "\(label): not the cheapest empty route")
        }
        audit.expectAgreement(requiresCandidates: false)
    }

    @Test(arguments: SearchCase.all)
    func insertionAndRemovalMatchScheduleEvaluation(_ searchCase: SearchCase) throws {
        let fixture = try SearchFixture(searchCase)
        let solution = fixture.solution
        let model = fixture.model
        var audit = MoveAudit(solution: solution)

        for task in solution.unplannedTasks where !model.isPinned[task] {
            var cheapest: Double?
            for route in solution.routes.indices {
                var cheapestInRoute: Double?
                for position in 0...solution.routes[route].count {
                    var sequence = solution.routes[route]
                    sequence.insert(task, at: position)
                    let expected = audit.expectation([(route, sequence)])
                    let draft = RouteDraft(slot: route, prefixEnd: position, .task(task), suffixStart: position)
                    audit.checkDrafts("insert \(task) at \(position) of route \(route)", [draft], expected: expected)
                    // A chain's cadence changes with the day, not the position.
                    if let delta = expected.routeDelta.map({ $0 + expected.chainDelta }) {
                        cheapestInRoute = min(cheapestInRoute ?? delta, delta)
                    }
                }

                let label = "best insertion of \(task) into route \(route)"
                switch (solution.bestInsertion(of: task, route: route), cheapestInRoute) {
                case (nil, nil):
                    break
                case (let best?, let exact?):
                    #expect(isClose(best.delta + model.penalty[task], exact), "\(label): \(best.delta) + penalty, exact \(exact)")
                case (let best, let exact):
                    Issue.record("\(label): \(String(describing: best?.delta)), exact \(String(describing: exact))")
                }
                if let delta = cheapestInRoute {
                    cheapest = min(cheapest ?? delta, delta)
                }
            }

            let best = solution.bestInsertion(of: task)
            #expect(
                (best == nil) == (cheapest == nil),
                "best insertion of \(task) is \(String(describing: best?.delta)), exact route delta \(String(describing: cheapest))")
            if let best, let cheapest {
                #expect(
                    isClose(best.delta + model.penalty[task], cheapest),
                    "best insertion of \(task): \(best.delta) + penalty, exact route delta \(cheapest)")
            }
        }

        for task in 0..<model.taskCount where solution.routeOf[task] >= 0 && !model.isPinned[task] {
            let route = solution.routeOf[task]
            let position = solution.position[task]
            var sequence = solution.routes[route]
            sequence.remove(at: position)
            let draft = RouteDraft(slot: route, prefixEnd: position, suffixStart: position + 1)
            audit.checkDrafts("remove \(task) from route \(route)", [draft], expected: audit.expectation([(route, sequence)]))
        }
        audit.expectAgreement()
    }
}
