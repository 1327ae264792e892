import GiroModel
import GiroValidator
import Testing

/// A two-day trip along the x axis, one unit a minute: home (0, 0), hotel O
/// at (270, 0), customers R1 to R4 at x = 240, 260, 280 and 300 with two-hour
/// visits. Monday visits R1 and R2 and ends at O at 16:30; Tuesday leaves O
/// at 08:00, visits R3 and R4 and is home at 17:30.
private enum FarTrip {
    static let hotel = Hotel(id: "O", location: point(270, 0))
    static let tuesday = day("2026-03-03")

    static func territory(
        rule: OvernightRule = rule(), days: Int = 2, start: CalendarDate = monday, endLocation: Location? = nil
    ) -> Territory {
        let customers = [
            makeCustomer("R1", at: point(240, 0), service: 120), makeCustomer("R2", at: point(260, 0), service: 120),
            makeCustomer("R3", at: point(280, 0), service: 120), makeCustomer("R4", at: point(300, 0), service: 120),
        ]
        return makeTerritory(
            rep: makeRep(hours: window("08:00", "18:00"), overnightRule: rule), customers: customers,
            horizon: Horizon(start: start, days: days, endLocation: endLocation))
    }

    static func rule(
        nights: Set<Weekday> = [.monday], hotels: [Hotel] = [hotel], maximumDriveToHotel: Int = minutes(30),
        minimumDistance: Double? = nil, minimumDrivingTime: Int? = nil, inRow: Int? = nil, perWeek: Int? = nil,
        hotelChoice: HotelChoice = .nearest
    ) -> OvernightRule {
        OvernightRule(
            allowedNights: nights, minimumDistanceFromHome: minimumDistance,
            minimumDrivingTimeFromHome: minimumDrivingTime, maximumDriveToHotel: maximumDriveToHotel, hotels: hotels,
            maximumConsecutiveNights: inRow, maximumNightsPerWeek: perWeek, hotelChoice: hotelChoice)
    }

    /// Monday: R1 and R2, night at O.
    static func firstDay(date: CalendarDate = monday) -> DayRoute {
        makeRoute(
            date: date, departure: "08:00",
            stops: [
                visitStop("R1", arrival: "12:00", start: "12:00", end: "14:00"),
                visitStop("R2", arrival: "14:20", start: "14:20", end: "16:20"),
            ],
            arrival: "16:30", driving: 270, distance: 270, working: 510, waiting: 0, end: hotel.location)
    }

    /// Tuesday: from O to R3 and R4, then home.
    static let secondDay = makeRoute(
        date: tuesday, departure: "08:00",
        stops: [
            visitStop("R3", arrival: "08:10", start: "08:10", end: "10:10"),
            visitStop("R4", arrival: "10:30", start: "10:30", end: "12:30"),
        ],
        arrival: "17:30", driving: 330, distance: 330, working: 570, waiting: 0, start: hotel.location)
}

@Suite struct OvernightStayRuleTests {
    @Test func twoDayTripThroughHotelIsValid() {
        let territory = FarTrip.territory()
        let report = validate(makePlan(territory, routes: [FarTrip.firstDay(), FarTrip.secondDay]), in: territory)

        #expect(report.isValid, "\(report)")
    }

    @Test func nightAtFartherHotelIsRejected() {
        let nearer = Hotel(id: "Q", location: point(262, 0))
        let territory = FarTrip.territory(rule: FarTrip.rule(hotels: [FarTrip.hotel, nearer], hotelChoice: .nearest))
        let report = validate(makePlan(territory, routes: [FarTrip.firstDay(), FarTrip.secondDay]), in: territory)

        let violations = report.violations(of: .overnightStay)
        #expect(report.violations.count == 1, "\(report)")
        #expect(violations.first?.date == monday)
        #expect(violations.first?.message.contains("nearest hotel") == true)
        #expect(violations.first?.message.contains("is Q at (262, 0)") == true)
    }

    @Test func anyInReachAcceptsFartherHotel() {
        let nearer = Hotel(id: "Q", location: point(262, 0))
        let rule = FarTrip.rule(hotels: [nearer, FarTrip.hotel], hotelChoice: .anyInReach)
        let territory = FarTrip.territory(rule: rule)
        let report = validate(makePlan(territory, routes: [FarTrip.firstDay(), FarTrip.secondDay]), in: territory)

        #expect(report.isValid, "\(report)")
    }

    @Test func anyInReachRejectsHotelOutOfReach() {
        let nearer = Hotel(id: "Q", location: point(262, 0))
        let rule = FarTrip.rule(hotels: [FarTrip.hotel, nearer], maximumDriveToHotel: minutes(5), hotelChoice: .anyInReach)
        let territory = FarTrip.territory(rule: rule)
        let report = validate(makePlan(territory, routes: [FarTrip.firstDay(), FarTrip.secondDay]), in: territory)

        let violations = report.violations(of: .overnightStay)
        #expect(report.violations.count == 1, "\(report)")
        #expect(violations.first?.date == monday)
        #expect(violations.first?.message.contains("spent at (270, 0), hotel O") == true)
        #expect(violations.first?.message.contains("not within 5 min of the last stop at (260, 0)") == true)
        #expect(violations.first?.message.contains("such as Q at (262, 0), 2 min away") == true)
    }

    @Test func anyInReachRejectsPlaceThatIsNoHotel() {
        let nearer = Hotel(id: "Q", location: point(262, 0))
        let territory = FarTrip.territory(rule: FarTrip.rule(hotels: [nearer], hotelChoice: .anyInReach))
        let report = validate(makePlan(territory, routes: [FarTrip.firstDay(), FarTrip.secondDay]), in: territory)

        let violations = report.violations(of: .overnightStay)
        #expect(report.violations.count == 1, "\(report)")
        #expect(violations.first?.message.contains("spent at (270, 0), which is not a hotel of the rule") == true)
        #expect(violations.first?.message.contains("within 30 min of the last stop") == true)
    }

    @Test func anyInReachWithoutHotelInReachMeansLastStop() {
        let rule = FarTrip.rule(maximumDriveToHotel: minutes(5), hotelChoice: .anyInReach)
        let territory = FarTrip.territory(rule: rule)
        let report = validate(makePlan(territory, routes: [FarTrip.firstDay(), FarTrip.secondDay]), in: territory)

        let violations = report.violations(of: .overnightStay)
        #expect(report.violations.count == 1, "\(report)")
        #expect(violations.first?.message.contains("at the last stop at (260, 0)") == true)
    }

    @Test func tripOnPastHorizonEndIsValid() throws {
        let territory = FarTrip.territory(rule: FarTrip.rule(inRow: 1, perWeek: 1), endLocation: point(400, 0))
        var lastDay = FarTrip.secondDay
        lastDay.endLocation = point(400, 0)
        lastDay.arrival = clock("14:10")
        lastDay.drivingTime = minutes(130)
        lastDay.distance = 130
        lastDay.workingTime = minutes(370)
        let plan = makePlan(territory, routes: [FarTrip.firstDay(), lastDay])
        let report = validate(plan, in: territory)
        let kpis = try PlanValidator(territory: territory).kpis(of: plan)

        #expect(report.isValid, "\(report)")
        #expect(kpis.nightsAway == 1)
        #expect(kpis.nightCost == territory.settings.nightCost)
    }

    @Test func hotelOutOfReachMeansNightAtLastStop() {
        let territory = FarTrip.territory(rule: FarTrip.rule(maximumDriveToHotel: minutes(5)))
        let report = validate(makePlan(territory, routes: [FarTrip.firstDay(), FarTrip.secondDay]), in: territory)

        let violations = report.violations(of: .overnightStay)
        #expect(report.violations.count == 1, "\(report)")
        #expect(violations.first?.message.contains("no hotel of the rule is within 5 min") == true)
        #expect(violations.first?.message.contains("at the last stop at (260, 0)") == true)
    }

    @Test func lastStopTooNearHomeByDistanceIsRejected() {
        let territory = FarTrip.territory(rule: FarTrip.rule(minimumDistance: 300))
        let report = validate(makePlan(territory, routes: [FarTrip.firstDay(), FarTrip.secondDay]), in: territory)

        let violations = report.violations(of: .overnightStay)
        #expect(report.violations.count == 1, "\(report)")
        #expect(violations.first?.message.contains("is 260 m, under the rule's minimum of 300 m") == true)
    }

    @Test func lastStopTooNearHomeByDrivingTimeIsRejected() {
        let territory = FarTrip.territory(rule: FarTrip.rule(minimumDrivingTime: minutes(300)))
        let report = validate(makePlan(territory, routes: [FarTrip.firstDay(), FarTrip.secondDay]), in: territory)

        let violations = report.violations(of: .overnightStay)
        #expect(report.violations.count == 1, "\(report)")
        #expect(violations.first?.message.contains("takes 260 min") == true)
        #expect(violations.first?.message.contains("minimum of 300 min") == true)
    }

    @Test func nightBeforeDayOffIsRejected() {
        let friday = day("2026-03-06")
        let territory = FarTrip.territory(rule: FarTrip.rule(nights: [.friday]), days: 1, start: friday)
        let report = validate(makePlan(territory, routes: [FarTrip.firstDay(date: friday)]), in: territory)

        let violations = report.violations(of: .overnightStay)
        #expect(report.violations.count == 1, "\(report)")
        #expect(violations.first?.date == friday)
        #expect(violations.first?.message.contains("2026-03-07 is not a working day of rep r1") == true)
    }

    @Test func nightAwayWithoutNextRouteIsRejected() {
        let territory = FarTrip.territory()
        let report = validate(makePlan(territory, routes: [FarTrip.firstDay()]), in: territory)

        let violations = report.violations(of: .overnightStay)
        #expect(report.violations.count == 1, "\(report)")
        #expect(violations.first?.message.contains("no route of rep r1 on 2026-03-03") == true)
    }

    @Test func nightsInRowAboveLimitAreRejected() {
        let territory = FarTrip.territory(rule: FarTrip.rule(nights: [.monday, .tuesday], inRow: 1), days: 3)
        let report = validate(makePlan(territory, routes: Self.threeDayTrip), in: territory)

        let violations = report.violations(of: .overnightStay)
        #expect(report.violations.count == 1, "\(report)")
        #expect(violations.first?.date == FarTrip.tuesday)
        #expect(violations.first?.message.contains("night 2 away in a row, above the rule's maximum of 1") == true)
    }

    @Test func nightsPerWeekAboveLimitAreRejected() {
        let territory = FarTrip.territory(rule: FarTrip.rule(nights: [.monday, .tuesday], perWeek: 1), days: 3)
        let report = validate(makePlan(territory, routes: Self.threeDayTrip), in: territory)

        let violations = report.violations(of: .overnightStay)
        #expect(report.violations.count == 1, "\(report)")
        #expect(violations.first?.date == FarTrip.tuesday)
        #expect(violations.first?.message.contains("night 2 away in the week of 2026-03-02") == true)
    }

    @Test func nightsWithinLimitsAreValid() {
        let territory = FarTrip.territory(
            rule: FarTrip.rule(nights: [.monday, .tuesday], inRow: 2, perWeek: 2), days: 3)
        let report = validate(makePlan(territory, routes: Self.threeDayTrip), in: territory)

        #expect(report.isValid, "\(report)")
    }

    @Test func objectiveWithoutNightCostIsRejected() {
        let territory = FarTrip.territory()
        let routes = [FarTrip.firstDay(), FarTrip.secondDay]
        var plan = makePlan(territory, routes: routes)
        plan.objective -= territory.settings.nightCost
        let report = validate(plan, in: territory)

        #expect(report.violations.count == 1, "\(report)")
        #expect(report.violations(of: .objective).count == 1)
    }

    @Test func nightCostCountsOncePerNightAway() throws {
        let territory = FarTrip.territory()
        let validator = try PlanValidator(territory: territory)
        let plan = makePlan(territory, routes: [FarTrip.firstDay(), FarTrip.secondDay])
        let kpis = validator.kpis(of: plan)

        #expect(kpis.nightsAway == 1)
        #expect(kpis.nightCost == territory.settings.nightCost)
    }

    /// Monday R1 and R2, night at O; Tuesday R3 from O back to O; Wednesday
    /// R4 from O, then home.
    private static let threeDayTrip: [DayRoute] = [
        FarTrip.firstDay(),
        makeRoute(
            date: FarTrip.tuesday, departure: "08:00",
            stops: [visitStop("R3", arrival: "08:10", start: "08:10", end: "10:10")],
            arrival: "10:20", driving: 20, distance: 20, working: 140, waiting: 0, start: FarTrip.hotel.location,
            end: FarTrip.hotel.location),
        makeRoute(
            date: day("2026-03-04"), departure: "08:00",
            stops: [visitStop("R4", arrival: "08:30", start: "08:30", end: "10:30")],
            arrival: "15:30", driving: 330, distance: 330, working: 450, waiting: 0, start: FarTrip.hotel.location),
    ]
}
