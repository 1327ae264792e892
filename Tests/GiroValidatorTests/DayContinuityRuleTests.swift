import GiroModel
import GiroValidator
import Testing

@Suite struct DayContinuityRuleTests {
    /// The shared-address route ending at the customers' site instead of home.
    private static let routeEndingAtSite = makeRoute(
        departure: "09:30", stops: [SharedAddress.c1, SharedAddress.c2], arrival: "10:40", driving: 20, distance: 20,
        working: 70, waiting: 0, end: SharedAddress.site)

    @Test func nightAwayWithoutOvernightRuleIsRejected() {
        let territory = SharedAddress.territory
        let report = validate(makePlan(territory, routes: [Self.routeEndingAtSite]), in: territory)

        #expect(report.violations.count == 1, "\(report)")
        let violation = report.violations.first
        #expect(violation?.rule == .dayContinuity)
        #expect(violation?.stopIndex == nil)
        #expect(violation?.message.contains("(12, 16)") == true)
        #expect(violation?.message.contains("(0, 0)") == true)
        #expect(violation?.message.contains("no overnight rule") == true)
    }

    @Test func nextDayStartingAtHomeAfterNightAwayIsRejected() {
        let rep = makeRep(hours: window("08:00", "17:00"), overnightRule: OvernightRule(allowedNights: [.monday]))
        var customers = SharedAddress.customers()
        customers.append(makeCustomer("C3", at: point(6, 8), service: 20))
        let territory = makeTerritory(rep: rep, customers: customers, horizon: Horizon(start: monday, days: 2))
        let tuesday = makeRoute(
            date: day("2026-03-03"), departure: "08:00",
            stops: [visitStop("C3", arrival: "08:10", start: "08:10", end: "08:30")],
            arrival: "08:40", driving: 20, distance: 20, working: 40, waiting: 0)
        let report = validate(makePlan(territory, routes: [Self.routeEndingAtSite, tuesday]), in: territory)

        #expect(report.violations.count == 1, "\(report)")
        let violation = report.violations.first
        #expect(violation?.rule == .dayContinuity)
        #expect(violation?.date == day("2026-03-03"))
        #expect(violation?.message.contains("night of 2026-03-02") == true)
        #expect(violation?.message.contains("(12, 16)") == true)
    }

    @Test func nextDayStartingWhereNightWasSpentIsValid() {
        let rep = makeRep(hours: window("08:00", "17:00"), overnightRule: OvernightRule(allowedNights: [.monday]))
        var customers = SharedAddress.customers()
        customers.append(makeCustomer("C3", at: point(6, 8), service: 20))
        let territory = makeTerritory(rep: rep, customers: customers, horizon: Horizon(start: monday, days: 2))
        let tuesday = makeRoute(
            date: day("2026-03-03"), departure: "08:00",
            stops: [visitStop("C3", arrival: "08:10", start: "08:10", end: "08:30")],
            arrival: "08:40", driving: 20, distance: 20, working: 40, waiting: 0, start: SharedAddress.site)
        let report = validate(makePlan(territory, routes: [Self.routeEndingAtSite, tuesday]), in: territory)

        #expect(report.isValid, "\(report)")
    }

    @Test func firstDayIgnoringHorizonStartIsRejected() {
        let horizon = Horizon(start: monday, days: 1, startLocation: point(6, 8), startTime: clock("09:45"))
        let territory = makeTerritory(
            rep: makeRep(hours: window("08:00", "17:00")), customers: SharedAddress.customers(), horizon: horizon)
        let report = validate(makePlan(territory, routes: [SharedAddress.route]), in: territory)

        let violations = report.violations(of: .dayContinuity)
        let start = violations.first { $0.message.contains("starts at") }
        let departure = violations.first { $0.message.contains("departs") }

        #expect(violations.count == 2, "\(report)")
        #expect(start?.message.contains("starts at (0, 0)") == true)
        #expect(start?.message.contains("the horizon starts at (6, 8)") == true)
        #expect(departure?.message.contains("09:30") == true)
        #expect(departure?.message.contains("start time 09:45") == true)
    }

    @Test func lastDayEndingAtHorizonEndIsValid() throws {
        let horizon = Horizon(start: monday, days: 1, endLocation: SharedAddress.site)
        let territory = makeTerritory(
            rep: makeRep(hours: window("08:00", "17:00")), customers: SharedAddress.customers(), horizon: horizon)
        let plan = makePlan(territory, routes: [Self.routeEndingAtSite])
        let report = validate(plan, in: territory)
        let kpis = try PlanValidator(territory: territory).kpis(of: plan)

        #expect(report.isValid, "\(report)")
        #expect(kpis.nightsAway == 0)
        #expect(kpis.nightCost == 0)
    }

    @Test func lastDayEndingAtHomeBeforeHorizonEndIsRejected() {
        let horizon = Horizon(start: monday, days: 1, endLocation: SharedAddress.site)
        let territory = makeTerritory(
            rep: makeRep(hours: window("08:00", "17:00")), customers: SharedAddress.customers(), horizon: horizon)
        let report = validate(makePlan(territory, routes: [SharedAddress.route]), in: territory)

        #expect(report.violations.count == 1, "\(report)")
        let violation = report.violations.first
        #expect(violation?.rule == .dayContinuity)
        #expect(violation?.message.contains("ends at (0, 0)") == true)
        #expect(violation?.message.contains("last working day of the horizon") == true)
        #expect(violation?.message.contains("end location (12, 16)") == true)
    }

    @Test func lastDayEndingAtOtherPlaceAwayIsRejectedOnce() {
        let horizon = Horizon(start: monday, days: 1, endLocation: point(6, 8))
        let rep = makeRep(hours: window("08:00", "17:00"), overnightRule: OvernightRule(allowedNights: [.monday]))
        let territory = makeTerritory(rep: rep, customers: SharedAddress.customers(), horizon: horizon)
        let report = validate(makePlan(territory, routes: [Self.routeEndingAtSite]), in: territory)

        #expect(report.violations.count == 1, "\(report)")
        let violation = report.violations.first
        #expect(violation?.rule == .dayContinuity)
        #expect(violation?.message.contains("ends at (12, 16)") == true)
        #expect(violation?.message.contains("end location (6, 8)") == true)
    }

    @Test func horizonEndSkipsDaysBeforeLastWorkingDay() {
        let horizon = Horizon(start: monday, days: 2, endLocation: SharedAddress.site)
        let territory = makeTerritory(
            rep: makeRep(hours: window("08:00", "17:00")), customers: SharedAddress.customers(), horizon: horizon)
        let report = validate(makePlan(territory, routes: [Self.routeEndingAtSite]), in: territory)

        #expect(report.violations.count == 1, "\(report)")
        let violation = report.violations.first
        #expect(violation?.rule == .dayContinuity)
        #expect(violation?.message.contains("no overnight rule") == true)
    }

    @Test func horizonEndBindsDayBeforeFinalDayOff() {
        var rep = makeRep(hours: window("08:00", "17:00"))
        rep.daysOff = [day("2026-03-03")]
        let horizon = Horizon(start: monday, days: 2, endLocation: SharedAddress.site)
        let territory = makeTerritory(rep: rep, customers: SharedAddress.customers(), horizon: horizon)
        let report = validate(makePlan(territory, routes: [Self.routeEndingAtSite]), in: territory)

        #expect(report.isValid, "\(report)")
    }
}
