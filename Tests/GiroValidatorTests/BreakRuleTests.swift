import GiroModel
import GiroValidator
import Testing

@Suite struct BreakRuleTests {
    @Test func breakEndingAfterFrameIsRejected() {
        let territory = LunchInsideFrame.territory
        let report = validate(makePlan(territory, routes: [LunchInsideFrame.lateRoute]), in: territory)

        let violations = report.violations(of: .breakRule)
        #expect(violations.count == 1, "\(report)")
        #expect(violations.first?.stopIndex == 0)
        #expect(violations.first?.message == "break 12:45–13:15 ends after the frame 12:00–13:00 closes")
    }

    @Test func missingRequiredBreakIsRejected() {
        let territory = LunchInsideFrame.territory
        let route = makeRoute(
            departure: "11:15",
            stops: [
                visitStop("C1", arrival: "11:30", start: "11:30", end: "12:00"),
                visitStop("C2", arrival: "12:05", waiting: 35, start: "12:40", end: "13:10"),
            ],
            arrival: "13:30", driving: 40, distance: 40, working: 135, waiting: 35)
        let report = validate(makePlan(territory, routes: [route]), in: territory)

        #expect(report.violations.count == 1, "\(report)")
        let violation = report.violations.first
        #expect(violation?.rule == .breakRule)
        #expect(violation?.stopIndex == nil)
        #expect(violation?.message.contains("11:15") == true)
        #expect(violation?.message.contains("13:30") == true)
        #expect(violation?.message.contains("30 min") == true)
    }

    @Test func breakOverlappingSetupIsRejected() {
        let territory = LunchInsideFrame.territory
        let route = makeRoute(
            departure: "11:15",
            stops: [
                visitStop("C1", arrival: "11:30", start: "11:30", end: "12:00"),
                visitStop("C2", arrival: "12:05", waiting: 35, start: "12:40", end: "13:10"),
            ],
            breakTaken: makeBreak("12:30", "13:00", .afterStop(0)),
            arrival: "13:30", driving: 40, distance: 40, working: 135, waiting: 35)
        let report = validate(makePlan(territory, routes: [route]), in: territory)

        #expect(report.violations.count == 1, "\(report)")
        let violation = report.violations.first
        #expect(violation?.rule == .breakRule)
        #expect(violation?.stopIndex == 1)
        #expect(violation?.message.contains("12:30–13:00") == true)
        #expect(violation?.message.contains("12:40") == true)
    }

    @Test func breakTakenWhileWaitingIsValid() {
        let territory = LunchInsideFrame.territory
        let route = makeRoute(
            departure: "11:15",
            stops: [
                visitStop("C1", arrival: "11:30", start: "11:30", end: "12:00"),
                visitStop("C2", arrival: "12:05", waiting: 5, start: "12:40", end: "13:10"),
            ],
            breakTaken: makeBreak("12:05", "12:35", .afterStop(0)),
            arrival: "13:30", driving: 40, distance: 40, working: 135, waiting: 5)
        let report = validate(makePlan(territory, routes: [route]), in: territory)

        #expect(report.isValid, "\(report)")
    }

    @Test func breakShorterThanRuleIsRejected() {
        let territory = LunchInsideFrame.territory
        var route = LunchInsideFrame.route
        route.breakTaken = makeBreak("12:00", "12:20", .afterStop(0))
        route.stops[1] = visitStop("C2", arrival: "12:25", waiting: 15, start: "12:40", end: "13:10")
        route.waitingTime = minutes(15)
        let report = validate(makePlan(territory, routes: [route]), in: territory)

        #expect(report.violations.count == 1, "\(report)")
        let violation = report.violations.first
        #expect(violation?.rule == .breakRule)
        #expect(violation?.stopIndex == 0)
        #expect(violation?.message.contains("20 min") == true)
        #expect(violation?.message.contains("30 min") == true)
    }

    @Test func breakBeforePreviousServiceEndsIsRejected() {
        let territory = LunchInsideFrame.territory
        var route = LunchInsideFrame.route
        route.breakTaken = makeBreak("11:50", "12:20", .afterStop(0))
        route.stops[1] = visitStop("C2", arrival: "12:35", waiting: 5, start: "12:40", end: "13:10")
        let report = validate(makePlan(territory, routes: [route]), in: territory)

        let violations = report.violations(of: .breakRule)
        let early = violations.first { $0.message.contains("before the service") }

        #expect(violations.count == 2, "\(report)")
        #expect(violations.allSatisfy { $0.stopIndex == 0 })
        #expect(early?.message.contains("11:50–12:20") == true)
        #expect(early?.message.contains("stop 0 ends at 12:00") == true)
        #expect(violations.contains { $0.message.contains("before the frame 12:00–13:00 opens") })
    }

    @Test func breakAfterMissingStopIsRejected() {
        let territory = LunchInsideFrame.territory
        var route = LunchInsideFrame.route
        route.breakTaken = makeBreak("12:00", "12:30", .afterStop(7))
        let report = validate(makePlan(territory, routes: [route]), in: territory)

        let misplaced = report.violations(of: .breakRule).first { $0.message.contains("after stop 7") }

        #expect(misplaced != nil, "\(report)")
        #expect(misplaced?.stopIndex == nil)
        #expect(misplaced?.message.contains("the route has 2 stops") == true)
    }
}
