import GiroModel
import GiroValidator
import Testing

@Suite struct OpeningHoursRuleTests {
    @Test func serviceAfterWindowClosesIsRejected() {
        let territory = SharedAddress.territory
        let late = visitStop("C2", arrival: "10:20", waiting: 5, start: "10:25", end: "10:45")
        let route = makeRoute(
            departure: "09:30", stops: [SharedAddress.c1, late], arrival: "11:05", driving: 40, distance: 40,
            working: 95, waiting: 5)
        let report = validate(makePlan(territory, routes: [route]), in: territory)

        #expect(report.violations.count == 1, "\(report)")
        let violation = report.violations.first
        #expect(violation?.rule == .openingHours)
        #expect(violation?.stopIndex == 1)
        #expect(violation?.subjectID == "C2")
        #expect(violation?.message == "service starts 10:25, after the window 10:00–10:20 closes")
    }

    @Test func serviceBeforeWindowOpensIsRejected() {
        let territory = SharedAddress.territory
        let early = visitStop("C1", arrival: "09:40", setup: 10, start: "09:50", end: "10:10")
        let second = visitStop("C2", arrival: "10:10", start: "10:10", end: "10:30")
        let route = makeRoute(
            departure: "09:20", stops: [early, second], arrival: "10:50", driving: 40, distance: 40, working: 90,
            waiting: 0)
        let report = validate(makePlan(territory, routes: [route]), in: territory)

        #expect(report.violations.count == 1, "\(report)")
        let violation = report.violations.first
        #expect(violation?.rule == .openingHours)
        #expect(violation?.stopIndex == 0)
        #expect(violation?.message == "service starts 09:50, before the window 10:00–10:20 opens")
    }

    @Test func entireAdherenceServicePastWindowIsRejected() {
        let customers = [
            makeCustomer(
                "C1", at: SharedAddress.site, service: 20, setup: 10, windows: [window("10:00", "10:20")],
                adherence: .entire),
            makeCustomer(
                "C2", at: SharedAddress.site, service: 20, setup: 10, windows: [window("10:00", "10:20")],
                adherence: .entire),
        ]
        let territory = makeTerritory(rep: makeRep(hours: window("08:00", "17:00")), customers: customers)
        let report = validate(makePlan(territory, routes: [SharedAddress.route]), in: territory)

        #expect(report.violations.count == 1, "\(report)")
        let violation = report.violations.first
        #expect(violation?.rule == .openingHours)
        #expect(violation?.stopIndex == 1)
        #expect(violation?.message.contains("10:20–10:40") == true)
        #expect(violation?.message.contains("10:00–10:20") == true)
    }

    @Test func appointmentOutsideItsWindowIsRejected() {
        let meeting = Appointment(
            id: "meeting", location: point(6, 8), kind: .onDay(date: monday), window: window("10:00", "11:00"),
            duration: minutes(30))
        let territory = makeTerritory(
            rep: makeRep(hours: window("08:00", "17:00")), customers: [], appointments: [meeting])
        let route = makeRoute(
            departure: "10:30", stops: [appointmentStop("meeting", arrival: "10:40", start: "10:40", end: "11:10")],
            arrival: "11:20", driving: 20, distance: 20, working: 50, waiting: 0)
        let report = validate(makePlan(territory, routes: [route]), in: territory)

        #expect(report.violations.count == 1, "\(report)")
        let violation = report.violations.first
        #expect(violation?.rule == .openingHours)
        #expect(violation?.stopIndex == 0)
        #expect(violation?.subjectID == "meeting")
        #expect(violation?.message.contains("10:40–11:10") == true)
        #expect(violation?.message.contains("10:00–11:00") == true)
    }

    @Test func appointmentOnWrongDateIsRejected() {
        let tuesday = day("2026-03-03")
        let meeting = Appointment(
            id: "meeting", location: point(6, 8), kind: .fixed(date: tuesday), window: window("10:00", "10:30"),
            duration: minutes(30))
        let territory = makeTerritory(
            rep: makeRep(hours: window("08:00", "17:00")), customers: [], appointments: [meeting],
            horizon: Horizon(start: monday, days: 2))
        let route = makeRoute(
            departure: "09:50", stops: [appointmentStop("meeting", arrival: "10:00", start: "10:00", end: "10:30")],
            arrival: "10:40", driving: 20, distance: 20, working: 50, waiting: 0)
        let report = validate(makePlan(territory, routes: [route]), in: territory)

        #expect(report.violations.count == 1, "\(report)")
        let violation = report.violations.first
        #expect(violation?.rule == .openingHours)
        #expect(violation?.stopIndex == 0)
        #expect(violation?.message.contains("2026-03-03") == true)
        #expect(violation?.message.contains("2026-03-02") == true)
    }
}
