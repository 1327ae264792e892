import Foundation
import Testing

import Giro
@testable import GiroBenchmark

@Suite("Periodic VRP benchmark")
struct PVRPBenchmarkTests {
    /// One vehicle of capacity 10 over two days. Customer 1 at (3, 4) needs a
    /// visit on both days; customer 2 at (-3, 4) one visit on either day. The
    /// best plan visits 2 with 1 on one day: 10 + 16 = 26 units.
    static let instanceText = [
        "1 1 2 2", "0 10", "0 10", "0 0 0 0 0 0 0", "1 3 4 0 5 2 1 3", "2 -3 4 0 5 1 2 1 2",
    ].joined(separator: "\n")

    private func instance() throws -> PeriodicVRPInstance {
        try PeriodicVRPReader.decode(Self.instanceText, fileName: "pair.txt")
    }

    @Test func territoryHasPatternsAndLimits() throws {
        let territory = PVRPBenchmark.territory(for: try instance())
        let start = territory.horizon.start

        #expect(territory.horizon.days == 2)
        #expect(territory.reps.count == 1)
        #expect(territory.reps[0].capacity == 10)
        #expect(territory.reps[0].maximumWorkingTime == nil)
        #expect(territory.customers.map(\.visitPatterns) == [[[start, start.adding(days: 1)]], [[start.adding(days: 1)], [start]]])
        #expect(territory.settings.distanceWeight == 1)
        #expect(territory.settings.drivingTimeWeight == 0)
    }

    @Test func durationLimitBecomesMaximumWorkingTime() throws {
        let text = Self.instanceText.replacingOccurrences(of: "0 10\n0 10", with: "40.5 10\n40.5 10")
        let territory = PVRPBenchmark.territory(for: try PeriodicVRPReader.decode(text, fileName: "pair.txt"))

        #expect(territory.reps[0].maximumWorkingTime == 40_500)
        #expect(territory.reps[0].workingHours[.sunday] == TimeWindow(start: 0, end: 40_500))
        #expect(territory.customers[0].openingHours[.sunday] == [TimeWindow(start: 0, end: 40_500)])
    }

    @Test func pairIsPlannedAtTheOptimum() throws {
        let territory = PVRPBenchmark.territory(for: try instance())
        let plan = try Planner(territory: territory).plan(options: PlannerOptions(seed: 1, iterationLimit: 50))

        let report = try PlanValidator(territory: territory).validate(plan)
        #expect(report.isValid, "\(report.description)")
        #expect(plan.unplanned.isEmpty)
        #expect(abs(plan.routes.reduce(0) { $0 + $1.distance } - 26) < 1e-9)
    }

    @Test func runnerFiltersInstancesAndWritesReport() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("giro-pvrp-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Self.instanceText.write(to: folder.appendingPathComponent("pair.txt"), atomically: true, encoding: .utf8)
        try Self.instanceText.write(to: folder.appendingPathComponent("other.txt"), atomically: true, encoding: .utf8)
        let references = folder.appendingPathComponent("reference.csv")
        try "instance,vehicles,distance\npair,1,26\nother,1,20\n".write(to: references, atomically: true, encoding: .utf8)

        let configuration = PVRPBenchmark.Configuration(
            instanceFolder: folder.path, referenceFile: references.path, instances: ["PAIR"], iterationLimit: 30,
            seedCount: 2)
        let (rows, skipped) = try PVRPBenchmark(configuration: configuration).run()

        #expect(rows.map(\.instance) == ["pair", "pair"])
        #expect(rows.map(\.seed) == [1, 2])
        #expect(rows.map(\.isValid) == [true, true])
        #expect(rows.map(\.missingVisits) == [0, 0])
        #expect(rows.map(\.visits) == [3, 3])
        #expect(skipped.isEmpty)

        let summary = PVRPReport.summary(rows, configuration: configuration, skipped: skipped)
        #expect(summary.contains("| pair | 26.00 | 26.00 | 0.00 | 0.0 |"))
        #expect(summary.contains("| mean of 1 | | | 0.00 |"))
        let csv = PVRPReport.resultsCSV(rows)
        #expect(
            csv.hasPrefix(
                "instance,seed,distance,reference_distance,gap_percent,routes,visits,missing_visits,seconds,iterations,validator\n"))
        #expect(csv.contains("\npair,1,26.0000,26.00,0.0000,2,3,0,"))
        #expect(!csv.contains("\n\n"))
    }

    @Test func unknownInstanceNameIsRejected() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("giro-pvrp-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Self.instanceText.write(to: folder.appendingPathComponent("pair.txt"), atomically: true, encoding: .utf8)
        let references = folder.appendingPathComponent("reference.csv")
        try "instance,vehicles,distance\npair,1,26\n".write(to: references, atomically: true, encoding: .utf8)

        let configuration = PVRPBenchmark.Configuration(
            instanceFolder: folder.path, referenceFile: references.path, instances: ["pair", "p99"])
        #expect(throws: BenchmarkError.unknownInstances(names: ["p99"], folder: folder.path, referenceFile: references.path)) {
            try PVRPBenchmark(configuration: configuration).run()
        }
    }

    @Test func folderWithoutInstancesIsRejected() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("giro-pvrp-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let references = folder.appendingPathComponent("reference.csv")
        try "instance,vehicles,distance\npair,1,26\n".write(to: references, atomically: true, encoding: .utf8)

        let configuration = PVRPBenchmark.Configuration(instanceFolder: folder.path, referenceFile: references.path)
        let error = BenchmarkError.noInstanceFiles(
            folder: folder.path, suffix: "txt", family: "periodic VRP", scoreFile: references.path)
        #expect(throws: error) {
            try PVRPBenchmark(configuration: configuration).run()
        }
        #expect(error.description.contains("give the folder of the periodic VRP instances"))
    }

    /// Cordeau's p01 when the public datasets lie beside the repository:
    /// every visit planned on a pattern and the plan valid.
    @Test(.enabled(if: PVRPBenchmarkTests.cordeauFolder != nil)) func firstCordeauInstanceIsComplete() throws {
        let folder = try #require(Self.cordeauFolder)
        let instance = try PeriodicVRPReader.load(path: folder.appendingPathComponent("p01.txt").path)
        let territory = PVRPBenchmark.territory(for: instance)
        let plan = try Planner(territory: territory).plan(options: PlannerOptions(seed: 1, iterationLimit: 100))

        let report = try PlanValidator(territory: territory).validate(plan)
        let required = territory.customers.reduce(0) { $0 + ($1.visitPatterns.first?.count ?? 0) }
        #expect(report.isValid, "\(report.description)")
        #expect(plan.unplanned.isEmpty, "\(plan.unplanned)")
        #expect(plan.routes.reduce(0) { $0 + $1.stops.count } == required)
    }

    /// The folder of Cordeau's periodic VRP instances beside the repository,
    /// or nil.
    static let cordeauFolder: URL? = {
        let repository = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let folder = repository.deletingLastPathComponent().appendingPathComponent("shared/datasets/pvrp-cordeau")
        return FileManager.default.fileExists(atPath: folder.appendingPathComponent("p01.txt").path) ? folder : nil
    }()
}
