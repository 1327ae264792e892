import Foundation
import Testing

@Suite("giro bench scale")
struct BenchScaleCommandTests {
    private static let presets = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("datasets/territory-presets.json").path

    @Test func smallSweepWritesTimesMemoryAndFits() throws {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("giro-bench-scale-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: out) }

        let result = try runGiro([
            "bench", "scale", "--presets", Self.presets, "--preset", "city-week", "--customers-per-rep", "10,20",
            "--reps", "1,2", "--days", "5", "--iterations", "2", "--seed", "7", "--output", out.path,
        ])

        #expect(result.status == 0, "\(result.output)\(result.error)")
        #expect(result.error.contains("[4/4] 150 × 2 × 5:"))
        let lines = try String(contentsOf: out.appendingPathComponent("results.csv"), encoding: .utf8)
            .split(separator: "\n")
        #expect(lines.count == 5)
        #expect(lines.dropFirst().allSatisfy { $0.hasSuffix(",valid") })
        #expect(lines[2].hasPrefix("10,1,5,10,"))
        #expect(lines[4].hasPrefix("150,2,5,300,"))
        let summary = try String(contentsOf: out.appendingPathComponent("summary.md"), encoding: .utf8)
        let growth = try #require(summary.components(separatedBy: "## Growth of the planning time").last)
        #expect(growth.contains("\n| customers per rep | "))
        #expect(growth.contains("\n| reps | "))
        #expect(!growth.contains("\n| days | "), "the days arm has one size only")
    }

    @Test(arguments: [
        (["--output", "/tmp/unused-scale"], "missing --preset NAME"),
        (["--preset", "city-week"], "missing --output OUT"),
        (["--preset", "city-week", "--reps", "1,x", "--output", "/tmp/unused-scale"], "--reps must be whole numbers"),
        (["--preset", "city-week", "--days", "0", "--output", "/tmp/unused-scale"], "--days must be whole numbers"),
        (["--preset", "city-week", "--seeds", "2", "--output", "/tmp/unused-scale"], "--seeds does not apply"),
        (["--preset", "city-week", "--seed", "x", "--output", "/tmp/unused-scale"], "--seed must be a whole number"),
        (["--preset", "city-week", "--operators", "teleport", "--output", "/tmp/unused-scale"], "--operators"),
    ])
    func badOptionIsRejected(option: [String], message: String) throws {
        let result = try runGiro(["bench", "scale", "--presets", Self.presets] + option)

        #expect(result.status == 2)
        #expect(result.error.contains(message), "\(result.error)")
        #expect(!FileManager.default.fileExists(atPath: "/tmp/unused-scale/results.csv"))
    }

    @Test func helpStatesBaseSizeAndMiB() throws {
        let result = try runGiro(["bench", "scale", "--help"])

        #expect(result.status == 0)
        #expect(result.output.contains("The base size is always measured as well"))
        #expect(result.output.contains("each arm includes it"))
        #expect(result.output.contains("peak_memory_mb (in\n"))
        #expect(result.output.contains("1 MiB = 1,048,576 bytes"))
        #expect(!result.output.contains(" MB"), "memory is given in MiB throughout")
    }

    @Test func sweepOptionsStayWithTheirFamily() throws {
        let result = try runGiro(["bench", "vrptw", "--reps", "1", "--dir", "x", "--bks", "y", "--output", "z"])

        #expect(result.status == 2)
        #expect(result.error.contains("--reps does not apply to 'giro bench vrptw'"))
    }

    @Test func singleSeedStaysWithTheSweep() throws {
        let result = try runGiro(["bench", "toptw", "--seed", "2", "--dir", "x", "--bks", "y", "--output", "z"])

        #expect(result.status == 2)
        #expect(result.error.contains("--seed applies only to 'giro bench scale'"), "\(result.error)")
        #expect(result.error.contains("--seeds K"))
    }
}
