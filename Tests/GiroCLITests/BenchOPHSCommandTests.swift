import Foundation
import Testing

@Suite("giro bench ophs")
struct BenchOPHSCommandTests {
    /// Writes one two-trip instance in a set folder and its optimal score
    /// into a fresh temporary folder; returns the folder.
    private func smallFamily() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("giro-ophs-cli-\(UUID().uuidString)")
        let set = folder.appendingPathComponent("instances/SET_X")
        try FileManager.default.createDirectory(at: set, withIntermediateDirectories: true)
        let instance = ["5 1 2", "12", "6 6", "0 0 0", "10 0 0", "5 0 0", "2.5 1 10", "7.5 1 10", "0 3 5"]
            .joined(separator: "\n")
        try instance.write(to: set.appendingPathComponent("tiny.ophs"), atomically: true, encoding: .utf8)
        try "instance,best_score,known_optimum\ntiny,20,20\n".write(
            to: folder.appendingPathComponent("optimum.csv"), atomically: true, encoding: .utf8)
        return folder
    }

    @Test func benchWritesResultsAndSummary() throws {
        let folder = try smallFamily()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("out")

        let result = try runGiro([
            "bench", "ophs", "--dir", folder.appendingPathComponent("instances").path,
            "--optimum", folder.appendingPathComponent("optimum.csv").path, "--iterations", "20", "--output", out.path,
        ])

        #expect(result.status == 0, "\(result.error)")
        let results = try String(contentsOf: out.appendingPathComponent("results.csv"), encoding: .utf8)
        #expect(results.split(separator: "\n").count == 2)
        #expect(result.output.contains("| SET_X | 1 | 0.00 | 1 of 1 (100 %) |"))
        #expect(result.error.contains("[1/1] tiny seed 1: score 20 of 20, gap 0.00 %"))
    }

    @Test func missingOptimumIsRejected() throws {
        let result = try runGiro(["bench", "ophs", "--dir", "x", "--output", "z"])

        #expect(result.status == 2)
        #expect(result.error.contains("missing --optimum FILE"))
    }

    @Test func bestKnownFileOptionPointsToOptimum() throws {
        let result = try runGiro(["bench", "ophs", "--dir", "x", "--bks", "y", "--output", "z"])

        #expect(result.status == 2)
        #expect(result.error.contains("takes the optimal scores with --optimum FILE, not --bks"))
    }

    @Test func optimumOptionBelongsToOPHS() throws {
        let result = try runGiro(["bench", "pvrp", "--dir", "x", "--reference", "y", "--output", "z", "--optimum", "o"])

        #expect(result.status == 2)
        #expect(result.error.contains("--optimum applies only to 'giro bench ophs'"))
    }
}
