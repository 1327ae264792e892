import Giro
@testable import GiroSolver
import Testing

/// A search over a small two-day trip with its tasks looked up by customer
/// id. Slot 0 is Monday and slot 1 Tuesday.
private struct NightFixture {
    let model: SearchModel
    let taskOf: [String: Int]

    init(_ builder: FieldCaseBuilder) throws {
        let problem = try PlanningProblem(territory: builder.territory)
        model = SearchModel(problem: problem, neighbourCount: 8)
        var taskOf: [String: Int] = [:]
        for (index, task) in problem.tasks.enumerated() {
            if let customer = task.customerIndex {
                taskOf[problem.territory.customers[customer].id] = index
            }
        }
        self.taskOf = taskOf
    }

    func solution(_ routes: [[String]]) -> SearchSolution {
        SearchSolution(model: model, routes: routes.map { $0.compactMap { taskOf[$0] } }, inactive: [])
    }
}

/// Returns a description of each route whose cached objective differs from
/// the full schedule evaluation with its current start, end and night.
private func staleRoutes(_ solution: SearchSolution) -> [String] {
    solution.routes.indices.compactMap { route in
        let exact = solution.exactObjective(slot: route, sequence: solution.routes[route]) ?? .nan
        let cached = solution.routeObjective[route]
        return isClose(exact, cached) ? nil : "route \(route): cached \(cached), exact \(exact)"
    }
}

@Suite("Night moves")
struct NightMoveTests {
    /// Builds A at (200, 0) and B at (210, 0) with two-hour visits, and
    /// hotel O at (205, 0). A night at O saves 820 − 420 = 400 minutes of
    /// driving.
    private static func twoFarCustomers() throws -> NightFixture {
        var builder = FieldCaseBuilder()
        builder.days = 2
        builder.overnightRule = OvernightRule(
            allowedNights: [.monday], hotels: [Hotel(id: "O", location: .planar(x: 205, y: 0))])
        builder.required("A", x: 200, y: 0, service: 120)
        builder.required("B", x: 210, y: 0, service: 120)
        return try NightFixture(builder)
    }

    @Test func openingAndClosingPredictTheirDelta() throws {
        let fixture = try Self.twoFarCustomers()
        var solution = fixture.solution([["A"], ["B"]])
        let nightCost = fixture.model.problem.territory.settings.nightCost

        let opening = try #require(solution.nightChange(after: 0))
        #expect(opening.location != nil)
        #expect(isClose(opening.delta, Double(minutes(420 - 820)) + nightCost))
        let before = solution.objective
        solution.apply(opening)
        #expect(isClose(solution.objective - before, opening.delta))
        #expect(solution.nights.isAway == [true, false])
        #expect(solution.nights.endLocation[0] == solution.nights.startLocation[1])
        #expect(staleRoutes(solution).isEmpty, "\(staleRoutes(solution))")

        let closing = try #require(solution.nightChange(after: 0))
        #expect(closing.location == nil)
        #expect(isClose(closing.delta, -opening.delta))
        solution.apply(closing)
        #expect(isClose(solution.objective, before))
        #expect(solution.nights.isAway == [false, false])
        #expect(staleRoutes(solution).isEmpty, "\(staleRoutes(solution))")
    }

    /// Home (0, 0), hotels O (270, 0) and P (230, 0), R1 to R4 at x = 240,
    /// 260, 280 and 300 with two-hour visits: a night after R2 goes to O,
    /// a night after R1 to P.
    private static func farTrip() throws -> NightFixture {
        var builder = FieldCaseBuilder()
        builder.days = 2
        builder.overnightRule = OvernightRule(
            allowedNights: [.monday],
            hotels: [Hotel(id: "O", location: .planar(x: 270, y: 0)), Hotel(id: "P", location: .planar(x: 230, y: 0))])
        for (id, x) in [("R1", 240.0), ("R2", 260.0), ("R3", 280.0), ("R4", 300.0)] {
            builder.required(id, x: x, y: 0, service: 120)
        }
        return try NightFixture(builder)
    }

    @Test func openingToFitPlacesFarVisits() throws {
        let fixture = try Self.farTrip()
        var solution = fixture.solution([["R1"], []])
        let before = solution.objective
        #expect(solution.unplannedTasks.count == 3)

        #expect(solution.nightChange(after: 0) == nil)
        let opened = solution.openNightToFit(after: 0)
        #expect(opened)

        #expect(solution.objective < before)
        // The trial inserts greedily; the local search around it places the
        // rest (see the planner tests).
        #expect(solution.unplannedTasks.count < 3)
        #expect(solution.nights.isAway == [true, false])
        #expect(solution.nights.endLocation[0] == solution.nights.startLocation[1])
        #expect(!solution.routes[1].isEmpty)
        #expect(staleRoutes(solution).isEmpty, "\(staleRoutes(solution))")
    }

    @Test func movesThatBreakTheNightAreInfeasible() throws {
        let fixture = try Self.farTrip()
        var solution = fixture.solution([["R1", "R2"], ["R3", "R4"]])
        let lastStop = try #require(fixture.taskOf["R2"])
        let opening = try #require(solution.evaluateNight(after: 0, at: solution.nightPlaces(after: lastStop, slot: 0).first))
        solution.apply(opening)
        #expect(solution.nights.isAway == [true, false])

        // R1 last: the nearest hotel becomes P, not the night's O.
        let withoutR2 = RouteDraft(slot: 0, prefixEnd: 1, suffixStart: 2)
        #expect(solution.objective(of: withoutR2) == nil)
        let swapped = RouteDraft(slot: 0, prefixEnd: 0, .range(0, 1, 1), .range(0, 0, 0), suffixStart: 2)
        #expect(solution.objective(of: swapped) == nil)

        // Tuesday starts at O, so it keeps a stop.
        let emptyTuesday = RouteDraft(slot: 1, prefixEnd: 0, suffixStart: 2)
        #expect(solution.objective(of: emptyTuesday) == nil)
        let emptied = solution.replaceIfFeasible(route: 1, with: [])
        #expect(!emptied)

        // Day trips cannot hold these visits, so the night stays open.
        #expect(solution.nightChange(after: 0) == nil)

        // Moves that keep R2 last stay feasible.
        let withoutR1 = RouteDraft(slot: 0, prefixEnd: 0, suffixStart: 1)
        #expect(solution.objective(of: withoutR1) != nil)
    }

    @Test func nightLimitBlocksOpening() throws {
        var builder = FieldCaseBuilder()
        builder.days = 3
        builder.overnightRule = OvernightRule(
            allowedNights: [.monday, .tuesday], hotels: [Hotel(id: "O", location: .planar(x: 110, y: 0))],
            maximumNightsPerWeek: 1)
        builder.required("C1", x: 100, y: 0, service: 300)
        builder.required("C2", x: 110, y: 0, service: 300)
        builder.required("C3", x: 120, y: 0, service: 300)
        let fixture = try NightFixture(builder)
        var solution = fixture.solution([["C1"], ["C2"], ["C3"]])

        let first = try #require(solution.nightChange(after: 0))
        solution.apply(first)

        #expect(!solution.nightLimitsAllowOpening(after: 1))
        #expect(solution.nightChange(after: 1) == nil)
    }
}
