import Foundation
import Testing

private let demoPath = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("datasets/demo-northern-italy.json").path

@Suite("Export and import")
struct ExportImportTests {
    private func temporaryFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("giro-vroom-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    @Test func exportWritesVROOMInput() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("vroom.json")

        let result = try runGiro(["export", "--format", "vroom", demoPath, "--output", file.path])

        #expect(result.status == 0, "\(result.error)")
        #expect(result.output.contains("Wrote 5 vehicles (one per rep working day)"))
        let json = try #require(JSONSerialization.jsonObject(with: Data(contentsOf: file)) as? [String: Any])
        #expect((json["vehicles"] as? [Any])?.count == 5)
        #expect(((json["jobs"] as? [Any])?.count ?? 0) > 0)
        #expect(json["matrices"] is [String: Any])
    }

    @Test func exportNeedsTheFormat() throws {
        let result = try runGiro(["export", demoPath, "--output", "/tmp/unused-giro-export.json"])

        #expect(result.status == 2)
        #expect(result.error.contains("missing --format"))
    }

    @Test func importRejectsVROOMErrors() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let solution = folder.appendingPathComponent("solution.json")
        try #"{"code": 2, "error": "Invalid profile: car."}"#.write(to: solution, atomically: true, encoding: .utf8)

        let result = try runGiro(["import", "--format", "vroom", demoPath, solution.path])

        #expect(result.status == 2)
        #expect(result.error.contains("solution.json"))
        #expect(result.error.contains("VROOM reports error code 2: Invalid profile: car."))
    }

    @Test func importOfEmptySolutionListsEveryVisitAsUnplanned() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let solution = folder.appendingPathComponent("solution.json")
        try #"{"code": 0, "routes": []}"#.write(to: solution, atomically: true, encoding: .utf8)

        let result = try runGiro(["import", "--format", "vroom", demoPath, solution.path])

        #expect(result.status == 0, "\(result.output)\(result.error)")
        #expect(result.output.contains("Validator: VROOM's plan is valid under Giro's rules."))
    }
}

@Suite("Plan report file")
struct PlanReportFileTests {
    @Test func planWritesTheHTMLReport() throws {
        let report = FileManager.default.temporaryDirectory.appendingPathComponent("giro-report-\(UUID().uuidString).html")
        defer { try? FileManager.default.removeItem(at: report) }

        let result = try runGiro(["plan", demoPath, "--iterations", "3", "--quiet", "--report", report.path])

        #expect(result.status == 0, "\(result.error)")
        #expect(result.output.contains("Report written to"))
        let page = try String(contentsOf: report, encoding: .utf8)
        #expect(page.contains("The independent validator accepts this plan."))
        #expect(page.contains("<h2>Rep Marco Locatelli (R1)</h2>"))
    }

    @Test func reportAndOutputMustDiffer() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("giro-same-\(UUID().uuidString)").path

        let result = try runGiro(["plan", demoPath, "--output", path, "--report", path])

        #expect(result.status == 2)
        #expect(result.error.contains("--report and --output name the same file"))
    }
}

@Suite("giro generate")
struct GenerateCommandTests {
    private static let presets = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("datasets/territory-presets.json").path

    @Test func presetsAreListedNameFirst() throws {
        let result = try runGiro(["generate", "--list-presets", "--presets", Self.presets])

        #expect(result.status == 0, "\(result.error)")
        let lines = result.output.split(separator: "\n")
        #expect(lines.count >= 4)
        #expect(lines.contains { $0.hasPrefix("region-month  ") })
    }

    @Test func generatedTerritoryPlans() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("giro-generated-\(UUID().uuidString).json")
        defer { try? FileManager.default.removeItem(at: file) }

        let generated = try runGiro([
            "generate", "--presets", Self.presets, "--preset", "city-week", "--customers-per-rep", "40", "--seed", "3",
            "--output", file.path,
        ])
        #expect(generated.status == 0, "\(generated.error)")
        #expect(generated.output.contains("1 rep, 40 customers"))

        let planned = try runGiro(["plan", file.path, "--iterations", "3", "--quiet"])
        #expect(planned.status == 0, "\(planned.output)\(planned.error)")
    }

    @Test func companyFormatWritesAPlannableCompany() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("giro-company-\(UUID().uuidString).json")
        defer { try? FileManager.default.removeItem(at: file) }

        let generated = try runGiro([
            "generate", "--presets", Self.presets, "--preset", "city-week", "--reps", "2", "--customers-per-rep", "20",
            "--format", "company", "--output", file.path,
        ])
        #expect(generated.status == 0, "\(generated.error)")
        #expect(generated.output.contains("Company written to"))
        let text = try String(contentsOf: file, encoding: .utf8)
        #expect(text.contains("\"groups\""))
        #expect(!text.contains("\"horizon\""))

        let planned = try runGiro(["plan", file.path, "--iterations", "3", "--quiet"])
        #expect(planned.status == 0, "\(planned.output)\(planned.error)")
        #expect(planned.output.contains("Planned 2 reps"))
    }

    @Test func unknownFormatIsRejected() throws {
        let result = try runGiro([
            "generate", "--presets", Self.presets, "--preset", "city-week", "--format", "xlsx", "--output", "/tmp/unused.json",
        ])

        #expect(result.status == 2)
        #expect(result.error.contains("--format must be 'territory' or 'company', not 'xlsx'"))
        #expect(!FileManager.default.fileExists(atPath: "/tmp/unused.json"))
    }

    @Test func unknownPresetIsRejected() throws {
        let result = try runGiro(["generate", "--presets", Self.presets, "--preset", "moon", "--output", "/tmp/unused.json"])

        #expect(result.status == 2)
        #expect(result.error.contains("unknown preset 'moon'"))
    }

    @Test(arguments: [
        (["--reps", "0"], "--reps"),
        (["--seed", "x"], "--seed"),
        (["--start", "2027-13-01"], "--start"),
        (["--days", "400"], "--days"),
    ])
    func badGenerateOptionIsRejected(option: [String], name: String) throws {
        let result = try runGiro(
            ["generate", "--presets", Self.presets, "--preset", "city-week", "--output", "/tmp/unused.json"] + option)

        #expect(result.status == 2)
        #expect(result.error.contains(name))
        #expect(!FileManager.default.fileExists(atPath: "/tmp/unused.json"))
    }
}
