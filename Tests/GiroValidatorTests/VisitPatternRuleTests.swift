import GiroModel
import GiroValidator
import Testing

/// Customer P needs one visit on Monday and Thursday, or on Tuesday and
/// Friday. It sits 5 minutes from home, so each visit is a 30-minute round
/// trip from 08:00.
@Suite struct VisitPatternRuleTests {
    private static let thursday = monday.adding(days: 3)
    private static let territory = makeTerritory(
        rep: makeRep(hours: window("08:00", "17:00")),
        customers: [
            Customer(
                id: "P", location: point(3, 4), visitDuration: minutes(20),
                visitPatterns: [[monday, thursday], [monday.adding(days: 1), monday.adding(days: 4)]])
        ],
        horizon: Horizon(start: monday, days: 5))

    private static func route(on date: CalendarDate) -> DayRoute {
        makeRoute(
            date: date, departure: "08:00", stops: [visitStop("P", arrival: "08:05", start: "08:05", end: "08:25")],
            arrival: "08:30", driving: 10, distance: 10, working: 30, waiting: 0)
    }

    private static let unplannedP = UnplannedVisit(
        kind: .customer, id: "P", repID: "r1", reason: .noTimeLeft, message: "Customer P has no room on any pattern.")

    @Test func visitsOnOnePatternAreAccepted() {
        let plan = makePlan(Self.territory, routes: [Self.route(on: monday), Self.route(on: Self.thursday)])
        let report = validate(plan, in: Self.territory)

        #expect(report.isValid, "\(report)")
    }

    @Test func visitsAcrossPatternsAreRejected() {
        let friday = monday.adding(days: 4)
        let plan = makePlan(Self.territory, routes: [Self.route(on: monday), Self.route(on: friday)])
        let report = validate(plan, in: Self.territory)

        #expect(report.violations.count == 1, "\(report)")
        let violation = report.violations.first
        #expect(violation?.rule == .visitPattern)
        #expect(violation?.subjectID == "P")
        #expect(violation?.message.contains("2026-03-02, 2026-03-06") == true)
        #expect(violation?.message.contains("2026-03-02, 2026-03-05; 2026-03-03, 2026-03-06") == true)
    }

    @Test func incompletePatternIsRejected() {
        let plan = makePlan(Self.territory, routes: [Self.route(on: monday)])
        let report = validate(plan, in: Self.territory)

        #expect(report.violations.map(\.rule) == [.visitPattern], "\(report)")
    }

    @Test func unvisitedPatternCustomerMustBeListed() {
        let silent = validate(makePlan(Self.territory, routes: []), in: Self.territory)
        let listed = validate(makePlan(Self.territory, routes: [], unplanned: [Self.unplannedP]), in: Self.territory)

        #expect(silent.violations.map(\.rule) == [.visitPattern], "\(silent)")
        #expect(silent.violations.first?.message.contains("neither planned nor listed") == true)
        #expect(listed.isValid, "\(listed)")
    }

    @Test func listedCustomerWithVisitsIsRejected() {
        let plan = makePlan(
            Self.territory, routes: [Self.route(on: monday), Self.route(on: Self.thursday)], unplanned: [Self.unplannedP])
        let report = validate(plan, in: Self.territory)

        #expect(report.violations.map(\.rule) == [.unplannedReporting], "\(report)")
    }
}
