import GiroModel
import GiroValidator
import Testing

@Suite struct CadenceRuleTests {
    private static func territory(firstCustomer: Customer, reservations: [Reservation] = []) -> Territory {
        makeTerritory(
            rep: makeRep(hours: window("08:00", "17:00")),
            customers: [firstCustomer, SharedAddress.customers()[1]], reservations: reservations)
    }

    /// C1 with a 7-day cadence, last visited three days before Monday.
    private static let recentlyVisited = makeCustomer(
        "C1", at: SharedAddress.site, service: 20, setup: 10, windows: [window("10:00", "10:20")],
        lastVisit: day("2026-02-27"))

    @Test func visitBeforeDueAfterIsRejected() {
        let territory = Self.territory(firstCustomer: Self.recentlyVisited)
        let report = validate(makePlan(territory, routes: [SharedAddress.route]), in: territory)

        #expect(report.violations.count == 1, "\(report)")
        let violation = report.violations.first
        #expect(violation?.rule == .cadence)
        #expect(violation?.stopIndex == 0)
        #expect(violation?.subjectID == "C1")
        #expect(violation?.message.contains("3 days") == true)
        #expect(violation?.message.contains("2026-02-27") == true)
        #expect(violation?.message.contains("0.43") == true)
        #expect(violation?.message.contains("0.7") == true)
    }

    @Test func visitOneDayAfterThePreviousSaysOneDay() {
        let customer = makeCustomer(
            "C1", at: SharedAddress.site, service: 20, setup: 10, windows: [window("10:00", "10:20")],
            lastVisit: day("2026-03-01"))
        let territory = Self.territory(firstCustomer: customer)
        let report = validate(makePlan(territory, routes: [SharedAddress.route]), in: territory)

        let message = report.violations(of: .cadence).first?.message ?? ""
        #expect(message.contains("comes 1 day after"), "\(report)")
    }

    @Test func reservationExemptsEarlyVisit() {
        let territory = Self.territory(
            firstCustomer: Self.recentlyVisited, reservations: [Reservation(id: "res-1", customerID: "C1")])
        let report = validate(makePlan(territory, routes: [SharedAddress.route]), in: territory)

        #expect(report.isValid, "\(report)")
    }

    @Test func visitAtDueAfterBoundaryIsAccepted() {
        // 7 of 10 days elapsed is exactly the default dueAfter of 0.7.
        let customer = makeCustomer(
            "C1", at: SharedAddress.site, service: 20, setup: 10, windows: [window("10:00", "10:20")], cadenceDays: 10,
            lastVisit: day("2026-02-23"))
        let territory = Self.territory(firstCustomer: customer)
        let report = validate(makePlan(territory, routes: [SharedAddress.route]), in: territory)

        #expect(report.isValid, "\(report)")
    }

    @Test func sameCustomerTwiceOnOneDayIsRejected() {
        let territory = SharedAddress.territory
        let again = visitStop("C1", arrival: "10:20", start: "10:20", end: "10:40")
        let route = makeRoute(
            departure: "09:30", stops: [SharedAddress.c1, again], arrival: "11:00", driving: 40, distance: 40,
            working: 90, waiting: 0)
        let report = validate(makePlan(territory, routes: [route]), in: territory)

        #expect(report.violations.count == 1, "\(report)")
        let violation = report.violations.first
        #expect(violation?.rule == .cadence)
        #expect(violation?.stopIndex == 1)
        #expect(violation?.message.contains("twice on 2026-03-02") == true)
        #expect(violation?.message.contains("stop 0") == true)
    }

    @Test func secondVisitTooSoonInHorizonIsRejected() {
        let territory = makeTerritory(
            rep: makeRep(hours: window("08:00", "17:00")), customers: SharedAddress.customers(),
            horizon: Horizon(start: monday, days: 5))
        var wednesday = SharedAddress.route
        wednesday.date = day("2026-03-04")
        let report = validate(makePlan(territory, routes: [SharedAddress.route, wednesday]), in: territory)

        let violations = report.violations(of: .cadence)
        #expect(violations.count == 2, "\(report)")
        #expect(violations.first?.date == day("2026-03-04"))
        #expect(violations.first?.stopIndex == 0)
        #expect(violations.first?.message.contains("2 days") == true)
        #expect(violations.first?.message.contains("2026-03-02") == true)
    }

    @Test func manualCustomerVisitIsRejected() {
        let manual = makeCustomer(
            "C2", at: SharedAddress.site, service: 20, setup: 10, windows: [window("10:00", "10:20")], cadenceDays: nil)
        let territory = makeTerritory(
            rep: makeRep(hours: window("08:00", "17:00")), customers: [SharedAddress.customers()[0], manual])
        let report = validate(makePlan(territory, routes: [SharedAddress.route]), in: territory)

        #expect(report.violations.count == 1, "\(report)")
        let violation = report.violations.first
        #expect(violation?.rule == .cadence)
        #expect(violation?.stopIndex == 1)
        #expect(violation?.message.contains("C2 has no cadence") == true)
    }
}
