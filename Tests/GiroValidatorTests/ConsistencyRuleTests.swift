import GiroModel
import GiroValidator
import Testing

@Suite struct ConsistencyRuleTests {
    @Test func wrongArrivalIsRejected() {
        let territory = SharedAddress.territory
        var route = SharedAddress.route
        route.stops[1].arrival = clock("10:25")
        let report = validate(makePlan(territory, routes: [route]), in: territory)

        #expect(report.violations.count == 1, "\(report)")
        let violation = report.violations.first
        #expect(violation?.rule == .consistency)
        #expect(violation?.stopIndex == 1)
        #expect(violation?.message.contains("reported arrival 10:25") == true)
        #expect(violation?.message.contains("arrives at 10:20") == true)
    }

    @Test func setupChargedTwiceAtOneSiteIsRejected() {
        let territory = SharedAddress.territory
        var route = SharedAddress.route
        route.stops[1].setupDuration = minutes(10)
        let report = validate(makePlan(territory, routes: [route]), in: territory)

        #expect(report.violations.count == 1, "\(report)")
        let violation = report.violations.first
        #expect(violation?.rule == .consistency)
        #expect(violation?.stopIndex == 1)
        #expect(violation?.message.contains("reported setup 10 min") == true)
        #expect(violation?.message.contains("no setup") == true)
    }

    /// C1 and C2 share a site, C3 lies 5 minutes away, and C2 is open until
    /// 11:00, so the setup at C2 after C3 is charged again.
    private static let detourTerritory = makeTerritory(
        rep: makeRep(hours: window("08:00", "17:00")),
        customers: [
            makeCustomer("C1", at: SharedAddress.site, service: 20, setup: 10, windows: [window("10:00", "10:20")]),
            makeCustomer("C2", at: SharedAddress.site, service: 20, setup: 10, windows: [window("10:00", "11:00")]),
            makeCustomer("C3", at: point(12, 21), service: 5),
        ])

    private static func detourRoute(c2Setup: Int, c2Start: String, c2End: String, arrival: String, working: Int)
        -> DayRoute
    {
        makeRoute(
            departure: "09:30",
            stops: [
                SharedAddress.c1,
                visitStop("C3", arrival: "10:25", start: "10:25", end: "10:30"),
                visitStop("C2", arrival: "10:35", setup: c2Setup, start: c2Start, end: c2End),
            ],
            arrival: arrival, driving: 50, distance: 50, working: working, waiting: 0)
    }

    @Test func setupAfterDetourIsChargedAgain() {
        let territory = Self.detourTerritory
        let route = Self.detourRoute(c2Setup: 10, c2Start: "10:45", c2End: "11:05", arrival: "11:25", working: 115)
        let report = validate(makePlan(territory, routes: [route]), in: territory)

        #expect(report.isValid, "\(report)")
    }

    @Test func setupSkippedAfterDetourIsRejected() {
        let territory = Self.detourTerritory
        let route = Self.detourRoute(c2Setup: 0, c2Start: "10:35", c2End: "10:55", arrival: "11:15", working: 105)
        let report = validate(makePlan(territory, routes: [route]), in: territory)

        let setup = report.violations.first { $0.message.contains("reported setup") }

        #expect(setup?.rule == .consistency, "\(report)")
        #expect(setup?.stopIndex == 2)
        #expect(setup?.message.contains("reported setup 0 min") == true)
        #expect(setup?.message.contains("setup of 10 min") == true)
    }

    @Test func serviceBeforeRepCanArriveIsRejected() {
        let territory = SharedAddress.territory
        var route = SharedAddress.route
        route.departure = clock("09:35")
        route.workingTime = minutes(85)
        let report = validate(makePlan(territory, routes: [route]), in: territory)

        let late = report.violations.first { $0.message.contains("arrives only at") }

        #expect(late?.rule == .consistency, "\(report)")
        #expect(late?.stopIndex == 0)
        #expect(late?.message.contains("arrives only at 09:55") == true)
        #expect(late?.message.contains("setup from 09:50") == true)
    }

    @Test func wrongTotalsAreRejected() {
        let territory = SharedAddress.territory
        var route = SharedAddress.route
        route.drivingTime = minutes(45)
        route.distance = 41
        route.workingTime = minutes(95)
        route.waitingTime = minutes(3)
        route.arrival = clock("11:05")
        let report = validate(makePlan(territory, routes: [route]), in: territory)

        let messages = report.violations.map(\.message)
        func message(about total: String) -> String {
            messages.first { $0.contains(total) } ?? "no message about \(total)"
        }

        #expect(report.violations.count == 5, "\(report)")
        #expect(report.violations.allSatisfy { $0.rule == .consistency })
        #expect(report.violations.allSatisfy { $0.stopIndex == nil })
        #expect(message(about: "reported driving time").contains("45 min"))
        #expect(message(about: "reported driving time").contains("add up to 40 min"))
        #expect(message(about: "reported distance").contains("41"))
        #expect(message(about: "reported distance").contains("add up to 40"))
        #expect(message(about: "reported working time").contains("95 min"))
        #expect(message(about: "reported working time").contains("is 90 min"))
        #expect(message(about: "reported waiting time").contains("3 min"))
        #expect(message(about: "reported waiting time").contains("adds up to 0 min"))
        #expect(message(about: "reported final arrival").contains("11:05"))
        #expect(message(about: "reported final arrival").contains("end location at 11:00"))
    }

    @Test func distanceWithinToleranceIsAccepted() {
        let territory = SharedAddress.territory
        var route = SharedAddress.route
        route.distance = 40 * (1 + 1e-12)
        let report = validate(makePlan(territory, routes: [route]), in: territory)

        #expect(report.isValid, "\(report)")
    }

    @Test func unknownCustomerIsRejected() {
        let territory = SharedAddress.territory
        var route = SharedAddress.route
        route.stops[1].customerID = "C9"
        let report = validate(makePlan(territory, routes: [route]), in: territory)

        let violations = report.violations(of: .consistency)
        #expect(violations.count == 1, "\(report)")
        #expect(violations.first?.stopIndex == 1)
        #expect(violations.first?.message == "customer C9 is not in the territory")
    }

    @Test func customerOfAnotherRepIsRejected() {
        var customers = SharedAddress.customers()
        customers[0].repID = "r1"
        customers[1].repID = "r2"
        let reps = [
            makeRep(hours: window("08:00", "17:00")),
            Rep(id: "r2", home: point(100, 0), workingHours: .weekdays(window("08:00", "17:00"))),
        ]
        let territory = Territory(
            horizon: Horizon(start: monday, days: 1), travel: euclideanMinutes, reps: reps, customers: customers)
        let report = validate(makePlan(territory, routes: [SharedAddress.route]), in: territory)

        #expect(report.violations.count == 1, "\(report)")
        let violation = report.violations.first
        #expect(violation?.rule == .consistency)
        #expect(violation?.stopIndex == 1)
        #expect(violation?.message == "customer C2 belongs to rep r2, not to rep r1")
    }

    @Test func secondRouteOnOneDateIsRejected() {
        let territory = SharedAddress.territory
        let report = validate(makePlan(territory, routes: [SharedAddress.route, SharedAddress.route]), in: territory)

        let violations = report.violations(of: .consistency)
        #expect(violations.count == 1, "\(report)")
        #expect(violations.first?.message.contains("more than one route on 2026-03-02") == true)
    }

    @Test func routeOutsideHorizonIsRejected() {
        let territory = SharedAddress.territory
        var route = SharedAddress.route
        route.date = day("2026-03-03")
        let report = validate(makePlan(territory, routes: [route]), in: territory)

        let violations = report.violations(of: .consistency)
        #expect(violations.count == 1, "\(report)")
        #expect(violations.first?.message.contains("2026-03-03") == true)
        #expect(violations.first?.message.contains("2026-03-02 to 2026-03-02") == true)
    }

    @Test func unknownRepIsRejected() {
        let territory = SharedAddress.territory
        var route = SharedAddress.route
        route.repID = "nobody"
        let report = validate(makePlan(territory, routes: [route]), in: territory)

        #expect(report.violations.first?.rule == .consistency, "\(report)")
        #expect(report.violations.first?.message == "rep nobody is not in the territory")
    }

    @Test func reportedWindowNotUsedIsRejected() {
        let territory = SharedAddress.territory
        var route = SharedAddress.route
        route.stops[0].window = window("14:00", "15:00")
        let report = validate(makePlan(territory, routes: [route]), in: territory)

        #expect(report.violations.count == 1, "\(report)")
        #expect(report.violations.first?.rule == .consistency)
        #expect(report.violations.first?.stopIndex == 0)
        #expect(report.violations.first?.message.contains("14:00–15:00") == true)
    }
}

@Suite struct SpeedFactorTests {
    @Test func fasterRepHalvesDrivingTime() {
        var rep = makeRep(hours: window("08:00", "17:00"))
        rep.speedFactor = 2
        let territory = makeTerritory(rep: rep, customers: SharedAddress.customers())
        let route = makeRoute(
            departure: "09:40", stops: [SharedAddress.c1, SharedAddress.c2], arrival: "10:50", driving: 20,
            distance: 40, working: 70, waiting: 0)
        let report = validate(makePlan(territory, routes: [route]), in: territory)

        #expect(report.isValid, "\(report)")
    }

    @Test func slowerRepRoundsDrivingUp() {
        // 20 minutes at speed factor 0.7 take 1200 / 0.7 = 1714.29 s, rounded up to 1715 s.
        var rep = makeRep(hours: window("08:00", "17:00"))
        rep.speedFactor = 0.7
        let territory = makeTerritory(rep: rep, customers: SharedAddress.customers())
        let report = validate(makePlan(territory, routes: [SharedAddress.route]), in: territory)

        let driving = report.violations.first { $0.message.contains("reported driving time") }
        #expect(driving?.rule == .consistency, "\(report)")
        #expect(driving?.message.contains("40 min") == true)
        #expect(driving?.message.contains("add up to 3430 s") == true)
    }
}
