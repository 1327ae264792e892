import Foundation
import Giro
@testable import GiroSolver
import Testing

/// Every construction heuristic, for parameterised tests.
private let allHeuristics: [ConstructionHeuristic] = [
    .cheapestInsertion, .regretInsertion(k: 2), .regretInsertion(k: 3), .savings, .solomonI1, .sweep,
]

/// Plans a territory with one heuristic and checks the plan with the
/// validator.
private func validPlan(_ territory: Territory, with heuristic: ConstructionHeuristic) throws -> Plan {
    let plan = try Planner(territory: territory).plan(options: PlannerOptions(construction: heuristic))
    let report = try PlanValidator(territory: territory).validate(plan)
    guard report.isValid else {
        throw ValidationFailure(report: report)
    }
    return plan
}

/// Two reps with capacity 10 living 20 minutes apart, and eight customers
/// with 30-minute visits, demands summing to 19 and windows of one to three
/// hours, so that neither rep can take all of them.
private func twoRepTerritory() -> Territory {
    let hours = WorkingHours.weekdays(TimeWindow(start: clock(8, 0), end: clock(17, 0)))
    let reps = [
        Rep(id: "west", home: .planar(x: 0, y: 0), workingHours: hours, capacity: 10),
        Rep(id: "east", home: .planar(x: 20, y: 0), workingHours: hours, capacity: 10),
    ]
    let rows: [(id: String, x: Double, y: Double, demand: Double, window: (Int, Int))] = [
        ("A", -5, 10, 3, (clock(8, 0), clock(10, 0))),
        ("B", 5, 15, 2, (clock(9, 0), clock(12, 0))),
        ("C", 10, -10, 3, (clock(13, 0), clock(15, 0))),
        ("D", 15, 12, 2, (clock(10, 0), clock(11, 0))),
        ("E", 25, 8, 3, (clock(8, 30), clock(11, 30))),
        ("F", 30, -6, 2, (clock(12, 0), clock(15, 0))),
        ("G", 22, -15, 2, (clock(14, 0), clock(16, 0))),
        ("H", -8, -8, 2, (clock(11, 0), clock(13, 0))),
    ]
    let customers = rows.map { row in
        Customer(
            id: row.id, location: .planar(x: row.x, y: row.y), visitDuration: minutes(30),
            openingHours: .everyDay([TimeWindow(start: row.window.0, end: row.window.1)]), demand: row.demand)
    }
    return Territory(
        name: "two reps", horizon: Horizon(start: monday, days: 1),
        travel: .euclidean(EuclideanParameters(secondsPerUnit: 60)), reps: reps, customers: customers,
        reservations: customers.map { Reservation(id: "R-\($0.id)", customerID: $0.id) })
}

/// Two reps over two days with a lunch break, a fixed appointment, two
/// windows for one customer, reservations, and cadence customers that are
/// due or may be seen early.
private func twoDayTerritory() -> Territory {
    let hours = WorkingHours.weekdays(TimeWindow(start: clock(8, 0), end: clock(16, 0)))
    let lunch = BreakRule(frame: TimeWindow(start: clock(12, 0), end: clock(13, 30)), duration: minutes(30))
    let reps = [
        Rep(id: "north", home: .planar(x: 0, y: 10), workingHours: hours, breakRule: lunch),
        Rep(id: "south", home: .planar(x: 0, y: -10), workingHours: hours, breakRule: lunch),
    ]
    let lastVisit = monday.adding(days: -12)
    var customers = [
        Customer(id: "meeting", location: .planar(x: 5, y: 15), repID: "north", visitDuration: minutes(60)),
        Customer(
            id: "split", location: .planar(x: 12, y: 0), visitDuration: minutes(45),
            openingHours: .everyDay([
                TimeWindow(start: clock(8, 0), end: clock(9, 30)), TimeWindow(start: clock(14, 0), end: clock(15, 0)),
            ])),
    ]
    for (index, point) in [(-10.0, 12.0), (8.0, 20.0), (15.0, -12.0), (-6.0, -18.0)].enumerated() {
        customers.append(
            Customer(id: "reserved-\(index)", location: .planar(x: point.0, y: point.1), visitDuration: minutes(40)))
    }
    for (index, point) in [(-14.0, 4.0), (18.0, 6.0), (3.0, -22.0)].enumerated() {
        customers.append(
            Customer(
                id: "due-\(index)", location: .planar(x: point.0, y: point.1), visitDuration: minutes(30),
                cadenceDays: 10, lastVisit: lastVisit))
    }
    for (index, point) in [(-2.0, 8.0), (6.0, -9.0)].enumerated() {
        customers.append(
            Customer(
                id: "early-\(index)", location: .planar(x: point.0, y: point.1), visitDuration: minutes(30),
                cadenceDays: 20, lastVisit: monday.adding(days: -15)))
    }
    let reserved = customers.filter { $0.id == "split" || $0.id.hasPrefix("reserved-") }
    let appointment = Appointment(
        id: "meeting-1", repID: "north", customerID: "meeting", kind: .fixed(date: monday),
        window: TimeWindow(start: clock(10, 0), end: clock(11, 0)), duration: minutes(60))
    return Territory(
        name: "two days", horizon: Horizon(start: monday, days: 2),
        travel: .euclidean(EuclideanParameters(secondsPerUnit: 60)), reps: reps, customers: customers,
        appointments: [appointment], reservations: reserved.map { Reservation(id: "R-\($0.id)", customerID: $0.id) })
}

@Suite("Construction heuristics")
struct ConstructionHeuristicTests {
    // MARK: - Names

    @Test(arguments: allHeuristics + [.regretInsertion(k: 9)])
    func nameRoundTrips(heuristic: ConstructionHeuristic) {
        #expect(ConstructionHeuristic(name: heuristic.description) == heuristic)
    }

    @Test func regretNameMeansRegretTwo() {
        #expect(ConstructionHeuristic(name: "regret") == .regretInsertion(k: 2))
        #expect(ConstructionHeuristic(name: "regret-2") == .regretInsertion(k: 2))
        #expect(ConstructionHeuristic.standard.description == "regret")
    }

    @Test(arguments: ["", "Savings", "regret-1", "regret-10", "regret-", "regret-x", "i2", " sweep"])
    func unknownNameIsRejected(name: String) {
        #expect(ConstructionHeuristic(name: name) == nil)
    }

    // MARK: - Small territories

    @Test(arguments: allHeuristics)
    func twoRepsServeEveryReservation(heuristic: ConstructionHeuristic) throws {
        let territory = twoRepTerritory()
        let plan = try validPlan(territory, with: heuristic)

        #expect(plan.unplanned.isEmpty)
        #expect(plan.visitCount == 8)
        #expect(Set(plan.routes.map(\.repID)) == ["west", "east"])
        for route in plan.routes {
            #expect(route.load <= 10)
        }
    }

    @Test(arguments: allHeuristics)
    func twoDaysKeepAppointmentAndMandatoryVisits(heuristic: ConstructionHeuristic) throws {
        let territory = twoDayTerritory()
        let plan = try validPlan(territory, with: heuristic)
        let visited = Set(plan.routes.flatMap(\.stops).compactMap(\.customerID))

        #expect(plan.unplanned.isEmpty)
        #expect(plan.routes.flatMap(\.stops).contains { $0.appointmentID == "meeting-1" })
        for customer in territory.customers where customer.id != "meeting" && !customer.id.hasPrefix("early-") {
            #expect(visited.contains(customer.id), "\(customer.id) is not visited")
        }
    }

    @Test(arguments: allHeuristics)
    func impossibleReservationIsReportedNotForced(heuristic: ConstructionHeuristic) throws {
        var territory = twoRepTerritory()
        // Opens at 16:50 for a 30-minute visit, so it cannot end before the
        // working day does at 17:00.
        territory.customers.append(
            Customer(
                id: "late", location: .planar(x: 2, y: 2), visitDuration: minutes(30),
                openingHours: .everyDay([TimeWindow(start: clock(16, 50), end: clock(16, 55))])))
        territory.reservations.append(Reservation(id: "R-late", customerID: "late"))
        let plan = try validPlan(territory, with: heuristic)

        #expect(plan.unplanned.map(\.id) == ["R-late"])
        #expect(plan.visitCount == 8)
    }

    @Test(arguments: allHeuristics)
    func constructionIsDeterministic(heuristic: ConstructionHeuristic) throws {
        let territory = twoDayTerritory()
        let first = try validPlan(territory, with: heuristic)
        let second = try validPlan(territory, with: heuristic)

        #expect(first == second)
    }

    @Test(arguments: [
        SolomonInsertion(seedRule: .earliestDeadline),
        SolomonInsertion(seedRule: .farthest, alpha1: 0.5, alpha2: 0.5),
    ])
    func solomonVariantsGiveValidPlans(placement: SolomonInsertion) throws {
        for territory in [twoRepTerritory(), twoDayTerritory()] {
            let planner = try Planner(territory: territory)
            let result = TieredConstruction(problem: planner.problem).run(placing: placement)
            let plan = planner.makePlan(routes: result.routes, failed: result.failed)
            let report = try PlanValidator(territory: territory).validate(plan)

            #expect(report.isValid, "\(report.description)")
            #expect(plan.unplanned.isEmpty)
        }
    }

    // MARK: - Sweep order

    @Test func sweepStartsAfterLargestGap() throws {
        var territory = twoRepTerritory()
        territory.reps = [territory.reps[0]]
        territory.customers = [
            Customer(id: "east", location: .planar(x: 10, y: 0), visitDuration: minutes(10)),
            Customer(id: "north", location: .planar(x: 0, y: 10), visitDuration: minutes(10)),
            Customer(id: "north-east", location: .planar(x: 8, y: 8), visitDuration: minutes(10)),
            Customer(id: "south-east", location: .planar(x: 8, y: -8), visitDuration: minutes(10)),
        ]
        territory.reservations = territory.customers.map { Reservation(id: "R-\($0.id)", customerID: $0.id) }
        let problem = try PlanningProblem(territory: territory)
        let tasks = Array(problem.tasks.indices)
        let order = SweepConstruction().sweepOrder(tasks, slot: 0, problem: problem)
        let names = order.compactMap { problem.tasks[$0].customerIndex.map { territory.customers[$0].id } }

        // Angles −45°, 0°, 45°, 90°: the largest gap, 225°, runs from north
        // round to south-east, so the sweep starts at south-east.
        #expect(names == ["south-east", "east", "north-east", "north"])
    }

    @Test func geographicAngleScalesLongitude() throws {
        let origin = Coordinate.geographic(latitude: 60, longitude: 10)
        // At 60° north one degree of longitude is half a degree of latitude
        // long, so 2° east and 1° north lie at 45°.
        let angle = try #require(
            SweepConstruction.polarAngle(of: .geographic(latitude: 61, longitude: 12), around: origin))

        #expect(abs(angle - Double.pi / 4) < 1e-9)
        #expect(SweepConstruction.polarAngle(of: .planar(x: 1, y: 1), around: origin) == nil)
    }
}

@Suite(
    "Construction heuristics on Solomon instances",
    .enabled(if: SharedDatasets.isPresent, "needs ../shared/datasets"))
struct ConstructionHeuristicSolomonTests {
    /// Regret-2 is the default, which the Solomon planning tests already run
    /// on these instances. Regret-3 differs only in k. Both stay out to keep
    /// the debug run short.
    @Test(arguments: [ConstructionHeuristic.cheapestInsertion, .savings, .solomonI1, .sweep], ["C101", "R101", "RC201"])
    func heuristicServesEveryCustomer(heuristic: ConstructionHeuristic, instance: String) throws {
        let folder = try #require(SharedDatasets.folder("solomon"))
        let territory = try SolomonReader.load(path: folder.appendingPathComponent("\(instance).txt").path)
        let plan = try validPlan(territory, with: heuristic)

        #expect(plan.unplanned.isEmpty)
        #expect(plan.visitCount == 100)
        #expect(plan.routes.count <= territory.reps.count)
    }
}
