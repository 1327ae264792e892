import Foundation
import Testing

import Giro
@testable import GiroBenchmark

#if canImport(FoundationXML)
    import FoundationXML
#endif

@Suite("Benchmark pictures")
struct BenchmarkPicturesTests {
    private func row(_ instance: String, seed: UInt64, distance: Double) -> BenchmarkRow {
        BenchmarkRow(
            instance: instance, instanceClass: InstanceClass(instanceName: instance), seed: seed, vehicles: 3,
            distance: distance, bestKnownDistance: 100, seconds: 1, iterations: 7, isValid: true, unplanned: 0)
    }

    private var results: BenchmarkResults {
        BenchmarkResults(
            rows: [row("C101", seed: 1, distance: 110), row("R201", seed: 1, distance: 104)],
            convergence: [
                ConvergencePoint(instance: "C101", seed: 1, seconds: 0.1, iterations: 0, bestObjective: 130),
                ConvergencePoint(instance: "C101", seed: 1, seconds: 1, iterations: 50, bestObjective: 110),
                ConvergencePoint(instance: "R201", seed: 1, seconds: 0.2, iterations: 0, bestObjective: 1e9 + 120),
                ConvergencePoint(instance: "R201", seed: 1, seconds: 0.8, iterations: 30, bestObjective: 104),
            ])
    }

    private func isWellFormed(_ text: String) -> Bool {
        XMLParser(data: Data(text.utf8)).parse()
    }

    @Test func gapBarsShowEachClassAndAll() {
        let svg = BenchmarkReport.gapBars(results.rows)

        #expect(isWellFormed(svg))
        #expect(svg.contains("<title>giro, C1: 10.00</title>"))
        #expect(svg.contains("<title>giro, R2: 4.00</title>"))
        #expect(svg.contains("<title>giro, all: 7.00</title>"))
    }

    @Test func convergenceLeavesOutMissingVisits() throws {
        let svg = try #require(BenchmarkReport.convergenceChart(results))

        #expect(isWellFormed(svg))
        #expect(svg.components(separatedBy: "<polyline").count - 1 == 2)
        #expect(!svg.contains("1000000"))
    }

    @Test func convergenceWithoutPointsIsNil() {
        let empty = BenchmarkResults(rows: results.rows, convergence: [])

        #expect(BenchmarkReport.convergenceChart(empty) == nil)
    }

    @Test func pageHasSettingsTableAndPictures() {
        let configuration = VRPTWBenchmark.Configuration(
            instanceFolder: "instances", bestKnownFile: "bks.csv", iterationLimit: 20)

        let page = BenchmarkReport.page(results, configuration: configuration)

        #expect(page.hasPrefix("<!DOCTYPE html>"))
        #expect(page.contains("<td>instances: instances</td>"))
        #expect(page.contains("<td>C1</td>"))
        #expect(page.components(separatedBy: "<svg").count - 1 == 2)
    }
}
