import Foundation
import Testing

import Giro
@testable import GiroBenchmark

@Suite struct BenchmarkReportTests {
    private func row(
        _ instance: String, seed: UInt64, distance: Double, isValid: Bool = true, unplanned: Int = 0
    ) -> BenchmarkRow {
        BenchmarkRow(
            instance: instance, instanceClass: InstanceClass(instanceName: instance), seed: seed, vehicles: 3,
            distance: distance, bestKnownDistance: 100, seconds: 0.25, iterations: 7, isValid: isValid,
            unplanned: unplanned)
    }

    private let configuration = VRPTWBenchmark.Configuration(
        instanceFolder: "instances", bestKnownFile: "bks.csv", iterationLimit: 20, seedCount: 3)

    @Test func resultsCSVHasHeaderAndOneLinePerRow() {
        let rows = [row("C101", seed: 1, distance: 110), row("R201", seed: 1, distance: 90.5)]

        let lines = ResultsCSV.text(rows).split(separator: "\n")

        #expect(lines.count == 3)
        #expect(
            lines[0] == "instance,class,seed,vehicles,distance,bks_distance,gap_percent,seconds,iterations,validator,unplanned")
        #expect(lines[1] == "C101,C1,1,3,110.0000,100.0000,10.0000,0.250,7,valid,0")
        #expect(lines[2] == "R201,R2,1,3,90.5000,100.0000,-9.5000,0.250,7,valid,0")
    }

    @Test func resultsCSVQuotesNamesWithCommas() {
        let text = ResultsCSV.text([row("odd,name", seed: 1, distance: 100)])

        #expect(text.contains("\n\"odd,name\",,1,"))
    }

    @Test func summaryUsesMedianOverSeeds() {
        // C101's gaps are 10, 30 and 20 %: the median is 20. C102's single
        // complete run has 40 %, so C1's mean gap is 30.
        let rows = [
            row("C101", seed: 1, distance: 110), row("C101", seed: 2, distance: 130),
            row("C101", seed: 3, distance: 120), row("C102", seed: 1, distance: 140),
            row("C102", seed: 2, distance: 500, isValid: false), row("C102", seed: 3, distance: 90, unplanned: 2),
        ]

        let text = BenchmarkSummary.text(rows, configuration: configuration)

        #expect(text.contains("| C1 | 2 | 30.00 | 3.00 | 125.00 | 0.250 | 1 |"))
        #expect(text.contains("| all | 2 | 30.00 |"))
        #expect(text.contains("- C102 seed 2: invalid, 0 unplanned"))
        #expect(text.contains("- C102 seed 3: valid, 2 unplanned"))
    }

    @Test func summaryHasOneLinePerClass() {
        let rows = [
            row("C101", seed: 1, distance: 110), row("R201", seed: 1, distance: 120),
            row("rc1_2_1", seed: 1, distance: 130), row("demo", seed: 1, distance: 140),
        ]

        let text = BenchmarkSummary.text(rows, configuration: configuration)

        #expect(text.contains("| C1 | 1 | 10.00 |"))
        #expect(text.contains("| R2 | 1 | 20.00 |"))
        #expect(text.contains("| RC1 | 1 | 30.00 |"))
        #expect(text.contains("| other | 1 | 40.00 |"))
        #expect(text.contains("| all | 4 | 25.00 |"))
        #expect(text.contains("None: every plan is valid"))
        #expect(!text.contains("| C2 |"))
    }

    @Test func medianOfEvenCountIsMiddleMean() {
        #expect(BenchmarkSummary.median([4, 1, 3, 2]) == 2.5)
        #expect(BenchmarkSummary.median([5]) == 5)
    }

    @Test func convergenceCSVHasHeaderAndPoints() {
        let points = [ConvergencePoint(instance: "C101", seed: 2, seconds: 0.5, iterations: 10, bestObjective: 830.25)]

        let lines = ConvergenceCSV.text(points).split(separator: "\n")

        #expect(lines == ["instance,seed,seconds,iterations,best_objective", "C101,2,0.500,10,830.2500"])
    }

    @Test func samplerKeepsAtMostItsLimit() {
        var sampler = ConvergenceSampler(instance: "C101", seed: 1, maximumPoints: 200)

        for report in 1...10_000 {
            sampler.record(seconds: Double(report), iterations: report, bestObjective: Double(20_000 - report))
        }
        sampler.finish(seconds: 10_001, iterations: 10_000, bestObjective: 1)

        #expect(sampler.points.count <= 200)
        #expect(sampler.points.count >= 100)
        #expect(sampler.points.last?.bestObjective == 1)
        #expect(zip(sampler.points, sampler.points.dropFirst()).allSatisfy { $0.seconds < $1.seconds })
    }

    @Test func samplerKeepsShortRunsWhole() {
        var sampler = ConvergenceSampler(instance: "C101", seed: 1)

        for report in 1...5 {
            sampler.record(seconds: Double(report), iterations: report, bestObjective: 10)
        }
        sampler.finish(seconds: 6, iterations: 5, bestObjective: 9)

        #expect(sampler.points.map(\.seconds) == [1, 2, 3, 4, 5, 6])
    }
}
