import GiroModel
import GiroValidator
import Testing

@Suite struct CapacityRuleTests {
    @Test func loadOverCapacityIsRejected() {
        let territory = makeTerritory(
            rep: makeRep(hours: window("08:00", "17:00"), capacity: 8), customers: SharedAddress.customers(demand: 5))
        var route = SharedAddress.route
        route.load = 10
        let report = validate(makePlan(territory, routes: [route]), in: territory)

        #expect(report.violations.count == 1, "\(report)")
        let violation = report.violations.first
        #expect(violation?.rule == .capacity)
        #expect(violation?.stopIndex == 1)
        #expect(violation?.message == "load 10 exceeds the capacity 8 of rep r1")
    }

    @Test func loadAtCapacityIsAccepted() {
        let territory = makeTerritory(
            rep: makeRep(hours: window("08:00", "17:00"), capacity: 10), customers: SharedAddress.customers(demand: 5))
        var route = SharedAddress.route
        route.load = 10
        let report = validate(makePlan(territory, routes: [route]), in: territory)

        #expect(report.isValid, "\(report)")
    }
}
