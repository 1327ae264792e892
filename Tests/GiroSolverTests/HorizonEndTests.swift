import Giro
import Testing

/// Planning with the horizon's end location and with a free choice among
/// hotels in reach. Every plan is checked by the validator in
/// `FieldCaseBuilder.plan()`.
@Suite("Planner with a horizon end and hotel choice")
struct HorizonEndTests {
    private static let home = Location.planar(x: 0, y: 0)

    /// Two days 08:00–18:00 without an overnight rule. A at (100, 0) fits a
    /// day trip: 100 + 300 + 100 = 500 minutes. B at (250, 0) does not
    /// (250 + 300 + 250 = 800 minutes), but a day that ends at the horizon's
    /// end location (300, 0) fits it exactly: 250 + 300 + 50 = 600 minutes.
    private static func tripOnPastHorizon() -> FieldCaseBuilder {
        var builder = FieldCaseBuilder()
        builder.days = 2
        builder.endLocation = .planar(x: 300, y: 0)
        builder.required("A", x: 100, y: 0, service: 300)
        builder.required("B", x: 250, y: 0, service: 300)
        return builder
    }

    @Test func lastRouteEndsAtHorizonEnd() throws {
        let builder = Self.tripOnPastHorizon()
        let plan = try builder.plan()

        #expect(plan.unplanned.isEmpty)
        #expect(plan.routes.count == 2)
        let first = try #require(plan.routes.first)
        let last = try #require(plan.routes.last)
        #expect(first.date == monday)
        #expect(first.stops.compactMap(\.customerID) == ["A"])
        #expect(first.endLocation == Self.home)
        #expect(last.date == monday.adding(days: 1))
        #expect(last.stops.compactMap(\.customerID) == ["B"])
        #expect(last.endLocation == .planar(x: 300, y: 0))
        #expect(last.arrival == clock(18, 0))
    }

    @Test func horizonEndIsNoNightAway() throws {
        let builder = Self.tripOnPastHorizon()
        let plan = try builder.plan()
        let validator = try PlanValidator(territory: builder.territory)
        let kpis = validator.kpis(of: plan)

        #expect(kpis.nightsAway == 0)
        #expect(kpis.nightCost == 0)
        #expect(abs(plan.objective - validator.objective(of: plan)) <= 1e-6)
    }

    /// Two days 08:00–18:00. M at (200, 0) is open on Monday only and T at
    /// (260, 0) on Tuesday only, both with five-hour visits, so neither fits
    /// a day trip. Nights after Monday are allowed at hotels within 30
    /// minutes: N at (190, 0), 10 minutes from M, and F at (225, 0), 25
    /// minutes from M on the way to T. From N, Tuesday takes 70 + 300 + 260
    /// = 630 minutes and does not fit; from F it takes 35 + 300 + 260 = 595.
    private static func hotelOnTheWay(choice: HotelChoice) -> FieldCaseBuilder {
        var builder = FieldCaseBuilder()
        builder.days = 2
        builder.overnightRule = OvernightRule(
            allowedNights: [.monday], maximumDriveToHotel: minutes(30),
            hotels: [
                Hotel(id: "N", location: .planar(x: 190, y: 0)), Hotel(id: "F", location: .planar(x: 225, y: 0)),
            ],
            hotelChoice: choice)
        let allDay = [TimeWindow(start: 0, end: clock(24, 0))]
        builder.customers = [
            Customer(
                id: "M", location: .planar(x: 200, y: 0), visitDuration: minutes(300),
                openingHours: WeeklyWindows([.monday: allDay])),
            Customer(
                id: "T", location: .planar(x: 260, y: 0), visitDuration: minutes(300),
                openingHours: WeeklyWindows([.tuesday: allDay])),
        ]
        builder.reservations = [Reservation(id: "R-M", customerID: "M"), Reservation(id: "R-T", customerID: "T")]
        return builder
    }

    @Test func anyInReachPicksHotelOnTheWay() throws {
        let plan = try Self.hotelOnTheWay(choice: .anyInReach).plan()

        #expect(plan.unplanned.isEmpty)
        #expect(plan.customerSequences == [["M"], ["T"]])
        let first = try #require(plan.routes.first)
        let second = try #require(plan.routes.last)
        #expect(first.endLocation == .planar(x: 225, y: 0))
        #expect(second.startLocation == .planar(x: 225, y: 0))
        #expect(second.endLocation == Self.home)
        #expect(second.arrival == clock(17, 55))
    }

    @Test func nearestHotelLeavesTripUnplanned() throws {
        let plan = try Self.hotelOnTheWay(choice: .nearest).plan()

        #expect(plan.routes.isEmpty)
        #expect(Set(plan.unplanned.map(\.id)) == ["R-M", "R-T"])
    }

    /// Three days 08:00–18:00 from (0, 0) to the horizon end at (1500, 0),
    /// nights allowed after Monday and Tuesday at hotels P (500, 0) and Q
    /// (1000, 0), chosen freely within 600 minutes. A (250, 0), B (750, 0)
    /// and C (1250, 0) take an hour each. Only the nights at P and then Q
    /// fit all three: each day drives 500 minutes and visits one customer.
    /// Moving one night at a time never gets there, because a night at P
    /// alone leaves Tuesday unable to get home and Wednesday unable to reach
    /// the end.
    @Test func nightsThatOnlyFitTogetherArePlanned() throws {
        var builder = FieldCaseBuilder()
        builder.days = 3
        builder.endLocation = .planar(x: 1500, y: 0)
        builder.overnightRule = OvernightRule(
            allowedNights: [.monday, .tuesday], maximumDriveToHotel: minutes(600),
            hotels: [Hotel(id: "P", location: .planar(x: 500, y: 0)), Hotel(id: "Q", location: .planar(x: 1000, y: 0))],
            hotelChoice: .anyInReach)
        builder.required("A", x: 250, y: 0, service: 60)
        builder.required("B", x: 750, y: 0, service: 60)
        builder.required("C", x: 1250, y: 0, service: 60)
        let plan = try builder.plan()

        #expect(plan.unplanned.isEmpty)
        #expect(plan.customerSequences == [["A"], ["B"], ["C"]])
        #expect(plan.routes.map(\.endLocation) == [.planar(x: 500, y: 0), .planar(x: 1000, y: 0), .planar(x: 1500, y: 0)])
    }

    /// A rep who chooses hotels but works no day of the horizon, beside a
    /// rep whose rule makes nights active: the night-sequence search skips
    /// the rep without days.
    @Test func repWithoutWorkingDayIsSkipped() throws {
        var builder = FieldCaseBuilder()
        builder.days = 2
        builder.overnightRule = OvernightRule(
            allowedNights: [.monday], hotels: [Hotel(id: "P", location: .planar(x: 100, y: 0))],
            hotelChoice: .anyInReach)
        builder.required("A", x: 50, y: 0, service: 60)
        var territory = builder.territory
        var idle = territory.reps[0]
        idle.id = "idle"
        idle.daysOff = [monday, monday.adding(days: 1)]
        territory.reps.append(idle)

        let plan = try Planner(territory: territory).plan()
        let report = try PlanValidator(territory: territory).validate(plan)

        #expect(report.isValid, "\(report.description)")
        #expect(plan.routes.map(\.repID) == ["rep"])
    }
}
