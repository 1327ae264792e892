import Foundation
import Testing

@Suite("giro bench toptw")
struct BenchTOPTWCommandTests {
    /// Writes one three-point instance and its best-known scores into a
    /// fresh temporary folder; returns the folder.
    private func smallFamily() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("giro-toptw-cli-\(UUID().uuidString)")
        let instances = folder.appendingPathComponent("instances")
        try FileManager.default.createDirectory(at: instances, withIntermediateDirectories: true)
        let instance = [
            "1 1 3 1", "0 100", "0 0 0 0 0 0 0 0 100", "1 10 0 0 10 1 1 1 0 100", "2 -10 0 0 5 1 1 1 0 100",
            "3 45 0 0 20 1 1 1 0 100",
        ].joined(separator: "\n")
        try instance.write(to: instances.appendingPathComponent("line.txt"), atomically: true, encoding: .utf8)
        try "instance,paths_m,best_score\nline,1,30\nline,2,35\n".write(
            to: folder.appendingPathComponent("bks.csv"), atomically: true, encoding: .utf8)
        return folder
    }

    @Test func benchWritesResultsAndSummary() throws {
        let folder = try smallFamily()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("out")

        let result = try runGiro([
            "bench", "toptw", "--dir", folder.appendingPathComponent("instances").path,
            "--bks", folder.appendingPathComponent("bks.csv").path, "--tours", "1-2", "--iterations", "20",
            "--output", out.path,
        ])

        #expect(result.status == 0, "\(result.error)")
        let results = try String(contentsOf: out.appendingPathComponent("results.csv"), encoding: .utf8)
        #expect(results.split(separator: "\n").count == 3)
        #expect(result.output.contains("| all | 2 | 0.00 | 2 of 2 |"))
        #expect(result.error.contains("[2/2] line m=2 seed 1: score 35 of 35"))
    }

    @Test func reversedToursAreRejected() throws {
        let result = try runGiro(["bench", "toptw", "--dir", "x", "--bks", "y", "--output", "z", "--tours", "5-2"])

        #expect(result.status == 2)
        #expect(result.error.contains("--tours must be a number of tours or a range"))
    }

    @Test func toursOptionBelongsToTOPTW() throws {
        let result = try runGiro(["bench", "vrptw", "--dir", "x", "--bks", "y", "--output", "z", "--tours", "2"])

        #expect(result.status == 2)
        #expect(result.error.contains("--tours applies only to 'giro bench toptw'"))
    }
}
