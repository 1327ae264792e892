import Foundation
import Testing

@Suite("giro bench pvrp")
struct BenchPVRPCommandTests {
    /// Writes one two-day instance and its reference distance into a fresh
    /// temporary folder; returns the folder.
    private func smallFamily() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("giro-pvrp-cli-\(UUID().uuidString)")
        let instances = folder.appendingPathComponent("instances")
        try FileManager.default.createDirectory(at: instances, withIntermediateDirectories: true)
        let instance = ["1 1 2 2", "0 10", "0 10", "0 0 0 0 0 0 0", "1 3 4 0 5 2 1 3", "2 -3 4 0 5 1 2 1 2"]
            .joined(separator: "\n")
        try instance.write(to: instances.appendingPathComponent("pair.txt"), atomically: true, encoding: .utf8)
        try "instance,vehicles,distance\npair,1,26\n".write(
            to: folder.appendingPathComponent("reference.csv"), atomically: true, encoding: .utf8)
        return folder
    }

    @Test func benchWritesResultsAndSummary() throws {
        let folder = try smallFamily()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("out")

        let result = try runGiro([
            "bench", "pvrp", "--dir", folder.appendingPathComponent("instances").path,
            "--reference", folder.appendingPathComponent("reference.csv").path, "--instances", "pair",
            "--iterations", "20", "--output", out.path,
        ])

        #expect(result.status == 0, "\(result.error)")
        let results = try String(contentsOf: out.appendingPathComponent("results.csv"), encoding: .utf8)
        #expect(results.split(separator: "\n").count == 2)
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("summary.md").path))
        #expect(result.output.contains("| pair | 26.00 | 26.00 | 0.00 |"))
        #expect(result.error.contains("[1/1] pair seed 1: distance 26.00 against 26.00, gap 0.00 %"))
    }

    @Test func missingReferenceIsRejected() throws {
        let result = try runGiro(["bench", "pvrp", "--dir", "x", "--output", "z"])

        #expect(result.status == 2)
        #expect(result.error.contains("missing --reference FILE"))
    }

    @Test func emptyInstanceNameIsRejected() throws {
        let result = try runGiro(["bench", "pvrp", "--dir", "x", "--reference", "y", "--output", "z", "--instances", "p01,"])

        #expect(result.status == 2)
        #expect(result.error.contains("--instances must list instance names separated by commas"))
    }

    @Test func instancesOptionBelongsToPVRP() throws {
        let result = try runGiro(["bench", "toptw", "--dir", "x", "--bks", "y", "--output", "z", "--instances", "p01"])

        #expect(result.status == 2)
        #expect(result.error.contains("--instances applies only to 'giro bench pvrp'"))
    }
}
