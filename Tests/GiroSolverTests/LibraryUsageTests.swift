import Foundation
import Giro
import Testing

@Suite("Library usage as in the README")
struct LibraryUsageTests {
    @Test func readmeExamplePlansTheDemoTerritory() throws {
        let path = SharedDatasets.repositoryRoot.appendingPathComponent("datasets/demo-northern-italy.json").path

        let territory = try TerritoryFile.load(path: path)
        let plan = try Planner(territory: territory).plan(options: PlannerOptions(seed: 1, timeLimit: 1))

        let report = try PlanValidator(territory: territory).validate(plan)
        #expect(report.isValid, "\(report.description)")

        let workingDays = territory.horizon.dates.filter { territory.reps[0].workingHours(on: $0) != nil }
        #expect(Set(plan.routes.map(\.date)) == Set(workingDays))
        #expect(plan.visitCount >= 30)
        for item in plan.unplanned {
            #expect(!item.message.isEmpty)
        }
    }

    @Test func planningIsDeterministic() throws {
        let path = SharedDatasets.repositoryRoot.appendingPathComponent("datasets/demo-northern-italy.json").path
        let territory = try TerritoryFile.load(path: path)
        let options = PlannerOptions(seed: 7, iterationLimit: 15)
        let first = try Planner(territory: territory).plan(options: options)
        let second = try Planner(territory: territory).plan(options: options)
        #expect(first == second)
    }
}
