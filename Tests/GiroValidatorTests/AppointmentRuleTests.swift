import GiroModel
import GiroValidator
import Testing

@Suite struct AppointmentRuleTests {
    /// A phone call without a location, anywhere between 13:00 and 15:00.
    private static let call = Appointment(
        id: "call", kind: .onDay(date: monday), window: window("13:00", "15:00"), duration: minutes(30))

    @Test func appointmentMissingSilentlyIsRejected() {
        let territory = makeTerritory(
            rep: makeRep(hours: window("08:00", "17:00")), customers: SharedAddress.customers(),
            appointments: [Self.call])
        let report = validate(makePlan(territory, routes: [SharedAddress.route]), in: territory)

        #expect(report.violations.count == 1, "\(report)")
        let violation = report.violations.first
        #expect(violation?.rule == .appointment)
        #expect(violation?.stopIndex == nil)
        #expect(violation?.subjectID == "call")
        #expect(violation?.message.contains("call") == true)
    }

    @Test func appointmentListedAsConflictIsAccepted() {
        let territory = makeTerritory(
            rep: makeRep(hours: window("08:00", "17:00")), customers: SharedAddress.customers(),
            appointments: [Self.call])
        let unplanned = UnplannedVisit(
            kind: .appointment, id: "call", repID: "r1", reason: .appointmentConflict,
            message: "the call conflicts with a fixed appointment")
        let report = validate(makePlan(territory, routes: [SharedAddress.route], unplanned: [unplanned]), in: territory)

        #expect(report.isValid, "\(report)")
    }

    @Test func callWithoutLocationIsHeldWhereRepIs() {
        let territory = makeTerritory(
            rep: makeRep(hours: window("08:00", "17:00")), customers: SharedAddress.customers(),
            appointments: [Self.call])
        let route = makeRoute(
            departure: "09:30",
            stops: [
                SharedAddress.c1,
                appointmentStop("call", arrival: "10:20", waiting: 160, start: "13:00", end: "13:30"),
                visitStop("C2", arrival: "13:30", start: "13:30", end: "13:50"),
            ],
            arrival: "14:10", driving: 40, distance: 40, working: 280, waiting: 160)
        let report = validate(makePlan(territory, routes: [route]), in: territory)

        // Only C2's window is broken: the call costs no travel and no setup.
        #expect(report.violations.map(\.rule) == [.openingHours], "\(report)")
        #expect(report.violations.first?.stopIndex == 2)
    }

    @Test func appointmentPlannedTwiceIsRejected() {
        let territory = makeTerritory(
            rep: makeRep(hours: window("08:00", "17:00")), customers: [], appointments: [Self.call])
        let route = makeRoute(
            departure: "13:00",
            stops: [
                appointmentStop("call", arrival: "13:00", start: "13:00", end: "13:30"),
                appointmentStop("call", arrival: "13:30", start: "13:30", end: "14:00"),
            ],
            arrival: "14:00", driving: 0, distance: 0, working: 60, waiting: 0)
        let report = validate(makePlan(territory, routes: [route]), in: territory)

        #expect(report.violations.count == 1, "\(report)")
        let violation = report.violations.first
        #expect(violation?.rule == .appointment)
        #expect(violation?.stopIndex == 1)
        #expect(violation?.message.contains("more than once") == true)
        #expect(violation?.message.contains("stop 0") == true)
    }

    @Test func appointmentWithWrongCustomerIsRejected() {
        let visit = Appointment(
            id: "visit-C1", customerID: "C1", kind: .fixed(date: monday), window: window("10:00", "10:20"),
            duration: minutes(20))
        let territory = makeTerritory(
            rep: makeRep(hours: window("08:00", "17:00")), customers: SharedAddress.customers(), appointments: [visit])
        let route = makeRoute(
            departure: "09:30",
            stops: [
                appointmentStop(
                    "visit-C1", customerID: "C2", arrival: "09:50", setup: 10, start: "10:00", end: "10:20"),
                visitStop("C2", arrival: "10:20", start: "10:20", end: "10:40"),
            ],
            arrival: "11:00", driving: 40, distance: 40, working: 90, waiting: 0)
        let report = validate(makePlan(territory, routes: [route]), in: territory)

        #expect(report.violations.count == 1, "\(report)")
        let violation = report.violations.first
        #expect(violation?.rule == .appointment)
        #expect(violation?.stopIndex == 0)
        #expect(violation?.message.contains("with customer C1") == true)
        #expect(violation?.message.contains("names customer C2") == true)
    }
}
