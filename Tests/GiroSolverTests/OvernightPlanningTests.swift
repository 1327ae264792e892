import Giro
import Testing

/// Planning with nights away: far customers reached on two-day trips, the
/// night cost weighed against the driving it saves, and the night limits.
/// Every plan is checked by the validator in `FieldCaseBuilder.plan()`.
@Suite("Planner with overnight stays")
struct OvernightPlanningTests {
    /// Makes a hotel on the planar map, where one unit is one minute.
    private static func hotel(_ id: String, x: Double, y: Double = 0) -> Hotel {
        Hotel(id: id, location: .planar(x: x, y: y))
    }

    /// Home (0, 0), hotel O (270, 0), two days 08:00–18:00, and R1 to R4 at
    /// x = 240, 260, 280 and 300 with two-hour visits. A day trip fits only
    /// R1: 240 + 120 + 240 = 600 minutes, the whole day. With a night at O,
    /// day 1 takes R1 and R2 and ends at O at 16:30, and day 2 leaves O at
    /// 08:00 for R3 and R4 and is home at 17:30. R3 does not fit on day 1
    /// too, because it would end at 18:40.
    private static func farTrip(withHotel: Bool) -> FieldCaseBuilder {
        var builder = FieldCaseBuilder()
        builder.days = 2
        if withHotel {
            builder.overnightRule = OvernightRule(allowedNights: [.monday], hotels: [hotel("O", x: 270)])
        }
        for (id, x) in [("R1", 240.0), ("R2", 260.0), ("R3", 280.0), ("R4", 300.0)] {
            builder.required(id, x: x, y: 0, service: 120)
        }
        return builder
    }

    @Test func farCustomersAreReachedThroughHotelNight() throws {
        let plan = try Self.farTrip(withHotel: true).plan()

        #expect(plan.unplanned.isEmpty)
        #expect(plan.routes.count == 2)
        let first = try #require(plan.routes.first)
        let second = try #require(plan.routes.last)
        let hotel = Location.planar(x: 270, y: 0)

        #expect(first.date == monday)
        #expect(first.departure == clock(8, 0))
        #expect(first.stops.map(\.customerID) == ["R1", "R2"])
        #expect(first.stops.map(\.serviceStart) == [clock(12, 0), clock(14, 20)])
        #expect(first.stops.map(\.serviceEnd) == [clock(14, 0), clock(16, 20)])
        #expect(first.endLocation == hotel)
        #expect(first.arrival == clock(16, 30))

        #expect(second.date == monday.adding(days: 1))
        #expect(second.startLocation == hotel)
        #expect(second.departure == clock(8, 0))
        #expect(Set(second.stops.compactMap(\.customerID)) == ["R3", "R4"])
        #expect(second.endLocation == .planar(x: 0, y: 0))
        #expect(second.arrival == clock(17, 30))
    }

    @Test func noVisitSpansTheNight() throws {
        let plan = try Self.farTrip(withHotel: true).plan()

        for route in plan.routes {
            for stop in route.stops {
                #expect(stop.serviceStart >= route.departure)
                #expect(stop.serviceEnd <= route.arrival)
            }
        }
    }

    @Test func dayTripsAloneReachOnlyNearestCustomer() throws {
        let plan = try Self.farTrip(withHotel: false).plan()

        #expect(plan.customerSequences == [["R1"]])
        #expect(plan.unplanned.count == 3)
        #expect(Set(plan.unplanned.map(\.id)) == ["R-R2", "R-R3", "R-R4"])
        #expect(plan.routes.allSatisfy { $0.endLocation == .planar(x: 0, y: 0) })
    }

    @Test func nightWithoutHotelIsSpentAtLastCustomer() throws {
        var builder = Self.farTrip(withHotel: false)
        builder.overnightRule = OvernightRule(allowedNights: [.monday])
        let plan = try builder.plan()

        #expect(plan.unplanned.isEmpty)
        #expect(plan.routes.count == 2)
        let first = try #require(plan.routes.first)
        let second = try #require(plan.routes.last)
        let lastCustomer = try #require(builder.customers.first { $0.id == first.stops.last?.customerID })
        #expect(first.endLocation == lastCustomer.location)
        #expect(first.arrival == first.stops.last?.serviceEnd)
        #expect(second.startLocation == lastCustomer.location)
    }

    /// Builds A at (200, 0) and B at (210, 0) with two-hour visits, two
    /// days, and hotel O at (205, 0). The two do not fit in one day trip
    /// (660 minutes), so day trips drive 400 + 420 = 820 minutes. A night at
    /// O drives 205 + 215 = 420 minutes, 400 minutes (24,000 s) less.
    private static func twoFarCustomers(nightCost: Double) -> FieldCaseBuilder {
        var builder = FieldCaseBuilder()
        builder.days = 2
        builder.settings.nightCost = nightCost
        builder.overnightRule = OvernightRule(allowedNights: [.monday], hotels: [hotel("O", x: 205)])
        builder.required("A", x: 200, y: 0, service: 120)
        builder.required("B", x: 210, y: 0, service: 120)
        return builder
    }

    @Test func nightPlannedOnlyWhenItSavesMoreThanItsCost() throws {
        let expensive = try Self.twoFarCustomers(nightCost: 30_000).plan()
        let cheap = try Self.twoFarCustomers(nightCost: 20_000).plan()

        #expect(expensive.unplanned.isEmpty)
        #expect(expensive.routes.allSatisfy { $0.endLocation == .planar(x: 0, y: 0) })
        #expect(expensive.routes.reduce(0) { $0 + $1.drivingTime } == minutes(820))

        #expect(cheap.unplanned.isEmpty)
        #expect(cheap.routes.first?.endLocation == .planar(x: 205, y: 0))
        #expect(cheap.routes.last?.startLocation == .planar(x: 205, y: 0))
        #expect(cheap.routes.reduce(0) { $0 + $1.drivingTime } == minutes(420))
        #expect(cheap.objective < expensive.objective)
    }

    /// C1 to C3 at x = 100, 110 and 120, five-hour visits that need a day
    /// each, three days, and hotel O at (110, 0) where C2 is. Nights at O
    /// after Monday and Tuesday save most driving.
    private static func threeDayTrip(inRow: Int? = nil, perWeek: Int? = nil) -> FieldCaseBuilder {
        var builder = FieldCaseBuilder()
        builder.days = 3
        builder.settings.nightCost = 60
        builder.overnightRule = OvernightRule(
            allowedNights: [.monday, .tuesday], hotels: [hotel("O", x: 110)], maximumConsecutiveNights: inRow,
            maximumNightsPerWeek: perWeek)
        builder.required("C1", x: 100, y: 0, service: 300)
        builder.required("C2", x: 110, y: 0, service: 300)
        builder.required("C3", x: 120, y: 0, service: 300)
        return builder
    }

    private static func nightsAway(_ plan: Plan) -> Int {
        plan.routes.filter { $0.endLocation != .planar(x: 0, y: 0) }.count
    }

    @Test func nightsWithoutLimitFollowEveryAllowedDay() throws {
        let plan = try Self.threeDayTrip().plan()

        #expect(plan.unplanned.isEmpty)
        #expect(Self.nightsAway(plan) == 2)
    }

    @Test func nightsInRowKeepTheirLimit() throws {
        let plan = try Self.threeDayTrip(inRow: 1).plan()

        #expect(plan.unplanned.isEmpty)
        #expect(Self.nightsAway(plan) == 1)
    }

    @Test func nightsPerWeekKeepTheirLimit() throws {
        let plan = try Self.threeDayTrip(perWeek: 1).plan()

        #expect(plan.unplanned.isEmpty)
        #expect(Self.nightsAway(plan) == 1)
    }
}
