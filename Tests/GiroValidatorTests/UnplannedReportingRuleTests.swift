import GiroModel
import GiroValidator
import Testing

@Suite struct UnplannedReportingRuleTests {
    @Test func dueCustomerDroppedSilentlyIsRejected() {
        let territory = ServiceInWorkingTime.territory()
        let report = validate(makePlan(territory, routes: [ServiceInWorkingTime.route]), in: territory)

        #expect(report.violations.count == 1, "\(report)")
        let violation = report.violations.first
        #expect(violation?.rule == .unplannedReporting)
        #expect(violation?.stopIndex == nil)
        #expect(violation?.subjectID == "C4")
        #expect(violation?.repID == "r1")
        #expect(violation?.message.contains("due on 2026-02-27") == true)
        #expect(violation?.message.contains("2026-02-20") == true)
    }

    @Test func neverVisitedCustomerDueInHorizonIsRequired() {
        let customers = [makeCustomer("new", at: point(6, 8), service: 20, cadenceDays: 3)]
        let territory = makeTerritory(
            rep: makeRep(hours: window("08:00", "17:00")), customers: customers,
            horizon: Horizon(start: monday, days: 5))
        let report = validate(makePlan(territory, routes: []), in: territory)

        #expect(report.violations.count == 1, "\(report)")
        #expect(report.violations.first?.rule == .unplannedReporting)
        #expect(report.violations.first?.message.contains("due on 2026-03-05") == true)
    }

    @Test func emptyUnplannedMessageIsRejected() {
        let territory = ServiceInWorkingTime.territory()
        var entry = ServiceInWorkingTime.unplannedC4
        entry.message = "  "
        let report = validate(
            makePlan(territory, routes: [ServiceInWorkingTime.route], unplanned: [entry]), in: territory)

        #expect(report.violations.count == 1, "\(report)")
        let violation = report.violations.first
        #expect(violation?.rule == .unplannedReporting)
        #expect(violation?.subjectID == "C4")
        #expect(violation?.message.contains("empty message") == true)
        #expect(violation?.message.contains("noTimeLeft") == true)
    }

    @Test func plannedAndUnplannedCustomerIsRejected() {
        let territory = ServiceInWorkingTime.territory()
        var entry = ServiceInWorkingTime.unplannedC4
        entry.id = "C3"
        let unplanned = [ServiceInWorkingTime.unplannedC4, entry]
        let report = validate(
            makePlan(territory, routes: [ServiceInWorkingTime.route], unplanned: unplanned), in: territory)

        #expect(report.violations.count == 1, "\(report)")
        let violation = report.violations.first
        #expect(violation?.rule == .unplannedReporting)
        #expect(violation?.subjectID == "C3")
        #expect(violation?.message.contains("also planned") == true)
    }

    @Test func missingReservationIsRejected() {
        var customers = SharedAddress.customers()
        customers.append(makeCustomer("C5", at: point(6, 8), service: 20))
        let territory = makeTerritory(
            rep: makeRep(hours: window("08:00", "17:00")), customers: customers,
            reservations: [Reservation(id: "res-5", customerID: "C5")])
        let report = validate(makePlan(territory, routes: [SharedAddress.route]), in: territory)

        #expect(report.violations.count == 1, "\(report)")
        let violation = report.violations.first
        #expect(violation?.rule == .unplannedReporting)
        #expect(violation?.subjectID == "res-5")
        #expect(violation?.message.contains("C5") == true)
    }

    @Test func unknownUnplannedIdIsRejected() {
        let territory = SharedAddress.territory
        let entry = UnplannedVisit(
            kind: .reservation, id: "res-9", repID: nil, reason: .invalidData, message: "no such reservation")
        let report = validate(makePlan(territory, routes: [SharedAddress.route], unplanned: [entry]), in: territory)

        #expect(report.violations.count == 1, "\(report)")
        #expect(report.violations.first?.rule == .consistency)
        #expect(report.violations.first?.message == "unplanned reservation res-9 is not in the territory")
    }
}
