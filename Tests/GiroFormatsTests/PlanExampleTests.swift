import Foundation
import Giro
import Testing

/// Decodes the complete example of docs/territory-format.md.
private func documentedTerritory() throws -> Territory {
    let json = try DocumentationExamples.block(
        in: "territory-format.md", after: "## Complete example", language: "json")
    return try TerritoryFile.decode(Data(json.utf8), fileName: "territory-format.md")
}

/// Returns the example plan of docs/plan-format.md, as written there.
private func documentedPlanText() throws -> String {
    try DocumentationExamples.block(in: "plan-format.md", after: "## Example", language: "json")
}

@Suite("Plan format example")
struct PlanExampleTests {
    @Test func examplePlanIsValidForExampleTerritory() throws {
        let territory = try documentedTerritory()
        let plan = try PlanFile.decode(Data(try documentedPlanText().utf8), fileName: "plan-format.md")

        let report = try PlanValidator(territory: territory).validate(plan)
        #expect(report.violations.isEmpty, "\(report.description)")
        #expect(plan.territoryName == territory.name)
        #expect(plan.horizon == territory.horizon)
    }

    @Test func examplePlanIsThePlannersOutput() throws {
        let territory = try documentedTerritory()
        let plan = try Planner(territory: territory).plan(options: PlannerOptions(seed: 1))
        let written = String(decoding: PlanFile.encode(plan), as: UTF8.self)

        #expect(
            written.trimmingCharacters(in: .whitespacesAndNewlines)
                == (try documentedPlanText()).trimmingCharacters(in: .whitespacesAndNewlines),
            "the planner's plan for the territory example has changed; run giro plan on it and paste the output into docs/plan-format.md")
    }
}
