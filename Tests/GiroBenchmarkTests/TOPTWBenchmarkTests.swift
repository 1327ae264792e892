import Foundation
import Testing

import Giro
@testable import GiroBenchmark

@Suite("TOPTW benchmark")
struct TOPTWBenchmarkTests {
    /// A depot with a 100-unit budget and three points on a line: A (score
    /// 10) at 10 units, B (score 5) at 10 units the other way, and C (score
    /// 20) at 45 units. One tour collects at most A and C (30) in 90 units.
    private static let instanceText = [
        "1 1 3 1", "0 100", "0 0 0 0 0 0 0 0 100", "1 10 0 0 10 1 1 1 0 100", "2 -10 0 0 5 1 1 1 0 100",
        "3 45 0 0 20 1 1 1 0 100",
    ].joined(separator: "\n")

    private func instance() throws -> TOPTWInstance {
        try TOPTWReader.decode(Self.instanceText, fileName: "line.txt")
    }

    @Test func territoryHasOneRepPerTour() throws {
        let territory = TOPTWBenchmark.territory(for: try instance(), tours: 3)

        #expect(territory.reps.count == 3)
        #expect(territory.reps[0].workingHours[.monday] == TimeWindow(start: 0, end: 100 * TOPTWBenchmark.secondsPerUnit))
        #expect(territory.customers.map(\.priority) == [10, 5, 20])
        #expect(territory.horizon.days == 1)
    }

    @Test func oneTourCollectsTheBestScore() throws {
        let territory = TOPTWBenchmark.territory(for: try instance(), tours: 1)
        let plan = try Planner(territory: territory).plan(options: PlannerOptions(seed: 1, iterationLimit: 50))

        let visited = Set(plan.routes.flatMap(\.stops).compactMap(\.customerID))
        #expect(visited == ["1", "3"])
        let report = try PlanValidator(territory: territory).validate(plan)
        #expect(report.isValid, "\(report.description)")
    }

    @Test func twoToursCollectEverything() throws {
        let territory = TOPTWBenchmark.territory(for: try instance(), tours: 2)
        let plan = try Planner(territory: territory).plan(options: PlannerOptions(seed: 1, iterationLimit: 50))

        #expect(Set(plan.routes.flatMap(\.stops).compactMap(\.customerID)) == ["1", "2", "3"])
    }

    @Test func bestKnownScoresAreReadByInstanceAndTours() throws {
        let text = "instance,paths_m,best_score,source\nc101,1,320,x\nC101,2,590,y\n"
        let scores = try TOPTWBestKnownScores.decode(text, fileName: "bks.csv")

        #expect(scores.count == 2)
        #expect(scores["c101", tours: 1] == 320)
        #expect(scores["c101", tours: 2] == 590)
        #expect(scores["c101", tours: 3] == nil)
    }

    @Test(arguments: [
        ("instance,best_score\nc101,320\n", "paths_m"),
        ("instance,paths_m,best_score\nc101,0,320\n", "paths_m"),
        ("instance,paths_m,best_score\nc101,1,-5\n", "best_score"),
        ("instance,paths_m,best_score\nc101,1,5\nC101,1,6\n", "instance"),
    ])
    func badScoreRowsNameTheColumn(text: String, column: String) {
        #expect {
            try TOPTWBestKnownScores.decode(text, fileName: "bks.csv")
        } throws: { error in
            (error as? FormatError)?.columnName == column
        }
    }

    @Test func runnerCoversEveryToursAndSkipsFilesWithoutScores() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("giro-toptw-\(UUID().uuidString)")
        let sets = folder.appendingPathComponent("set")
        try FileManager.default.createDirectory(at: sets, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Self.instanceText.write(to: sets.appendingPathComponent("line.txt"), atomically: true, encoding: .utf8)
        try "not an instance".write(to: folder.appendingPathComponent("format.txt"), atomically: true, encoding: .utf8)
        let bks = folder.appendingPathComponent("bks.csv")
        try "instance,paths_m,best_score\nline,1,30\nline,2,35\n".write(to: bks, atomically: true, encoding: .utf8)

        let configuration = TOPTWBenchmark.Configuration(
            instanceFolder: folder.path, bestKnownFile: bks.path, tours: 1...4, iterationLimit: 30)
        let (rows, skipped) = try TOPTWBenchmark(configuration: configuration).run()

        #expect(rows.map(\.tours) == [1, 2])
        #expect(rows.map(\.score) == [30, 35])
        #expect(rows.allSatisfy { $0.isValid })
        #expect(skipped.count == 1)
        #expect(skipped.first?.hasSuffix("format.txt") == true)

        let summary = TOPTWReport.summary(rows, configuration: configuration, skipped: skipped)
        #expect(summary.contains("| 1 | 1 | 0.00 | 1 of 1 |"))
        #expect(summary.contains("| all | 2 | 0.00 | 2 of 2 |"))
        let csv = TOPTWReport.resultsCSV(rows)
        #expect(csv.hasPrefix("instance,tours,seed,score,bks_score,gap_percent,visits,seconds,iterations,validator\n"))
        #expect(csv.contains("\nline,1,1,30.00,30.00,0.0000,2,"))
        #expect(!csv.contains("\n\n"))
    }
}
