import Giro
import Testing

@Suite("Plan figures")
struct PlanKPITests {
    private static let monday = CalendarDate(year: 2027, month: 3, day: 8)!
    private static let home = Location.geographic(latitude: 45.5, longitude: 9.8)

    /// C1 falls due on Wednesday and is visited on Tuesday; C2 falls due on
    /// Thursday and is not visited; C3 was overdue before the horizon and is
    /// visited on Tuesday.
    private static let territory = Territory(
        horizon: Horizon(start: monday, days: 5),
        reps: [Rep(id: "R1", home: home, workingHours: .weekdays(TimeWindow(start: 8 * 3600, end: 18 * 3600)))],
        customers: [
            Customer(
                id: "C1", location: .geographic(latitude: 45.6, longitude: 9.9), visitDuration: 1800, cadenceDays: 7,
                lastVisit: monday.adding(days: -5)),
            Customer(
                id: "C2", location: .geographic(latitude: 45.4, longitude: 9.7), visitDuration: 1800, cadenceDays: 7,
                lastVisit: monday.adding(days: -4)),
            Customer(
                id: "C3", location: .geographic(latitude: 45.3, longitude: 9.6), visitDuration: 1800, cadenceDays: 7,
                lastVisit: monday.adding(days: -16)),
        ])

    private static let plan = Plan(
        horizon: territory.horizon,
        routes: [
            DayRoute(
                repID: "R1", date: monday.adding(days: 1), startLocation: home, departure: 8 * 3600,
                stops: [
                    PlannedStop(
                        kind: .visit, customerID: "C1", arrival: 9 * 3600, waitingTime: 0, setupDuration: 0,
                        serviceStart: 9 * 3600, serviceEnd: 9 * 3600 + 1800, window: nil),
                    PlannedStop(
                        kind: .visit, customerID: "C3", arrival: 10 * 3600, waitingTime: 0, setupDuration: 0,
                        serviceStart: 10 * 3600, serviceEnd: 10 * 3600 + 1800, window: nil),
                ],
                breakTaken: nil, endLocation: home, arrival: 10 * 3600, drivingTime: 1800, distance: 50_000,
                workingTime: 7200, waitingTime: 0)
        ],
        unplanned: [])

    @Test func workloadAndDrivingFigures() throws {
        let kpis = try PlanValidator(territory: Self.territory).kpis(of: Self.plan)

        #expect(kpis.visits == 2)
        #expect(kpis.routeDays == 1)
        #expect(kpis.visitsPerDay == 2)
        #expect(kpis.drivingShare == 0.25)
        #expect(kpis.kilometres == 50)
        #expect(kpis.kilometresPerVisit == 25)
        #expect(kpis.nightsAway == 0)
    }

    @Test func cadenceFiguresLeaveEarlierOverdueOut() throws {
        let kpis = try PlanValidator(territory: Self.territory).kpis(of: Self.plan)

        #expect(kpis.dueCustomers == 2)
        #expect(kpis.dueCustomersVisitedInTime == 1)
        #expect(kpis.cadenceCompliance == 0.5)
        #expect(kpis.overdueAtHorizonEnd == 1)
    }

    @Test func objectiveTermsAddUpToTheObjective() throws {
        let validator = try PlanValidator(territory: Self.territory)
        let kpis = validator.kpis(of: Self.plan)

        #expect(kpis.drivingCost == 1800)
        #expect(kpis.cadenceCost > 0)
        #expect(abs(kpis.drivingCost + kpis.cadenceCost - validator.objective(of: Self.plan)) < 1e-6)
    }

    @Test func nightAwayIsCounted() throws {
        var plan = Self.plan
        plan.routes[0].endLocation = .geographic(latitude: 45.3, longitude: 9.6)

        let kpis = try PlanValidator(territory: Self.territory).kpis(of: plan)

        #expect(kpis.nightsAway == 1)
    }
}
