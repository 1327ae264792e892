import GiroModel
import GiroValidator
import Testing

@Suite struct WorkingDayRuleTests {
    @Test func departureBeforeWorkingStartIsRejected() {
        let territory = makeTerritory(
            rep: makeRep(hours: window("09:45", "17:00")), customers: SharedAddress.customers())
        let report = validate(makePlan(territory, routes: [SharedAddress.route]), in: territory)

        #expect(report.violations.count == 1, "\(report)")
        let violation = report.violations.first
        #expect(violation?.rule == .workingDay)
        #expect(violation?.stopIndex == nil)
        #expect(violation?.message.contains("09:30") == true)
        #expect(violation?.message.contains("09:45") == true)
    }

    @Test func returnAfterWorkingEndIsRejected() {
        let territory = ServiceInWorkingTime.territory(hours: window("08:00", "15:00"))
        let plan = makePlan(
            territory, routes: [ServiceInWorkingTime.route], unplanned: [ServiceInWorkingTime.unplannedC4])
        let report = validate(plan, in: territory)

        #expect(report.violations.count == 1, "\(report)")
        let violation = report.violations.first
        #expect(violation?.rule == .workingDay)
        #expect(violation?.stopIndex == nil)
        #expect(violation?.message.contains("15:30") == true)
        #expect(violation?.message.contains("15:00") == true)
    }

    @Test func workingTimeOverMaximumIsRejected() {
        let territory = WaitingInWorkingTime.territory(maximumWorkingTime: minutes(180))
        let report = validate(makePlan(territory, routes: [WaitingInWorkingTime.route]), in: territory)

        #expect(report.violations.count == 1, "\(report)")
        let violation = report.violations.first
        #expect(violation?.rule == .workingDay)
        #expect(violation?.stopIndex == nil)
        #expect(violation?.message.contains("195 min") == true)
        #expect(violation?.message.contains("180 min") == true)
    }

    @Test func routeOnSaturdayIsRejected() {
        let saturday = day("2026-03-07")
        let territory = makeTerritory(
            rep: makeRep(hours: window("08:00", "17:00")), customers: SharedAddress.customers(),
            horizon: Horizon(start: saturday, days: 1))
        var route = SharedAddress.route
        route.date = saturday
        let report = validate(makePlan(territory, routes: [route]), in: territory)

        #expect(report.violations.count == 1, "\(report)")
        let violation = report.violations.first
        #expect(violation?.rule == .workingDay)
        #expect(violation?.date == saturday)
        #expect(violation?.message.contains("Saturday") == true)
    }

    @Test func routeOnDayOffIsRejected() {
        var rep = makeRep(hours: window("08:00", "17:00"))
        rep.daysOff = [monday]
        let territory = makeTerritory(rep: rep, customers: SharedAddress.customers())
        let report = validate(makePlan(territory, routes: [SharedAddress.route]), in: territory)

        #expect(report.violations.count == 1, "\(report)")
        let violation = report.violations.first
        #expect(violation?.rule == .workingDay)
        #expect(violation?.message.contains("2026-03-02 is a day off") == true)
    }

    /// An appointment at 07:00, 10 minutes from home, before the 08:00 start.
    private static let earlyAppointment = Appointment(
        id: "early", location: point(6, 8), kind: .fixed(date: monday), window: window("07:00", "07:30"),
        duration: minutes(30))

    @Test func earlyAppointmentExtendsWorkingDay() {
        let territory = makeTerritory(
            rep: makeRep(hours: window("08:00", "17:00")), customers: [], appointments: [Self.earlyAppointment])
        let route = makeRoute(
            departure: "06:50", stops: [appointmentStop("early", arrival: "07:00", start: "07:00", end: "07:30")],
            arrival: "07:40", driving: 20, distance: 20, working: 50, waiting: 0)
        let report = validate(makePlan(territory, routes: [route]), in: territory)

        #expect(report.isValid, "\(report)")
    }

    @Test func departureBeforeExtendedStartIsRejected() {
        let territory = makeTerritory(
            rep: makeRep(hours: window("08:00", "17:00")), customers: [], appointments: [Self.earlyAppointment])
        let route = makeRoute(
            departure: "06:40",
            stops: [appointmentStop("early", arrival: "06:50", waiting: 10, start: "07:00", end: "07:30")],
            arrival: "07:40", driving: 20, distance: 20, working: 60, waiting: 10)
        let report = validate(makePlan(territory, routes: [route]), in: territory)

        #expect(report.violations.count == 1, "\(report)")
        let violation = report.violations.first
        #expect(violation?.rule == .workingDay)
        #expect(violation?.message.contains("06:40") == true)
        #expect(violation?.message.contains("06:50") == true)
        #expect(violation?.message.contains("early") == true)
    }
}
