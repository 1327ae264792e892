import Foundation
import Testing

@Suite("giro bench vroom")
struct BenchVROOMCommandTests {
    private static let presets = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("datasets/territory-presets.json").path

    private static func temporaryFolder() -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("giro-bench-vroom-\(UUID().uuidString)")
    }

    /// Writes a stand-in for the vroom command that writes `answer` as the
    /// solution of every problem, to the file after `-o`.
    private static func fakeVROOM(in folder: URL, answer: String) throws -> String {
        try script(
            in: folder,
            body: """
                while [ $# -gt 0 ]; do
                  if [ "$1" = "-o" ]; then out="$2"; fi
                  shift
                done
                printf '%s' '\(answer)' > "$out"
                """)
    }

    /// Writes an executable shell script named vroom with `body` into
    /// `folder` and returns its path.
    private static func script(in folder: URL, body: String) throws -> String {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let script = folder.appendingPathComponent("vroom")
        try "#!/bin/sh\n\(body)\n".write(to: script, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: script.path)
        return script.path
    }

    @Test func runWithEveryJobUnassignedByVROOMWritesEveryFile() throws {
        let work = Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: work) }
        let vroom = try Self.fakeVROOM(in: work, answer: #"{"code": 0, "routes": [], "unassigned": []}"#)
        let out = work.appendingPathComponent("out")

        let result = try runGiro([
            "bench", "vroom", "--presets", Self.presets, "--preset", "city-week", "--seeds", "1", "--time-limit", "0.5",
            "--vroom", vroom, "--output", out.path,
        ])

        #expect(result.status == 0, "\(result.error)")
        #expect(result.error.contains("[1/3] city-week vroom: served priority 0 of "))
        let lines = try String(contentsOf: out.appendingPathComponent("results.csv"), encoding: .utf8)
            .split(separator: "\n")
        #expect(lines.count == 4)
        #expect(lines.first?.hasPrefix("territory,solver,seed,time_limit,seconds,served_priority") == true)
        #expect(lines[1].hasPrefix("city-week,vroom,0,0.500,"))
        #expect(lines[2].hasPrefix("city-week,giro,1,0.500,"))
        #expect(lines[3].hasPrefix("city-week,giro-full,1,0.500,"))
        let summary = try String(contentsOf: out.appendingPathComponent("summary.md"), encoding: .utf8)
        #expect(summary.contains("| city-week | 1 of 1 |"))
        for file in [
            "priority-bars.svg", "driving-bars.svg", "report.html", "vroom/city-week-problem.json",
            "vroom/city-week-vroom.log",
        ] {
            #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent(file).path), "\(file)")
        }
    }

    @Test func errorFromVROOMIsReported() throws {
        let work = Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: work) }
        let vroom = try Self.fakeVROOM(in: work, answer: #"{"code": 2, "error": "Invalid shift"}"#)

        let result = try runGiro([
            "bench", "vroom", "--presets", Self.presets, "--preset", "city-week", "--seeds", "1", "--time-limit", "0.5",
            "--vroom", vroom, "--output", work.appendingPathComponent("out").path,
        ])

        let folder = work.appendingPathComponent("out/vroom").path
        #expect(result.status == 2)
        #expect(result.error.contains("VROOM reports error code 2: Invalid shift"), "\(result.error)")
        #expect(result.error.hasPrefix("giro: \(folder)/city-week-solution.json: "), "\(result.error)")
        #expect(result.error.contains("comes from \(vroom), the vroom command given by --vroom"), "\(result.error)")
        #expect(result.error.contains("the problem in \(folder)/city-week-problem.json"), "\(result.error)")
        #expect(result.error.contains("\(folder)/city-week-vroom.log"), "\(result.error)")
    }

    @Test func failedVROOMKeepsItsOutput() throws {
        let work = Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: work) }
        let vroom = try Self.script(
            in: work,
            body: """
                echo "reading the problem"
                echo "[Error] Invalid vehicle 3." >&2
                exit 3
                """)

        let result = try runGiro([
            "bench", "vroom", "--presets", Self.presets, "--preset", "city-week", "--seeds", "1", "--time-limit", "0.5",
            "--vroom", vroom, "--output", work.appendingPathComponent("out").path,
        ])

        let log = work.appendingPathComponent("out/vroom/city-week-vroom.log").path
        #expect(result.status == 2)
        #expect(result.error.contains("\(vroom) exited with status 3 and wrote no solution"), "\(result.error)")
        #expect(result.error.contains("its output is in \(log)"), "\(result.error)")
        let text = try String(contentsOfFile: log, encoding: .utf8)
        #expect(text == "reading the problem\n[Error] Invalid vehicle 3.\n")
    }

    @Test func hangingVROOMIsStopped() throws {
        let work = Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: work) }
        let vroom = try Self.script(in: work, body: "exec sleep 60")

        let clock = ContinuousClock()
        let started = clock.now
        let result = try runGiro([
            "bench", "vroom", "--presets", Self.presets, "--preset", "city-week", "--seeds", "1", "--time-limit", "0.2",
            "--vroom", vroom, "--output", work.appendingPathComponent("out").path,
        ])
        let elapsed = clock.now - started

        #expect(result.status == 2)
        #expect(
            result.error.contains("city-week: vroom fails: \(vroom) did not finish within 2.2 s and was stopped"),
            "\(result.error)")
        #expect(elapsed < .seconds(30), "the bench waited for the whole sleep")
    }

    @Test func defaultVROOMIsUnderHOME() throws {
        let work = Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: work) }
        let home = work.appendingPathComponent("home")
        let vroom = try Self.fakeVROOM(
            in: home.appendingPathComponent(".cache/peer-solvers-venv/bin"), answer: #"{"code": 2, "error": "Bad"}"#)

        let result = try runGiro(
            [
                "bench", "vroom", "--presets", Self.presets, "--preset", "city-week", "--seeds", "1", "--time-limit",
                "0.5", "--output", work.appendingPathComponent("out").path,
            ],
            environment: ["HOME": home.path, "PATH": work.appendingPathComponent("empty").path])

        #expect(result.status == 2)
        #expect(result.error.contains("VROOM reports error code 2: Bad"), "\(result.error)")
        #expect(result.error.contains("comes from \(vroom), the vroom command found at ~/"), "\(result.error)")
    }

    @Test(arguments: [
        (["--output", "/tmp/unused-bench"], "missing --preset NAME"),
        (["--preset", "city-week"], "missing --output OUT"),
        (["--preset", "city-week", "--vroom", "/no/such/vroom", "--output", "/tmp/unused-bench"], "is not an executable file"),
        (["--preset", "city-week", "--vroom", "/bin/sh", "--exploration", "9", "--output", "/tmp/unused-bench"], "--exploration"),
        (["--preset", "city-week", "--vroom", "/bin/sh", "--days", "0", "--output", "/tmp/unused-bench"], "--days"),
        (["--preset", "moon", "--vroom", "/bin/sh", "--output", "/tmp/unused-bench"], "unknown preset 'moon'"),
        (
            ["--preset", "city-week,region-month,city-week", "--vroom", "/bin/sh", "--output", "/tmp/unused-bench"],
            "--preset names 'city-week' more than once"
        ),
        (["--preset", "city-week", "--vroom", "/tmp", "--output", "/tmp/unused-bench"], "--vroom '/tmp' is a folder"),
        (["--preset", "city-week", "--reps", "2", "--output", "/tmp/unused-bench"], "--reps does not apply"),
    ])
    func badOptionIsRejected(option: [String], message: String) throws {
        let result = try runGiro(["bench", "vroom", "--presets", Self.presets] + option)

        #expect(result.status == 2)
        #expect(result.error.contains(message), "\(result.error)")
        #expect(!FileManager.default.fileExists(atPath: "/tmp/unused-bench/results.csv"))
    }

    @Test func helpNamesOptionsAndInstall() throws {
        let result = try runGiro(["bench", "vroom", "--help"])

        #expect(result.status == 0)
        #expect(result.output.contains("Usage: giro bench vroom --preset NAMES --output OUT"))
        for option in ["--preset NAMES", "--presets FILE", "--exploration X", "--vroom PATH", "--time-limit SECONDS"] {
            #expect(result.output.contains("\n  \(option) "), "the options lack \(option)")
        }
        #expect(result.output.contains("pip install pyvroom==1.15.2"))
        #expect(!result.output.contains("setup_venv"))
        #expect(result.output.contains("<territory>-vroom.log"))
    }

    @Test func vroomOptionsStayWithTheirFamily() throws {
        let result = try runGiro(["bench", "territories", "--preset", "city-week", "--vroom", "x", "--output", "z"])

        #expect(result.status == 2)
        #expect(result.error.contains("--vroom does not apply"))
    }
}
