import Foundation
import Testing

@Suite("giro bench territories")
struct BenchTerritoriesCommandTests {
    private static let presets = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("datasets/territory-presets.json").path

    private static func temporaryFolder() -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("giro-bench-territories-\(UUID().uuidString)")
    }

    @Test func constructionRunWritesEveryFile() throws {
        let out = Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: out) }

        let result = try runGiro([
            "bench", "territories", "--presets", Self.presets, "--preset", "city-week", "--heuristics", "construction",
            "--seeds", "1", "--output", out.path,
        ])

        #expect(result.status == 0, "\(result.error)")
        #expect(result.error.contains("[1/1] city-week construction seed 1: objective"))
        let results = try String(contentsOf: out.appendingPathComponent("results.csv"), encoding: .utf8)
        let lines = results.split(separator: "\n")
        #expect(lines.count == 2)
        #expect(lines.first?.hasPrefix("territory,heuristic,seed,time_limit,objective,gap_percent") == true)
        #expect(lines.last?.hasPrefix("city-week,construction,1,,") == true)
        #expect(lines.last?.hasSuffix(",0,valid") == true)
        let summary = try String(contentsOf: out.appendingPathComponent("summary.md"), encoding: .utf8)
        #expect(summary.contains("| city-week | construction | 1 | 0.00 | 0.00 |"))
        for file in ["convergence.csv", "report.html"] {
            #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent(file).path), "\(file)")
        }
    }

    @Test(arguments: [
        (["--output", "/tmp/unused-bench"], "missing --preset NAME"),
        (["--preset", "city-week"], "missing --output OUT"),
        (["--preset", "moon", "--output", "/tmp/unused-bench"], "unknown preset 'moon'"),
        (["--preset", "city-week,", "--output", "/tmp/unused-bench"], "unknown preset ''"),
        (["--preset", "city-week", "--heuristics", "tabu", "--output", "/tmp/unused-bench"], "unknown heuristic 'tabu'"),
        (["--preset", "city-week", "--dir", "x", "--output", "/tmp/unused-bench"], "--dir does not apply"),
        (["--preset", "city-week", "--reps", "2", "--output", "/tmp/unused-bench"], "--reps does not apply"),
        (["--preset", "city-week", "--reference-seeds", "0", "--output", "/tmp/unused-bench"], "--reference-seeds"),
        (["--preset", "city-week", "--reference-time-limit", "-1", "--output", "/tmp/unused-bench"], "--reference-time-limit"),
    ])
    func badOptionIsRejected(option: [String], message: String) throws {
        let result = try runGiro(["bench", "territories", "--presets", Self.presets] + option)

        #expect(result.status == 2)
        #expect(result.error.contains(message), "\(result.error)")
        #expect(!FileManager.default.fileExists(atPath: "/tmp/unused-bench/results.csv"))
    }

    @Test func territoryOptionsStayWithTheirFamily() throws {
        let result = try runGiro(["bench", "vrptw", "--preset", "city-week", "--dir", "x", "--bks", "y", "--output", "z"])

        #expect(result.status == 2)
        #expect(result.error.contains("--preset does not apply to 'giro bench vrptw'"))
    }
}
