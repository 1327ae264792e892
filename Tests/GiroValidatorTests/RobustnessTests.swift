import GiroModel
import GiroTravel
import GiroValidator
import Testing

/// Plans that are wrong in every way still produce a report.
@Suite struct RobustnessTests {
    @Test func extremeTimesDoNotTrap() {
        let territory = SharedAddress.territory
        var route = SharedAddress.route
        route.departure = Int.min
        route.arrival = Int.max
        route.drivingTime = Int.min
        route.workingTime = Int.max
        route.waitingTime = Int.min
        route.distance = .nan
        route.load = -.infinity
        route.stops[0].serviceStart = Int.max
        route.stops[0].serviceEnd = Int.min
        route.stops[1].serviceStart = Int.min
        route.stops[1].arrival = Int.max
        route.breakTaken = PlannedBreak(start: Int.max, end: Int.min, placement: .afterStop(Int.min))
        let report = validate(makePlan(territory, routes: [route]), in: territory)

        #expect(!report.isValid)
        #expect(!report.description.isEmpty)
        #expect(report.violations(of: .consistency).contains { $0.message.contains("reported driving time") })
    }

    @Test func extremeBreakInRouteDoesNotTrap() {
        let territory = LunchInsideFrame.territory
        var route = LunchInsideFrame.route
        route.breakTaken = PlannedBreak(start: Int.min, end: Int.max, placement: .beforeFirstStop)
        let report = validate(makePlan(territory, routes: [route]), in: territory)

        #expect(!report.violations(of: .breakRule).isEmpty, "\(report)")
        #expect(!report.description.isEmpty)
    }

    @Test func unusableLocationsAreReported() {
        let territory = SharedAddress.territory
        var route = SharedAddress.route
        route.startLocation = point(.nan, 0)
        route.endLocation = .geographic(latitude: 52.5, longitude: 13.4)
        let report = validate(makePlan(territory, routes: [route]), in: territory)

        let messages = report.violations(of: .consistency).map(\.message)
        #expect(messages.contains { $0.contains("cannot be computed") }, "\(report)")
    }

    @Test func absurdDatesDoNotTrap() {
        let territory = SharedAddress.territory
        var far = SharedAddress.route
        far.date = CalendarDate(daysSinceEpoch: Int.max)
        var past = SharedAddress.route
        past.date = CalendarDate(daysSinceEpoch: Int.min)
        var plan = makePlan(territory, routes: [far, past, SharedAddress.route])
        plan.horizon = Horizon(start: CalendarDate(daysSinceEpoch: Int.min), days: Int.max)
        let report = validate(plan, in: territory)

        #expect(report.violations(of: .consistency).count == 3, "\(report)")
        #expect(!report.description.isEmpty)
    }

    @Test func strayIdsAndKindsAreReported() {
        let territory = SharedAddress.territory
        let stops = [
            PlannedStop(
                kind: .visit, customerID: nil, arrival: 0, waitingTime: 0, setupDuration: 0, serviceStart: 0,
                serviceEnd: 0, window: nil),
            PlannedStop(
                kind: .appointment, customerID: "C1", arrival: 0, waitingTime: 0, setupDuration: 0, serviceStart: 0,
                serviceEnd: 0, window: nil),
            PlannedStop(
                kind: .appointment, customerID: nil, appointmentID: "ghost", arrival: 0, waitingTime: 0,
                setupDuration: 0, serviceStart: 0, serviceEnd: 0, window: nil),
        ]
        let route = makeRoute(
            departure: "09:00", stops: stops, arrival: "09:00", driving: 0, distance: 0, working: 0, waiting: 0)
        let empty = makeRoute(
            departure: "09:00", stops: [], arrival: "09:00", driving: 0, distance: 0, working: 0, waiting: 0)
        let report = validate(makePlan(territory, routes: [route, empty]), in: territory)

        let messages = report.violations(of: .consistency).map(\.message)
        #expect(messages.contains("the visit stop has no customer id"), "\(report)")
        #expect(messages.contains("the appointment stop has no appointment id"))
        #expect(messages.contains("appointment ghost is not in the territory"))
        #expect(messages.contains("the route has no stops, but a day without visits must have no route"))
    }
}

@Suite struct ValidationReportTests {
    @Test func descriptionListsEveryViolation() {
        let territory = LunchInsideFrame.territory
        var route = LunchInsideFrame.lateRoute
        route.drivingTime = 0
        let report = validate(makePlan(territory, routes: [route]), in: territory)
        let lines = report.description.split(separator: "\n")

        #expect(lines.count == 3, "\(report)")
        #expect(lines.first == "The plan is invalid: 2 violations.")
        #expect(
            lines.contains(
                "- [break] rep r1, 2026-03-02, stop 0: break 12:45–13:15 ends after the frame 12:00–13:00 closes"))
    }

    @Test func ruleRawValuesAreStable() {
        let rawValues = Violation.Rule.allCases.map(\.rawValue)

        #expect(
            rawValues == [
                "working-day", "opening-hours", "break", "appointment", "cadence", "blocked-date", "day-continuity",
                "overnight-stay", "capacity", "consistency", "unplanned-reporting", "objective", "visit-pattern",
            ])
    }

    @Test func invalidTravelModelThrows() {
        var territory = SharedAddress.territory
        territory.travel = .euclidean(EuclideanParameters(secondsPerUnit: 0))

        #expect(throws: TravelError.self) {
            _ = try PlanValidator(territory: territory)
        }
    }
}
