import Foundation
import Testing

/// Writes two five-customer Solomon instances, C101 and R201, and a BKS
/// file into a fresh temporary folder; returns the folder.
private func tinyBenchmark() throws -> URL {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("giro-bench-cli-\(UUID().uuidString)")
    let instances = root.appendingPathComponent("instances")
    try FileManager.default.createDirectory(at: instances, withIntermediateDirectories: true)

    let layouts = ["C101": [(10, 0), (0, 10), (-10, 0), (0, -10), (10, 10)], "R201": [(5, 0), (10, 0), (15, 0), (20, 0), (25, 0)]]
    for (name, customers) in layouts {
        var lines = [
            name, "", "VEHICLE", "NUMBER     CAPACITY", "  3         100", "", "CUSTOMER",
            "CUST NO.  XCOORD.   YCOORD.    DEMAND   READY TIME  DUE DATE   SERVICE   TIME", "",
            "    0      0         0          0          0       1000          0",
        ]
        for (index, customer) in customers.enumerated() {
            lines.append("    \(index + 1)      \(customer.0)         \(customer.1)         10          0        500          5")
        }
        try (lines.joined(separator: "\n") + "\n").write(
            to: instances.appendingPathComponent("\(name).txt"), atomically: true, encoding: .utf8)
    }
    try "instance,vehicles,distance,source\nC101,2,100.0,test\nR201,1,150.0,test\n".write(
        to: root.appendingPathComponent("bks.csv"), atomically: true, encoding: .utf8)
    return root
}

@Suite struct BenchCommandTests {
    @Test func benchWritesTheThreeFiles() throws {
        let root = try tinyBenchmark()
        defer { try? FileManager.default.removeItem(at: root) }
        let out = root.appendingPathComponent("out/run1")

        let result = try runGiro([
            "bench", "vrptw", "--dir", root.appendingPathComponent("instances").path,
            "--bks", root.appendingPathComponent("bks.csv").path, "--output", out.path, "--seeds", "2",
            "--iterations", "20",
        ])

        #expect(result.status == 0, "\(result.error)")
        let results = try String(contentsOf: out.appendingPathComponent("results.csv"), encoding: .utf8)
        let lines = results.split(separator: "\n")
        #expect(lines.count == 5)
        #expect(lines.first?.hasPrefix("instance,class,seed,vehicles,distance,bks_distance,gap_percent") == true)
        let summary = try String(contentsOf: out.appendingPathComponent("summary.md"), encoding: .utf8)
        #expect(summary.contains("| C1 | 1 |"))
        #expect(summary.contains("| R2 | 1 |"))
        #expect(summary.contains("| all | 2 |"))
        let convergence = try String(contentsOf: out.appendingPathComponent("convergence.csv"), encoding: .utf8)
        #expect(convergence.hasPrefix("instance,seed,seconds,iterations,best_objective\n"))
        #expect(result.error.contains("[4/4] R201 seed 2: distance"))
        let report = try String(contentsOf: out.appendingPathComponent("report.html"), encoding: .utf8)
        #expect(report.contains("<td>C1</td>"))
        #expect(report.contains("<svg"))
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("gap-bars.svg").path))
    }

    @Test func quietBenchPrintsNoProgress() throws {
        let root = try tinyBenchmark()
        defer { try? FileManager.default.removeItem(at: root) }

        let result = try runGiro([
            "bench", "vrptw", "--dir", root.appendingPathComponent("instances").path,
            "--bks", root.appendingPathComponent("bks.csv").path, "--output", root.appendingPathComponent("out").path,
            "--iterations", "5", "--quiet",
        ])

        #expect(result.status == 0)
        #expect(result.error.isEmpty)
    }

    @Test(arguments: [
        (["--seeds", "0"], "--seeds"),
        (["--objective", "fastest"], "'fastest'"),
        (["--construction", "best"], "'best'"),
        (["--operators", "relocate,jump"], "'jump'"),
        (["--operators", "relocate,,swap"], "--operators"),
        (["--metaheuristic", "tabu"], "'tabu'"),
        (["--ruin", "none"], "--ruin"),
        (["--recreate", "smart"], "'smart'"),
        (["--acceptance", "greedy"], "'greedy'"),
        (["--neighbours", "0"], "--neighbours"),
        (["--iterations", "-1"], "--iterations"),
        (["--stall", "x"], "--stall"),
        (["--time-limit", "soon"], "--time-limit"),
    ])
    func badOptionValueExitsWithTwo(extra: [String], named: String) throws {
        let root = try tinyBenchmark()
        defer { try? FileManager.default.removeItem(at: root) }

        let result = try runGiro(
            [
                "bench", "vrptw", "--dir", root.appendingPathComponent("instances").path,
                "--bks", root.appendingPathComponent("bks.csv").path, "--output",
                root.appendingPathComponent("out").path,
            ] + extra)

        #expect(result.status == 2)
        #expect(result.error.contains(named), "\(result.error)")
        #expect(result.error.contains(extra[0]), "\(result.error)")
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("out").path))
    }

    @Test func badValueListsAcceptedNames() throws {
        let result = try runGiro(["solve", "--format", "solomon", "x.txt", "--operators", "relocate,jump"])

        #expect(result.status == 2)
        #expect(result.error.contains("invalid --operators value 'jump'"))
        #expect(result.error.contains("2-opt*"))
        #expect(result.error.contains("none"))
    }

    @Test func missingBKSIsRejected() throws {
        let root = try tinyBenchmark()
        defer { try? FileManager.default.removeItem(at: root) }

        let result = try runGiro([
            "bench", "vrptw", "--dir", root.appendingPathComponent("instances").path, "--output",
            root.appendingPathComponent("out").path,
        ])

        #expect(result.status == 2)
        #expect(result.error.contains("missing --bks"))
    }

    @Test func outputInsideInputFolderIsRejected() throws {
        let root = try tinyBenchmark()
        defer { try? FileManager.default.removeItem(at: root) }
        let instances = root.appendingPathComponent("instances")

        let result = try runGiro([
            "bench", "vrptw", "--dir", instances.path, "--bks", root.appendingPathComponent("bks.csv").path,
            "--output", instances.appendingPathComponent("results").path,
        ])

        #expect(result.status == 2)
        #expect(result.error.contains("inside the instance folder"))
        #expect(!FileManager.default.fileExists(atPath: instances.appendingPathComponent("results").path))
    }

    @Test func outputThatIsAFileIsRejected() throws {
        let root = try tinyBenchmark()
        defer { try? FileManager.default.removeItem(at: root) }

        let result = try runGiro([
            "bench", "vrptw", "--dir", root.appendingPathComponent("instances").path,
            "--bks", root.appendingPathComponent("bks.csv").path, "--output", root.appendingPathComponent("bks.csv").path,
        ])

        #expect(result.status == 2)
        #expect(result.error.contains("is a file"))
    }

    @Test func unknownFamilyIsRejected() throws {
        let result = try runGiro(["bench", "cvrp", "--dir", "x", "--bks", "y", "--output", "z"])

        #expect(result.status == 2)
        #expect(result.error.contains("unknown benchmark family 'cvrp'"))
    }

    @Test func helpListsEverySolverOption() throws {
        for command in ["bench", "solve", "plan"] {
            let result = try runGiro([command, "--help"])

            #expect(result.status == 0)
            for option in ["--construction", "--operators", "--metaheuristic", "--ruin", "--recreate", "--acceptance",
                "--neighbours", "--iterations", "--stall"]
            {
                #expect(result.output.contains(option), "\(command) --help lacks \(option)")
            }
            for name in ["cross-exchange", "2-opt*", "string-removal", "late-acceptance", "ruin-and-recreate"] {
                #expect(result.output.contains(name), "\(command) --help lacks \(name)")
            }
        }
    }
}
