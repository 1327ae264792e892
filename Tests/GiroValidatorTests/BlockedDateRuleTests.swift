import GiroModel
import GiroValidator
import Testing

@Suite struct BlockedDateRuleTests {
    @Test func visitOnBlockedDateIsRejected() {
        var customers = SharedAddress.customers()
        customers[1].blocks = [DateRange(first: day("2026-03-01"), last: day("2026-03-05"))]
        let territory = makeTerritory(rep: makeRep(hours: window("08:00", "17:00")), customers: customers)
        let report = validate(makePlan(territory, routes: [SharedAddress.route]), in: territory)

        #expect(report.violations.count == 1, "\(report)")
        let violation = report.violations.first
        #expect(violation?.rule == .blockedDate)
        #expect(violation?.stopIndex == 1)
        #expect(violation?.subjectID == "C2")
        #expect(violation?.message.contains("2026-03-01 to 2026-03-05") == true)
    }

    @Test func visitBeforeActivationIsRejected() {
        var customers = SharedAddress.customers()
        customers[0].activationDate = day("2026-03-09")
        let territory = makeTerritory(rep: makeRep(hours: window("08:00", "17:00")), customers: customers)
        let report = validate(makePlan(territory, routes: [SharedAddress.route]), in: territory)

        #expect(report.violations.count == 1, "\(report)")
        let violation = report.violations.first
        #expect(violation?.rule == .blockedDate)
        #expect(violation?.stopIndex == 0)
        #expect(violation?.message.contains("active only from 2026-03-09") == true)
    }
}
