import Foundation
import Testing

private let demoCompany = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("datasets/demo-company.json")

/// Copies the demo company into a fresh temporary folder.
private func scratchCompany(named name: String = "company.json") throws -> URL {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("giro-company-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let copy = folder.appendingPathComponent(name)
    try FileManager.default.copyItem(at: demoCompany, to: copy)
    return copy
}

@Suite("Company commands never overwrite their input", .serialized)
struct CompanyOutputTests {
    @Test func transferRejectsItsInputAsOutput() throws {
        let company = try scratchCompany()
        let before = try Data(contentsOf: company)
        let detour = company.deletingLastPathComponent().appendingPathComponent("../\(company.deletingLastPathComponent().lastPathComponent)/company.json")

        for output in [company.path, detour.path] {
            let result = try runGiro([
                "transfer", company.path, "--from", "R01", "--to", "R02", "--customers", "C0001", "--output", output,
            ])
            #expect(result.status == 2)
            #expect(result.error.contains("input"), "\(result.error)")
        }
        #expect(try Data(contentsOf: company) == before)
    }

    @Test func companyPlanRejectsAFolderThatHoldsTheInputAsARepPlan() throws {
        let company = try scratchCompany(named: "R01.json")
        let before = try Data(contentsOf: company)

        let result = try runGiro(["plan", company.path, "--output", company.deletingLastPathComponent().path])
        #expect(result.status == 2)
        #expect(result.error.contains("input"), "\(result.error)")
        #expect(try Data(contentsOf: company) == before)
    }

    @Test func companyPlanWritesOneFilePerRep() throws {
        let company = try scratchCompany()
        let folder = company.deletingLastPathComponent().appendingPathComponent("plans")

        let result = try runGiro(["plan", company.path, "--output", folder.path, "--days", "1", "--iterations", "3"])
        #expect(result.status == 0, "\(result.error)")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(files.count == 12)
        #expect(files.first == "R01.json")

        let check = try runGiro(["validate", company.path, folder.appendingPathComponent("R05.json").path])
        #expect(check.status == 0, "\(check.output)")
    }
}
