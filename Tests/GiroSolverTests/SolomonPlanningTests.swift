import Foundation
import Giro
import Testing

@Suite("Planning Solomon instances", .enabled(if: SharedDatasets.isPresent, "needs ../shared/datasets"))
struct SolomonPlanningTests {
    /// One instance of each class and a few search steps keep the debug run
    /// short; the benchmark runner covers all 56 in release (see
    /// docs/benchmarks.md).
    @Test(arguments: ["C101", "C201", "R101", "R201", "RC101", "RC201"])
    func planServesEveryCustomerValidly(instance: String) throws {
        let folder = try #require(SharedDatasets.folder("solomon"))
        let territory = try SolomonReader.load(path: folder.appendingPathComponent("\(instance).txt").path)
        let plan = try Planner(territory: territory).plan(options: PlannerOptions(iterationLimit: 5))
        let report = try PlanValidator(territory: territory).validate(plan)

        #expect(report.isValid, "\(report.description)")
        #expect(plan.unplanned.isEmpty)
        #expect(plan.visitCount == 100)
        #expect(plan.routes.count <= 25)
        for route in plan.routes {
            #expect(route.load <= 200 || territory.reps[0].capacity.map { route.load <= $0 } == true)
        }
    }

    @Test func c101PlanIsWithinReachOfTheBestKnown() throws {
        let folder = try #require(SharedDatasets.folder("solomon"))
        let territory = try SolomonReader.load(path: folder.appendingPathComponent("C101.txt").path)
        let plan = try Planner(territory: territory).plan(options: PlannerOptions(iterationLimit: 5))
        let distance = plan.routes.reduce(0.0) { $0 + $1.distance }

        // Best known distance 828.94 (distance-only table); the planner finds
        // it on this easy clustered instance.
        #expect(distance >= 828.93)
        #expect(distance <= 828.94 * 1.05)
    }
}
