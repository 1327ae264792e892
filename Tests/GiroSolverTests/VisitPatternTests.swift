import Foundation
import Giro
@testable import GiroSolver
import Testing

/// Customers with visit patterns: visited once on each date of one pattern,
/// required like a reservation, and left out whole when no pattern fits.
@Suite("Visit patterns")
struct VisitPatternTests {
    private static let tuesday = monday.adding(days: 1)
    private static let thursday = monday.adding(days: 3)
    private static let friday = monday.adding(days: 4)

    private static func visitDates(of customerID: String, in plan: Plan) -> [CalendarDate] {
        plan.routes.filter { route in route.stops.contains { $0.customerID == customerID } }.map(\.date).sorted()
    }

    private static func validate(_ plan: Plan, _ territory: Territory) throws -> ValidationReport {
        try PlanValidator(territory: territory).validate(plan)
    }

    /// P may go Monday and Thursday or Tuesday and Friday; Q, at the same
    /// place, is reserved and blocked on every day but Tuesday. Tuesday and
    /// Friday share Q's trip: 40 minutes of driving against 60.
    @Test func patternSharingATripIsChosen() throws {
        var builder = FieldCaseBuilder()
        builder.days = 5
        builder.add("P", x: 6, y: 8, service: 30)
        builder.required("Q", x: 6, y: 8, service: 30)
        builder.customers[0].visitPatterns = [[monday, Self.thursday], [Self.tuesday, Self.friday]]
        builder.customers[1].blocks = [
            DateRange(first: monday, last: monday), DateRange(first: monday.adding(days: 2), last: Self.friday),
        ]
        let territory = builder.territory

        let plan = try Planner(territory: territory).plan(options: PlannerOptions(seed: 3, iterationLimit: 200))
        let report = try Self.validate(plan, territory)

        #expect(report.isValid, "\(report)")
        #expect(Self.visitDates(of: "P", in: plan) == [Self.tuesday, Self.friday])
        #expect(plan.routes.reduce(0) { $0 + $1.drivingTime } == minutes(40))
        #expect(plan.unplanned.isEmpty)
    }

    /// Several pattern customers with three-day patterns in a week, planned
    /// with every operator so that each move's chain delta is checked
    /// against the recomputed objective in debug builds.
    @Test func searchKeepsEveryPatternWhole() throws {
        var builder = FieldCaseBuilder()
        builder.days = 5
        let weekA = [monday, monday.adding(days: 2), Self.friday]
        let weekB = [Self.tuesday, Self.thursday, Self.friday]
        for index in 0..<6 {
            let angle = Double(index) * 1.1
            builder.add("P\(index)", x: 20 * cos(angle), y: 20 * sin(angle), service: 20)
            builder.customers[index].visitPatterns = index.isMultiple(of: 2) ? [weekA, weekB] : [weekB, weekA]
        }
        let territory = builder.territory

        let plan = try Planner(territory: territory).plan(options: PlannerOptions(seed: 5, iterationLimit: 300))
        let report = try Self.validate(plan, territory)

        #expect(report.isValid, "\(report)")
        #expect(plan.unplanned.isEmpty)
        for customer in territory.customers {
            let dates = Self.visitDates(of: customer.id, in: plan)
            #expect(dates == weekA || dates == weekB, "\(customer.id) on \(dates)")
        }
    }

    /// P must be seen Monday and Tuesday, but Q's nine-hour visit fills
    /// Tuesday. P gets no visit at all, not even on the free Monday.
    @Test func patternWithoutRoomLeavesCustomerOut() throws {
        var builder = FieldCaseBuilder()
        builder.days = 2
        builder.add("P", x: 6, y: 8, service: 60)
        builder.required("Q", x: -6, y: 8, service: 540)
        builder.customers[0].visitPatterns = [[monday, Self.tuesday]]
        builder.customers[1].blocks = [DateRange(first: monday, last: monday)]
        let territory = builder.territory

        let plan = try Planner(territory: territory).plan(options: PlannerOptions(seed: 1, iterationLimit: 100))
        let report = try Self.validate(plan, territory)

        #expect(report.isValid, "\(report)")
        #expect(Self.visitDates(of: "P", in: plan).isEmpty)
        let entry = try #require(plan.unplanned.first { $0.id == "P" })
        #expect(entry.kind == .customer)
        #expect(entry.reason == .noTimeLeft)
        #expect(entry.message.contains("visit patterns"))
    }

    @Test func cadenceWithPatternsIsInvalidData() throws {
        var builder = FieldCaseBuilder()
        builder.days = 2
        builder.add("P", x: 6, y: 8, service: 30, cadenceDays: 7)
        builder.customers[0].visitPatterns = [[monday]]
        let territory = builder.territory

        let plan = try Planner(territory: territory).plan()

        #expect(plan.routes.isEmpty)
        let entry = try #require(plan.unplanned.first)
        #expect(entry.reason == .invalidData)
        #expect(entry.message.contains("both a cadence and visit patterns"))
    }

    @Test func patternOnDayOffIsBlocked() throws {
        var builder = FieldCaseBuilder()
        builder.days = 7
        builder.add("P", x: 6, y: 8, service: 30)
        builder.customers[0].visitPatterns = [[monday, monday.adding(days: 5)]]
        let territory = builder.territory

        let plan = try Planner(territory: territory).plan()

        #expect(plan.routes.isEmpty)
        #expect(plan.unplanned.first?.reason == .blocked)
        #expect(try Self.validate(plan, territory).isValid)
    }

    /// A pattern with one of its two visits planned loses that visit too,
    /// and the routes of other customers stay as they are.
    @Test func incompletePatternIsDropped() throws {
        var builder = FieldCaseBuilder()
        builder.days = 5
        builder.add("P", x: 6, y: 8, service: 30)
        builder.add("Q", x: -6, y: 8, service: 30, cadenceDays: 7)
        builder.customers[0].visitPatterns = [[monday, Self.thursday]]
        let planner = try Planner(territory: builder.territory)
        let problem = planner.problem
        let chains = CadenceChains(problem: problem, duePenalty: 1, requiredPenalty: 100)
        let pattern = try #require(chains.tasks.first)
        let other = try #require(problem.tasks.indices.first { !pattern.contains($0) })
        var routes = Array(repeating: [Int](), count: problem.slots.count)
        let mondaySlot = try #require(problem.slots.indices.first { problem.slots[$0].dayIndex == 0 })
        routes[mondaySlot] = [pattern[0], other]

        let remaining = planner.withoutIncompletePatterns(routes, chains: chains)
        routes[mondaySlot] = [pattern[0], other]
        let complete = try #require(problem.slots.indices.first { problem.slots[$0].dayIndex == 3 })
        routes[complete] = [pattern[1]]
        let whole = planner.withoutIncompletePatterns(routes, chains: chains)

        #expect(remaining[mondaySlot] == [other])
        #expect(remaining.joined().count == 1)
        #expect(whole == routes)
    }

    /// The chain of a pattern customer costs the required penalty per
    /// missing visit, and days off its patterns are infeasible.
    @Test func patternChainValue() throws {
        var builder = FieldCaseBuilder()
        builder.days = 5
        builder.add("P", x: 6, y: 8, service: 30)
        builder.customers[0].visitPatterns = [[monday, Self.thursday], [Self.tuesday, Self.friday]]
        let planner = try Planner(territory: builder.territory)
        let chains = CadenceChains(problem: planner.problem, duePenalty: 1, requiredPenalty: 100)

        func value(_ days: [Int]) -> Double? {
            days.withUnsafeBufferPointer { chains.value(chain: 0, sortedDays: $0) }
        }
        #expect(chains.count == 1)
        #expect(chains.isPattern(0))
        #expect(value([0, 3]) == 0)
        #expect(value([1, 4]) == 0)
        #expect(value([4]) == 100)
        #expect(value([]) == 200)
        #expect(value([0, 4]) == nil)
        #expect(value([3, 3]) == nil)
        #expect(value([2]) == nil)
    }
}

extension VisitPatternTests {
    /// An unplanned customer with two-date patterns gets no cheapest day,
    /// because one day alone does not complete a pattern.
    @Test func explanationOffersNoSingleDay() throws {
        var builder = FieldCaseBuilder()
        builder.days = 2
        builder.add("P", x: 6, y: 8, service: 60)
        builder.required("Q", x: -6, y: 8, service: 540)
        builder.customers[0].visitPatterns = [[monday, monday.adding(days: 1)]]
        builder.customers[1].blocks = [DateRange(first: monday, last: monday)]
        let planner = try Planner(territory: builder.territory)
        let plan = planner.plan(options: PlannerOptions(seed: 1, iterationLimit: 50))

        let explanation = try #require(planner.explain(customerID: "P", in: plan))

        #expect(explanation.visits.isEmpty)
        #expect(explanation.cheapestDay == nil)
    }
}
