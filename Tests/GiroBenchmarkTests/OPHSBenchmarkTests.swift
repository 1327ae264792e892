import Foundation
import Testing

import Giro
@testable import GiroBenchmark

@Suite("OPHS benchmark")
struct OPHSBenchmarkTests {
    /// Two trips of length 6 from the start hotel at (0, 0) to the end hotel
    /// at (10, 0), with an extra hotel at (5, 0). Vertices A at (2.5, 1) and
    /// B at (7.5, 1) score 10 each; C at (0, 3) scores 5 and fits no trip.
    /// Only a night at the extra hotel makes both trips fit: H0, A, H2 and
    /// H2, B, H1 are 5.39 long each, so the optimum is 20.
    static let instanceText = [
        "5 1 2", "12", "6 6", "0 0 0", "10 0 0", "5 0 0", "2.5 1 10", "7.5 1 10", "0 3 5",
    ].joined(separator: "\n")

    static let optimumText =
        "instance,set,best_score,upper_bound,proven_optimal_bcp,known_optimum\ntiny,SET_X,20,20,True,20\n"

    private func instance(_ text: String = OPHSBenchmarkTests.instanceText) throws -> OPHSInstance {
        try OPHSReader.decode(text, fileName: "tiny.ophs")
    }

    @Test func territoryMapsTripsToDays() throws {
        let territory = OPHSBenchmark.territory(for: try instance())
        let rep = try #require(territory.reps.first)
        let rule = try #require(rep.overnightRule)
        let start = territory.horizon.start

        #expect(territory.horizon.days == 2)
        #expect(territory.horizon.endLocation == .planar(x: 10, y: 0))
        #expect(rep.home == .planar(x: 0, y: 0))
        #expect(rep.workingHours(on: start) == TimeWindow(start: 0, end: 6_000_000))
        #expect(rep.workingHours(on: start.adding(days: 1)) == TimeWindow(start: 0, end: 6_000_000))
        #expect(rule.hotels.map(\.id) == ["H1", "H2"])
        #expect(rule.hotelChoice == .anyInReach)
        #expect(territory.settings.nightCost == 0)
        #expect(territory.customers.map(\.priority) == [10, 10, 5])
    }

    @Test func tripsOfLengthZeroAreLeftOut() throws {
        let text = Self.instanceText.replacingOccurrences(of: "5 1 2\n12\n6 6", with: "5 1 3\n12\n6 0 6")
        let instance = try instance(text)

        #expect(OPHSBenchmark.plannedTrips(of: instance).map(\.number) == [1, 3])
        #expect(OPHSBenchmark.plannedTrips(of: instance).map(\.length) == [6, 6])
        #expect(OPHSBenchmark.territory(for: instance).horizon.days == 2)
    }

    @Test func extraHotelTripReachesOptimum() throws {
        let instance = try instance()
        let territory = OPHSBenchmark.territory(for: instance)
        let plan = try Planner(territory: territory).plan(options: PlannerOptions(seed: 1, iterationLimit: 30))

        let report = try PlanValidator(territory: territory).validate(plan)
        let tour = OPHSTour(
            plan: plan, instance: instance, trips: [(1, 6), (2, 6)], start: territory.horizon.start,
            vertexByCustomer: ["1": 0, "2": 1, "3": 2])
        #expect(report.isValid, "\(report.description)")
        #expect(tour.problem == nil)
        #expect(tour.score == 20)
        #expect(tour.extraHotelNights == 1)
    }

    @Test func tourCheckRejectsBrokenTrips() throws {
        let instance = try instance()
        let territory = OPHSBenchmark.territory(for: instance)
        let plan = try Planner(territory: territory).plan(options: PlannerOptions(seed: 1, iterationLimit: 30))
        let customers = ["1": 0, "2": 1, "3": 2]

        let shorter = OPHSTour(
            plan: plan, instance: instance, trips: [(1, 5.3), (2, 6)], start: territory.horizon.start, vertexByCustomer: customers)
        #expect(shorter.problem?.hasPrefix("trip 1 is 5.38") == true, "\(shorter.problem ?? "none")")

        var moved = instance
        moved.hotels[1] = OPHSInstance.Point(x: 10, y: 1, score: 0)
        let elsewhere = OPHSTour(
            plan: plan, instance: moved, trips: [(1, 6), (2, 6)], start: territory.horizon.start, vertexByCustomer: customers)
        #expect(elsewhere.problem == "trip 2 ends away from every hotel")
    }

    @Test func runnerWritesSetReport() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("giro-ophs-\(UUID().uuidString)")
        let set = folder.appendingPathComponent("SET_X")
        try FileManager.default.createDirectory(at: set, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Self.instanceText.write(to: set.appendingPathComponent("tiny.ophs"), atomically: true, encoding: .utf8)
        try Self.instanceText.write(to: set.appendingPathComponent("unscored.ophs"), atomically: true, encoding: .utf8)
        let optimum = folder.appendingPathComponent("optimum.csv")
        try Self.optimumText.write(to: optimum, atomically: true, encoding: .utf8)

        let configuration = OPHSBenchmark.Configuration(
            instanceFolder: folder.path, optimumFile: optimum.path, iterationLimit: 30, seedCount: 2)
        let (rows, skipped) = try OPHSBenchmark(configuration: configuration).run()

        #expect(rows.map(\.instance) == ["tiny", "tiny"])
        #expect(rows.map(\.set) == ["SET_X", "SET_X"])
        #expect(rows.allSatisfy { $0.isAccepted })
        #expect(rows.allSatisfy { $0.reachesOptimum })
        #expect(skipped.map { ($0 as NSString).lastPathComponent } == ["unscored.ophs"])

        let summary = OPHSReport.summary(rows, configuration: configuration, skipped: skipped)
        #expect(summary.contains("| SET_X | 1 | 0.00 | 1 of 1 (100 %) |"), "\(summary)")
        #expect(summary.contains("| all | 1 | 0.00 | 1 of 1 (100 %) |"))
        let csv = OPHSReport.resultsCSV(rows)
        #expect(
            csv.hasPrefix(
                "set,instance,seed,score,optimal_score,gap_percent,visits,extra_hotel_nights,seconds,iterations,"
                    + "validator,tour_problem\n"))
        #expect(csv.contains("\nSET_X,tiny,1,20.00,20.00,0.0000,2,1,"))
    }

    @Test func moreThanSevenTripsAreRejected() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("giro-ophs-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let text = Self.instanceText.replacingOccurrences(of: "5 1 2\n12\n6 6", with: "5 1 8\n48\n6 6 6 6 6 6 6 6")
        try text.write(to: folder.appendingPathComponent("tiny.ophs"), atomically: true, encoding: .utf8)
        let optimum = folder.appendingPathComponent("optimum.csv")
        try Self.optimumText.write(to: optimum, atomically: true, encoding: .utf8)

        let configuration = OPHSBenchmark.Configuration(
            instanceFolder: folder.path, optimumFile: optimum.path, iterationLimit: 1)
        #expect {
            try OPHSBenchmark(configuration: configuration).run()
        } throws: { error in
            "\(error)".hasPrefix("tiny: cannot plan the instance: the instance has 8 trips of positive length")
                && "\(error)".contains("at most 7, one per weekday; leave the instance out with --instances")
        }
    }

    @Test func folderWithoutInstancesIsRejected() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("giro-ophs-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let optimum = folder.appendingPathComponent("optimum.csv")
        try Self.optimumText.write(to: optimum, atomically: true, encoding: .utf8)

        let configuration = OPHSBenchmark.Configuration(instanceFolder: folder.path, optimumFile: optimum.path)
        #expect(throws: BenchmarkError.noInstanceFiles(
                folder: folder.path, suffix: "ophs", family: "OPHS", scoreFile: optimum.path)) {
            try OPHSBenchmark(configuration: configuration).run()
        }
    }

    /// The first instance of set 1-2 when the public datasets lie beside the
    /// repository: a valid plan whose tour keeps the instance's rules and
    /// reaches the optimum of 240.
    @Test(.enabled(if: OPHSBenchmarkTests.datasetFolder != nil)) func firstSetInstanceReachesOptimum() throws {
        let folder = try #require(Self.datasetFolder)
        let configuration = OPHSBenchmark.Configuration(
            instanceFolder: folder.path, optimumFile: folder.appendingPathComponent("ophs_bks.csv").path,
            instances: ["T1-65-1-2"], iterationLimit: 100)
        let (rows, _) = try OPHSBenchmark(configuration: configuration).run()

        let row = try #require(rows.first)
        #expect(row.isValid, "\(row.violation ?? "")")
        #expect(row.tourProblem == nil)
        #expect(row.score == 240)
    }

    /// The OPHS folder beside the repository, or nil.
    static let datasetFolder: URL? = {
        let repository = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let folder = repository.deletingLastPathComponent().appendingPathComponent("shared/datasets/ophs")
        return FileManager.default.fileExists(atPath: folder.appendingPathComponent("ophs_bks.csv").path) ? folder : nil
    }()
}

@Suite("OPHS optimal scores")
struct OPHSOptimalScoresTests {
    private let header = "instance,set,best_score,known_optimum"

    @Test func knownOptimumBeatsBestScore() throws {
        let scores = try OPHSOptimalScores.decode("\(header)\nA,S,10,12\nB,S,7,\n", fileName: "o.csv")

        #expect(scores["a"] == 12)
        #expect(scores["B"] == 7)
        #expect(scores["C"] == nil)
        #expect(scores.count == 2)
    }

    @Test func rowWithoutAnyScoreIsRejected() {
        #expect {
            try OPHSOptimalScores.decode("\(header)\nA,S,,\n", fileName: "o.csv")
        } throws: { error in
            "\(error)".contains("o.csv") && "\(error)".contains("row 2")
                && "\(error)".contains("has neither known_optimum nor best_score")
        }
    }

    @Test func badScoreIsRejected() {
        #expect {
            try OPHSOptimalScores.decode("\(header)\nA,S,ten,\n", fileName: "o.csv")
        } throws: { error in
            "\(error)".contains("best_score") && "\(error)".contains("\"ten\"")
        }
    }

    @Test func repeatedInstanceIsRejected() {
        #expect {
            try OPHSOptimalScores.decode("\(header)\nA,S,1,1\na,S,2,2\n", fileName: "o.csv")
        } throws: { error in
            "\(error)".contains("row 3") && "\(error)".contains("listed twice, first in row 2")
        }
    }

    @Test func missingColumnIsRejected() {
        #expect {
            try OPHSOptimalScores.decode("instance,best_score\nA,1\n", fileName: "o.csv")
        } throws: { error in
            "\(error)".contains("no column \"known_optimum\"")
        }
    }
}
