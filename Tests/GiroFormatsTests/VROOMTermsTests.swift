import Foundation
import Giro
import Testing

@Suite("VROOM's terms")
struct VROOMTermsTests {
    private static let monday = CalendarDate(year: 2027, month: 3, day: 8)!
    private static let home = Location.geographic(latitude: 45.5, longitude: 9.8)

    /// One rep over two days with a maximum working time and nights away;
    /// C1 is due and C2 has a reservation.
    private static let territory = Territory(
        name: "Terms fixture", horizon: Horizon(start: monday, days: 2),
        reps: [
            Rep(
                id: "R1", home: home, workingHours: .weekdays(TimeWindow(start: 8 * 3600, end: 18 * 3600)),
                maximumWorkingTime: 8 * 3600,
                overnightRule: OvernightRule(allowedNights: [.monday], maximumDriveToHotel: 1800, hotels: []))
        ],
        customers: [
            Customer(
                id: "C1", location: .geographic(latitude: 45.6, longitude: 9.9), visitDuration: 1800, cadenceDays: 14,
                lastVisit: monday.adding(days: -20)),
            Customer(id: "C2", location: .geographic(latitude: 45.4, longitude: 9.7), visitDuration: 2400),
        ],
        reservations: [Reservation(id: "V2", customerID: "C2")])

    @Test func jobListedAsUnplannedIsNotServed() throws {
        let problem = try VROOMProblem(territory: Self.territory)
        let plan = Plan(
            territoryName: "Terms fixture", horizon: Self.territory.horizon, routes: [],
            unplanned: [UnplannedVisit(kind: .reservation, id: "V2", repID: "R1", reason: .noTimeLeft, message: "")])

        let terms = problem.terms(of: plan)

        #expect(terms.exportedPriority == 110)
        #expect(terms.servedPriority == 10)
        #expect(terms.servedJobs == 1)
        #expect(terms.jobs == 2)
        #expect(terms.drivingTime == 0)
    }

    @Test func plannerPlanServesEveryJob() throws {
        let territory = VROOMProblem.expressibleTerritory(Self.territory)
        let problem = try VROOMProblem(territory: territory)
        let (_, plan) = try Planner.plan(territory: territory, options: PlannerOptions(seed: 1))

        let terms = problem.terms(of: plan)

        #expect(terms.servedPriority == terms.exportedPriority)
        #expect(terms.drivingTime == plan.routes.reduce(0) { $0 + $1.drivingTime })
        #expect(terms.drivingTime > 0)
    }

    @Test func higherPriorityBeatsLessDriving() {
        let served = VROOMTerms(
            servedPriority: 110, exportedPriority: 110, servedJobs: 2, jobs: 2, drivingTime: 9_000, distance: 1)
        let missing = VROOMTerms(
            servedPriority: 100, exportedPriority: 110, servedJobs: 1, jobs: 2, drivingTime: 1_000, distance: 1)
        var shorter = served
        shorter.drivingTime = 8_999

        #expect(served.isAtLeastAsGood(as: missing))
        #expect(!missing.isAtLeastAsGood(as: served))
        #expect(shorter.isAtLeastAsGood(as: served))
        #expect(!served.isAtLeastAsGood(as: shorter))
        #expect(served.isAtLeastAsGood(as: served))
    }

    @Test func expressibleTerritoryDropsWhatVROOMCannotSay() throws {
        let territory = VROOMProblem.expressibleTerritory(Self.territory)

        #expect(territory.reps.allSatisfy { $0.maximumWorkingTime == nil })
        #expect(territory.reps.allSatisfy { $0.overnightRule == nil })
        #expect(territory.settings.drivingTimeWeight == 1)
        #expect(territory.settings.distanceWeight == 0)
        #expect(territory.settings.routeWeight == 0)
        #expect(territory.settings.cadenceWeight == 0)
        #expect(territory.customers == Self.territory.customers)
        #expect(territory.reservations == Self.territory.reservations)
        #expect(try VROOMProblem(territory: territory).encoded() == VROOMProblem(territory: Self.territory).encoded())
    }

    @Test(arguments: [(1.0, 10), (2.5, 25), (20.0, 99), (0.0, 0)])
    func duePriorityFollowsCustomerPriority(priority: Double, expected: Int) throws {
        var territory = Self.territory
        territory.customers[0].priority = priority

        let json = try #require(
            JSONSerialization.jsonObject(with: VROOMProblem(territory: territory).encoded()) as? [String: Any])
        let jobs = try #require(json["jobs"] as? [[String: Any]])

        let due = try #require(jobs.first { $0["description"] as? String == "customer C1" })
        #expect(due["priority"] as? Int == expected)
    }
}
