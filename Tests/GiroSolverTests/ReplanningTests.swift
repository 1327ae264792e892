import Giro
import Testing

/// Re-planning during the first day: the plan starts at the given time and
/// place, and visits logged as done that day count for the cadence.
@Suite("Re-planning")
struct ReplanningTests {
    private static let overdue = monday.adding(days: -20)

    /// Two days; A and B are due, B sits where the rep is at 13:00.
    private static var twoDays: FieldCaseBuilder {
        var builder = FieldCaseBuilder()
        builder.days = 2
        builder.add("A", x: -10, y: 0, service: 30, cadenceDays: 14, lastVisit: overdue)
        builder.add("B", x: 10, y: 0, service: 30, cadenceDays: 14, lastVisit: overdue)
        return builder
    }

    private static func replanned(done: [String]) -> Territory {
        var territory = twoDays.territory
        territory.horizon.startTime = clock(13, 0)
        territory.horizon.startLocation = .planar(x: 10, y: 0)
        territory.visitHistory += done.map { PastVisit(customerID: $0, date: monday) }
        return territory
    }

    private static func plan(_ territory: Territory) throws -> Plan {
        let plan = try Planner(territory: territory).plan()
        let report = try PlanValidator(territory: territory).validate(plan)
        #expect(report.isValid, "\(report.description)")
        return plan
    }

    @Test func firstDayStartsAtTheGivenTimeAndPlace() throws {
        let plan = try Self.plan(Self.replanned(done: []))

        let first = try #require(plan.routes.first { $0.date == monday })
        #expect(first.departure >= clock(13, 0))
        let stop = try #require(first.stops.first)
        #expect(stop.customerID == "B")
        #expect(stop.arrival == first.departure)
    }

    @Test func visitDoneTodayIsNotRepeated() throws {
        let plan = try Self.plan(Self.replanned(done: ["A"]))

        let visited = plan.routes.flatMap(\.stops).compactMap(\.customerID)
        #expect(!visited.contains("A"))
        #expect(!plan.unplanned.contains { $0.id == "A" })
        #expect(visited.contains("B"))
    }

    @Test func validatorRejectsSecondVisitOnTheSameDay() throws {
        let plan = try Self.plan(Self.replanned(done: []))
        #expect(plan.routes.flatMap(\.stops).contains { $0.customerID == "B" })

        let report = try PlanValidator(territory: Self.replanned(done: ["B"])).validate(plan)

        let cadence = report.violations.filter { $0.rule == .cadence }
        #expect(cadence.contains { $0.message.contains("already visited") }, "\(report.description)")
    }

    /// EARLY lies in the morning before the re-plan; LATE starts at 13:30,
    /// 20 minutes' drive from where the rep is at 13:00.
    @Test func appointmentBeforeTheReplanTimeIsListed() throws {
        var territory = Self.replanned(done: [])
        territory.appointments = [
            Appointment(
                id: "EARLY", customerID: "A", kind: .fixed(date: monday),
                window: TimeWindow(start: clock(9, 0), end: clock(10, 0)), duration: minutes(60)),
            Appointment(
                id: "LATE", customerID: "A", kind: .fixed(date: monday),
                window: TimeWindow(start: clock(13, 30), end: clock(14, 30)), duration: minutes(60)),
        ]

        let plan = try Self.plan(territory)

        let early = try #require(plan.unplanned.first { $0.id == "EARLY" })
        #expect(early.message.contains("before the re-plan time 13:00"), "\(early.message)")
        let first = try #require(plan.routes.first { $0.date == monday })
        #expect(first.stops.contains { $0.appointmentID == "LATE" })
        #expect(first.departure >= clock(13, 0))
    }

    /// Returns the two days with a lunch break of 45 minutes in
    /// 12:00–14:30, re-planned from `time`.
    private static func withLunch(replannedFrom time: Int) -> Territory {
        var builder = twoDays
        builder.breakRule = BreakRule(frame: TimeWindow(start: clock(12, 0), end: clock(14, 30)), duration: minutes(45))
        var territory = builder.territory
        territory.horizon.startTime = time
        return territory
    }

    /// A route that spans the break frame, re-planned from 13:00: the break
    /// comes after 13:00.
    @Test func breakFrameOpensAtTheReplanTime() throws {
        let plan = try Self.plan(Self.withLunch(replannedFrom: clock(13, 0)))

        let first = try #require(plan.routes.first { $0.date == monday })
        let pause = try #require(first.breakTaken)
        #expect(pause.start >= clock(13, 0))
    }

    /// Re-planned from 14:00, when a 45-minute break can no longer fit in
    /// 12:00–14:30, the first day needs none.
    @Test func breakThatNoLongerFitsIsNotPlanned() throws {
        let plan = try Self.plan(Self.withLunch(replannedFrom: clock(14, 0)))

        let first = try #require(plan.routes.first { $0.date == monday })
        #expect(first.breakTaken == nil)
    }

    /// R has a reservation and was visited before the re-plan: the visit
    /// fulfils the reservation, so R is neither planned nor listed.
    @Test func visitDoneTodayFulfilsTheReservation() throws {
        var territory = Self.replanned(done: ["A"])
        territory.reservations = [Reservation(id: "RES-A", customerID: "A")]

        let plan = try Self.plan(territory)

        #expect(!plan.routes.flatMap(\.stops).contains { $0.customerID == "A" })
        #expect(plan.unplanned.isEmpty, "\(plan.unplanned)")
    }
}
