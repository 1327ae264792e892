import Giro
import Testing

@Suite("Customer explanations")
struct CustomerExplanationTests {
    private static let overdue = monday.adding(days: -30)

    /// One two-hour day: the reservation of R, 40 minutes from home, fills
    /// it, so the due customer A is left out. N was seen five days ago, and
    /// M has no cadence.
    private static var fullDay: FieldCaseBuilder {
        var builder = FieldCaseBuilder()
        builder.hours = WorkingHours.weekdays(TimeWindow(start: clock(8, 0), end: clock(10, 0)))
        builder.add("R", x: 40, y: 0, service: 30, cadenceDays: 14, lastVisit: overdue)
        builder.reservations.append(Reservation(id: "RES-R", customerID: "R"))
        builder.add("A", x: -5, y: 0, service: 30, cadenceDays: 14, lastVisit: overdue)
        builder.add("N", x: 5, y: 0, service: 30, cadenceDays: 28, lastVisit: monday.adding(days: -5))
        builder.add("M", x: 5, y: 5, service: 30)
        return builder
    }

    private func explain(_ id: String, in builder: FieldCaseBuilder) throws -> CustomerExplanation? {
        let planner = try Planner(territory: builder.territory)
        return planner.explain(customerID: id, in: planner.plan())
    }

    @Test func plannedCustomerListsItsVisit() throws {
        let explanation = try #require(try explain("R", in: Self.fullDay))

        #expect(explanation.status == .planned)
        #expect(explanation.visits.map(\.date) == [monday])
        #expect(explanation.dueDate == Self.overdue.adding(days: 14))
        #expect(explanation.lastVisit == Self.overdue)
        #expect(explanation.cheapestDay == nil)
    }

    @Test func dueCustomerCarriesItsReason() throws {
        let explanation = try #require(try explain("A", in: Self.fullDay))

        guard case .unplanned(let entry) = explanation.status else {
            Issue.record("expected an unplanned customer, got \(explanation.status)")
            return
        }
        #expect(entry.reason == .noTimeLeft)
        #expect(explanation.visits.isEmpty)
        #expect(explanation.candidateDays == 1)
        #expect(explanation.cheapestDay == nil)
    }

    @Test func customerNotYetEligibleGivesEligibleDate() throws {
        let explanation = try #require(try explain("N", in: Self.fullDay))

        #expect(explanation.status == .notYetEligible)
        #expect(explanation.dueDate == monday.adding(days: 23))
        // 0.7 × 28 days = 19.6, so the 20th day after the last visit.
        #expect(explanation.eligibleFrom == monday.adding(days: 15))
        #expect(explanation.candidateDays == 0)
    }

    @Test func manualCustomerHasNoCadence() throws {
        let explanation = try #require(try explain("M", in: Self.fullDay))

        #expect(explanation.status == .manual)
        #expect(explanation.cadenceDays == nil)
        #expect(explanation.dueDate == nil)
    }

    @Test func unknownCustomerHasNoExplanation() throws {
        #expect(try explain("Z", in: Self.fullDay) == nil)
    }

    /// A two-day horizon with room to spare: A, due, is planned on one day,
    /// so moving its visit to the other day changes no driving.
    @Test func plannedVisitMovesToTheCheapestOtherDay() throws {
        var builder = FieldCaseBuilder()
        builder.days = 2
        builder.add("A", x: 10, y: 0, service: 30, cadenceDays: 14, lastVisit: Self.overdue)

        let explanation = try #require(try explain("A", in: builder))

        #expect(explanation.status == .planned)
        let visit = try #require(explanation.visits.first)
        let day = try #require(explanation.cheapestDay)
        #expect(day.movedFrom == visit.date)
        #expect(day.date != visit.date)
        #expect(day.extraDrivingTime == 0)
    }

    /// E, 100 minutes from home, may be visited early but is due on the
    /// day after the horizon. Its cadence benefit on Monday (0.32 cadence
    /// units, 11,520 s) is less than the 200-minute drive (12,000 s), so the
    /// plan leaves it out, and Monday would cost 480 s more.
    @Test func earlyVisitThatDoesNotPayIsPriced() throws {
        var builder = FieldCaseBuilder()
        builder.days = 2
        builder.add("E", x: 100, y: 0, service: 30, cadenceDays: 10, lastVisit: monday.adding(days: -8))

        let explanation = try #require(try explain("E", in: builder))

        #expect(explanation.status == .notDue)
        let day = try #require(explanation.cheapestDay)
        #expect(day.movedFrom == nil)
        #expect(day.date == monday)
        #expect(day.extraDrivingTime == minutes(200))
        #expect(abs(day.objectiveChange - 480) < 1e-6)
    }
}
