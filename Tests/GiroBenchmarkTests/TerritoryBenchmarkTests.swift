import Foundation
import Giro
import GiroBenchmark
import GiroGenerator
import Testing

#if canImport(FoundationXML)
    import FoundationXML
#endif

@Suite("Territory benchmark")
struct TerritoryBenchmarkTests {
    /// A small generated territory: one rep, 40 customers around four towns
    /// of Lombardy, one week.
    private static let territory: Territory = {
        let towns = [
            Town(name: "Bergamo", latitude: 45.698, longitude: 9.677, population: 120_000),
            Town(name: "Treviglio", latitude: 45.521, longitude: 9.593, population: 30_000),
            Town(name: "Crema", latitude: 45.364, longitude: 9.686, population: 34_000),
            Town(name: "Chiari", latitude: 45.537, longitude: 9.929, population: 19_000),
        ]
        let settings = GeneratorSettings(
            name: "small", seed: 3, area: .region, centerLatitude: 45.52, centerLongitude: 9.75, placement: .towns,
            reps: 1, customersPerRep: 40, horizonStart: CalendarDate(year: 2027, month: 3, day: 8)!, horizonDays: 5)
        // The four towns lie within the region's radius, so generation cannot fail.
        return try! TerritoryGenerator.territory(settings, towns: towns)
    }()

    private static func run(reference: Double? = nil) throws -> (TerritoryResults, TerritoryBenchmark.Configuration) {
        let configuration = TerritoryBenchmark.Configuration(
            instances: [TerritoryBenchmark.Instance(name: "small", territory: territory)], seedCount: 2,
            iterationLimit: 30, referenceTimeLimit: reference, referenceSeedCount: 1)
        return (try TerritoryBenchmark(configuration: configuration).run(), configuration)
    }

    @Test func everyHeuristicRunsWithEverySeed() throws {
        let (results, _) = try Self.run()

        #expect(results.rows.map(\.heuristic) == [
            "construction", "construction", "local-search", "local-search", "ruin-and-recreate", "ruin-and-recreate",
        ])
        #expect(results.rows.map(\.seed) == [1, 2, 1, 2, 1, 2])
        #expect(results.rows.allSatisfy { $0.isValid })
        #expect(results.rows.filter { $0.heuristic != "ruin-and-recreate" }.allSatisfy { $0.iterations == 0 })
        #expect(results.rows.filter { $0.heuristic == "ruin-and-recreate" }.allSatisfy { $0.iterations == 30 }, "the last progress report carries the step count")
    }

    @Test func gapsAreMeasuredAgainstTheBestRun() throws {
        let (results, _) = try Self.run()
        let best = results.bestObjective

        let gaps = results.rows.compactMap { results.gapPercent($0, best: best) }
        #expect(gaps.count == results.rows.count)
        #expect(gaps.allSatisfy { $0 >= 0 })
        #expect(gaps.min() == 0)
        #expect(best["small"] == results.rows.map(\.objective).min())
    }

    @Test func searchIsNoWorseThanConstruction() throws {
        let (results, _) = try Self.run()

        for seed: UInt64 in [1, 2] {
            let objective = { (heuristic: String) in
                results.rows.first { $0.heuristic == heuristic && $0.seed == seed }?.objective ?? .infinity
            }
            #expect(objective("local-search") <= objective("construction"))
            #expect(objective("ruin-and-recreate") <= objective("local-search"))
        }
    }

    @Test func referenceRunsFollowEachTerritory() throws {
        let (results, configuration) = try Self.run(reference: 0.5)

        #expect(configuration.runCount == 7)
        #expect(results.rows.count == 7)
        #expect(results.rows.last?.heuristic == TerritoryBenchmark.referenceLabel)
        #expect(results.rows.last?.timeLimit == 0.5)
    }

    @Test func filesListEveryRun() throws {
        let (results, configuration) = try Self.run()

        let csv = TerritoryReport.csv(results).split(separator: "\n")
        #expect(csv.count == 7)
        #expect(csv.first.map(String.init) == TerritoryReport.columns.joined(separator: ","))
        let summary = TerritoryReport.summary(results, configuration: configuration)
        for heuristic in ["construction", "local-search", "ruin-and-recreate"] {
            #expect(summary.contains("| small | \(heuristic) | 2 |"))
        }
        let page = TerritoryReport.page(results, configuration: configuration)
        #expect(page.contains("<svg"))
        let chart = try #require(TerritoryReport.convergenceChart(results))
        #expect(XMLParser(data: Data(chart.utf8)).parse())
    }

    @Test func heuristicsSwitchOffTheirPhases() {
        let base = PlannerOptions(operators: [.relocate, .swap], metaheuristic: .ruinAndRecreate)

        let construction = TerritoryHeuristic.construction.options(from: base)
        let localSearch = TerritoryHeuristic.localSearch.options(from: base)
        let full = TerritoryHeuristic.ruinAndRecreate.options(from: PlannerOptions(metaheuristic: .none))

        #expect(construction.operators.isEmpty)
        #expect(construction.metaheuristic == .none)
        #expect(localSearch.operators == [.relocate, .swap])
        #expect(localSearch.metaheuristic == .none)
        #expect(full.metaheuristic == .ruinAndRecreate)
    }
}
