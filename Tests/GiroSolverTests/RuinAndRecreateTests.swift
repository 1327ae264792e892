import Foundation
import Giro
@testable import GiroSolver
import Testing

/// Random territories of every variant for the planner-level tests, one seed
/// each. Six ruin-and-recreate steps per plan keep the debug run short.
private let plannerCases = SearchVariant.allCases.enumerated().map { index, variant in
    SearchCase(seed: UInt64(6 * index + 2), variant: variant)
}

/// Plans a territory and returns the validator's findings, empty for a
/// valid plan.
private func validationFindings(_ territory: Territory, options: PlannerOptions) throws -> String? {
    let plan = try Planner(territory: territory).plan(options: options)
    let report = try PlanValidator(territory: territory).validate(plan)
    return report.isValid ? nil : report.description
}

/// Routes of a search state that the full schedule evaluation rejects.
private func infeasibleRoutes(_ solution: SearchSolution) -> [Int] {
    solution.routes.indices.filter { solution.exactObjective(slot: $0, sequence: solution.routes[$0]) == nil }
}

@Suite("Ruin and recreate")
struct RuinAndRecreateTests {
    @Test(arguments: SearchCase.all.filter { $0.seed.isMultiple(of: 2) })
    func resultIsNeverWorseThanStart(_ searchCase: SearchCase) throws {
        let fixture = try SearchFixture(searchCase)
        let start = fixture.solution

        for seed in UInt64(1)...3 {
            let options = PlannerOptions(seed: seed, iterationLimit: 4)
            var search = RuinAndRecreate(model: fixture.model, options: options)
            let (best, iterations) = search.run(from: start, started: .now, deadline: nil)

            #expect(iterations == 4)
            #expect(best.objective <= start.objective, "seed \(seed): \(best.objective) > \(start.objective)")
            #expect(infeasibleRoutes(best).isEmpty, "seed \(seed): routes \(infeasibleRoutes(best)) are infeasible")
        }
    }

    @Test(arguments: plannerCases)
    func sameSeedAndBudgetGiveSameRoutes(_ searchCase: SearchCase) throws {
        let fixture = try SearchFixture(searchCase)
        let options = PlannerOptions(seed: 7, iterationLimit: 6)

        var first = RuinAndRecreate(model: fixture.model, options: options)
        var second = RuinAndRecreate(model: fixture.model, options: options)
        let firstResult = first.run(from: fixture.solution, started: .now, deadline: nil)
        let secondResult = second.run(from: fixture.solution, started: .now, deadline: nil)

        #expect(firstResult.best.routes == secondResult.best.routes)
        #expect(firstResult.iterations == secondResult.iterations)
    }

    @Test func samePlannerOptionsGiveSamePlan() throws {
        let territory = SearchTerritory.make(seed: 4, variant: .twoWindows)
        let options = PlannerOptions(seed: 3, iterationLimit: 6)

        let first = try Planner(territory: territory).plan(options: options)
        let second = try Planner(territory: territory).plan(options: options)

        #expect(first == second)
    }

    // MARK: - Valid plans for every part alone

    @Test(arguments: RuinMethod.allCases)
    func eachRuinMethodAloneGivesValidPlans(method: RuinMethod) throws {
        for searchCase in plannerCases {
            let territory = SearchTerritory.make(seed: searchCase.seed, variant: searchCase.variant)
            let options = PlannerOptions(iterationLimit: 6, ruinMethods: [method])
            let findings = try validationFindings(territory, options: options)
            #expect(findings == nil, "\(searchCase.testDescription): \(findings ?? "")")
        }
    }

    @Test(arguments: RecreateMethod.allCases)
    func eachRecreateMethodAloneGivesValidPlans(method: RecreateMethod) throws {
        for searchCase in plannerCases {
            let territory = SearchTerritory.make(seed: searchCase.seed, variant: searchCase.variant)
            let options = PlannerOptions(iterationLimit: 6, recreateMethods: [method])
            let findings = try validationFindings(territory, options: options)
            #expect(findings == nil, "\(searchCase.testDescription): \(findings ?? "")")
        }
    }

    @Test(arguments: AcceptanceCriterion.allCases)
    func eachAcceptanceCriterionGivesValidPlans(criterion: AcceptanceCriterion) throws {
        for searchCase in plannerCases {
            let territory = SearchTerritory.make(seed: searchCase.seed, variant: searchCase.variant)
            let options = PlannerOptions(iterationLimit: 6, acceptance: criterion)
            let findings = try validationFindings(territory, options: options)
            #expect(findings == nil, "\(searchCase.testDescription): \(findings ?? "")")
        }
    }

    @Test(arguments: SearchOperator.allCases)
    func eachOperatorAloneGivesValidPlans(searchOperator: SearchOperator) throws {
        for searchCase in plannerCases {
            let territory = SearchTerritory.make(seed: searchCase.seed, variant: searchCase.variant)
            let options = PlannerOptions(iterationLimit: 6, operators: [searchOperator])
            let findings = try validationFindings(territory, options: options)
            #expect(findings == nil, "\(searchCase.testDescription): \(findings ?? "")")
        }
    }

    @Test func ruinAndRecreateWithoutOperatorsGivesValidPlans() throws {
        for searchCase in plannerCases {
            let territory = SearchTerritory.make(seed: searchCase.seed, variant: searchCase.variant)
            let options = PlannerOptions(iterationLimit: 6, operators: [], metaheuristic: .ruinAndRecreate)
            let findings = try validationFindings(territory, options: options)
            #expect(findings == nil, "\(searchCase.testDescription): \(findings ?? "")")
        }
    }
}

@Suite(
    "Ruin and recreate on Solomon instances",
    .enabled(if: SharedDatasets.isPresent, "needs ../shared/datasets"))
struct RuinAndRecreateSolomonTests {
    /// Twenty steps must serve every customer validly and drive no farther
    /// than the construction, which the search starts from.
    @Test(arguments: ["C101", "R101"])
    func twentyStepsServeAllNoFarther(instance: String) throws {
        let folder = try #require(SharedDatasets.folder("solomon"))
        let territory = try SolomonReader.load(path: folder.appendingPathComponent("\(instance).txt").path)
        let planner = try Planner(territory: territory)
        let construction = planner.plan(options: PlannerOptions(operators: [], metaheuristic: .none))
        let plan = planner.plan(options: PlannerOptions(iterationLimit: 20))
        let report = try PlanValidator(territory: territory).validate(plan)
        let distance = plan.routes.reduce(0.0) { $0 + $1.distance }
        let constructionDistance = construction.routes.reduce(0.0) { $0 + $1.distance }

        #expect(report.isValid, "\(report.description)")
        #expect(plan.unplanned.isEmpty)
        #expect(plan.visitCount == 100)
        #expect(distance <= constructionDistance + 1e-6, "\(distance) > \(constructionDistance)")
    }
}
