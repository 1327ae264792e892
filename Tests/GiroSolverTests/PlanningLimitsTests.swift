import Foundation
import Giro
import Testing

@Suite("Planning limits")
struct PlanningLimitsTests {
    private static let demoPath = SharedDatasets.repositoryRoot.appendingPathComponent("datasets/demo-northern-italy.json")
        .path

    @Test func cancelledSearchReturnsValidPlan() throws {
        let territory = try TerritoryFile.load(path: Self.demoPath)
        let cancellation = PlanningCancellation()
        var lastSteps = -1

        let options = PlannerOptions(seed: 1, iterationLimit: 1_000_000)
        let plan = try Planner(territory: territory).plan(options: options, cancellation: cancellation) { progress in
            guard progress.phase != .construction else { return }
            lastSteps = progress.iterations
            cancellation.cancel()
        }

        #expect(lastSteps == 0)
        let report = try PlanValidator(territory: territory).validate(plan)
        #expect(report.isValid, "\(report.description)")
        #expect(plan.visitCount > 0)
    }

    @Test func cancelDuringConstructionKeepsRequiredVisits() throws {
        let territory = try TerritoryFile.load(path: Self.demoPath)
        let cancellation = PlanningCancellation()
        cancellation.cancel()

        let planner = try Planner(territory: territory)
        let cancelled = planner.plan(options: PlannerOptions(seed: 1, iterationLimit: 5), cancellation: cancellation)
        let constructionOnly = planner.plan(options: PlannerOptions(seed: 1, operators: [], metaheuristic: .none))

        let report = try PlanValidator(territory: territory).validate(cancelled)
        #expect(report.isValid, "\(report.description)")
        #expect(Set(cancelled.unplanned.map(\.id)).isSubset(of: constructionOnly.unplanned.map(\.id)))
    }

    /// Twelve overdue customers and twelve that may be seen early, around
    /// home on a five-day horizon with room for all of them.
    private static var dueAndEarlyCustomers: Territory {
        var builder = FieldCaseBuilder()
        builder.days = 5
        for index in 0..<12 {
            let angle = Double(index) * .pi / 6
            builder.add(
                "due\(index)", x: 20 * cos(angle), y: 20 * sin(angle), service: 30, cadenceDays: 14,
                lastVisit: monday.adding(days: -30))
            builder.add(
                "early\(index)", x: 15 * cos(angle), y: 15 * sin(angle), service: 30, cadenceDays: 28,
                lastVisit: monday.adding(days: -20))
        }
        return builder.territory
    }

    @Test(arguments: [ConstructionHeuristic.regretInsertion(k: 2), .cheapestInsertion])
    func passedLimitPlacesDueCustomers(construction: ConstructionHeuristic) throws {
        let territory = Self.dueAndEarlyCustomers
        let planner = try Planner(territory: territory)

        let rushed = planner.plan(options: PlannerOptions(seed: 1, timeLimit: 0, construction: construction))
        let unhurried = planner.plan(options: PlannerOptions(seed: 1, iterationLimit: 20, construction: construction))

        for plan in [rushed, unhurried] {
            let report = try PlanValidator(territory: territory).validate(plan)
            #expect(report.isValid, "\(report.description)")
        }
        let rushedVisits = Set(rushed.routes.flatMap(\.stops).compactMap(\.customerID))
        let unhurriedVisits = Set(unhurried.routes.flatMap(\.stops).compactMap(\.customerID))
        #expect(rushedVisits == Set((0..<12).map { "due\($0)" }))
        #expect(rushed.unplanned.isEmpty)
        #expect(unhurriedVisits.isStrictSuperset(of: rushedVisits), "with time, some early visits pay for their drive")
    }

    @Test func oneCallPlanMatchesTwoSteps() throws {
        let territory = try TerritoryFile.load(path: Self.demoPath)
        let options = PlannerOptions(seed: 3, iterationLimit: 10)
        var lastElapsed = Duration.zero

        let (planner, plan) = try Planner.plan(territory: territory, options: options) { lastElapsed = $0.elapsed }

        #expect(plan == planner.plan(options: options))
        #expect(lastElapsed > .zero)
        let rushed = try Planner.plan(territory: territory, options: PlannerOptions(seed: 3, timeLimit: 0)).plan
        #expect(try PlanValidator(territory: territory).validate(rushed).isValid)
    }

    @Test func uncancelledTokenChangesNothing() throws {
        let territory = try TerritoryFile.load(path: Self.demoPath)
        let planner = try Planner(territory: territory)
        let options = PlannerOptions(seed: 3, iterationLimit: 10)

        let withToken = planner.plan(options: options, cancellation: PlanningCancellation())
        let without = planner.plan(options: options)

        #expect(withToken == without)
    }

    @Test func cancellationIsSticky() {
        let cancellation = PlanningCancellation()
        #expect(!cancellation.isCancelled)

        cancellation.cancel()
        cancellation.cancel()
        #expect(cancellation.isCancelled)
    }

    @Test func sizeCountsDistinctPlacesTasksAndSlots() {
        let monday = CalendarDate(year: 2027, month: 3, day: 8)!
        let shared = Location.geographic(latitude: 45.5, longitude: 9.5)
        let hours = WorkingHours.weekdays(TimeWindow(start: 8 * 3600, end: 17 * 3600))
        let territory = Territory(
            horizon: Horizon(start: monday, days: 3),
            reps: [
                Rep(id: "R1", home: .geographic(latitude: 45, longitude: 9), workingHours: hours),
                Rep(id: "R2", home: .geographic(latitude: 45, longitude: 9), workingHours: hours, speedFactor: 0.8),
            ],
            customers: [
                Customer(id: "C1", location: shared, visitDuration: 1800),
                Customer(id: "C2", location: shared, visitDuration: 1800),
                Customer(id: "C3", location: .geographic(latitude: 45.7, longitude: 9.1), visitDuration: 1800),
            ],
            appointments: [
                Appointment(
                    id: "A1", repID: "R1", location: .geographic(latitude: 45.2, longitude: 9.3), kind: .fixed(date: monday),
                    window: TimeWindow(start: 9 * 3600, end: 10 * 3600), duration: 3600)
            ])

        let size = PlanningSize(territory: territory)

        #expect(size.locations == 4)
        #expect(size.tasks == 4)
        #expect(size.slots == 6)
        #expect(size.speedFactors == 2)
        #expect(size.estimatedBytes >= 16 << 20)
    }

    @Test func territoryAboveTheMemoryLimitIsRejected() throws {
        let territory = try TerritoryFile.load(path: Self.demoPath)

        do {
            _ = try Planner(territory: territory, memoryLimit: 1_000_000)
            Issue.record("a territory above the memory limit was accepted")
        } catch {
            guard case .tooLarge(let size, let limit) = error else {
                Issue.record("unexpected error \(error)")
                return
            }
            #expect(limit == 1_000_000)
            #expect(size.estimatedBytes > limit)
            #expect(error.description.contains("too large to plan"))
            #expect(error.description.contains("\(size.locations) locations"))
        }
    }

    /// A single territory of 40,000 customers needs tens of gigabytes for its
    /// travel matrices; the planner rejects it before allocating them.
    @Test func hugeTerritoryIsRejectedUpFront() {
        let monday = CalendarDate(year: 2027, month: 3, day: 8)!
        var customers: [Customer] = []
        for index in 0..<40_000 {
            let latitude = 40.0 + Double(index % 200) / 100
            let longitude = 9.0 + Double(index / 200) / 100
            customers.append(
                Customer(id: "C\(index)", location: .geographic(latitude: latitude, longitude: longitude), visitDuration: 1800))
        }
        let territory = Territory(
            horizon: Horizon(start: monday, days: 20),
            reps: [Rep(id: "R1", home: .geographic(latitude: 41, longitude: 10), workingHours: WorkingHours())],
            customers: customers)

        let size = PlanningSize(territory: territory)
        #expect(size.estimatedBytes > 20_000_000_000)
        #expect(throws: PlanningError.self) {
            try Planner(territory: territory, memoryLimit: 8_000_000_000)
        }
    }
}
