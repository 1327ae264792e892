import Foundation
import Testing

@Suite("giro plan --from, --at and --done")
struct ReplanOptionTests {
    private static let demo = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("datasets/demo-northern-italy.json").path

    /// C003 is due in the demo and planned without re-planning.
    @Test func customerDoneTodayIsNotPlanned() throws {
        let result = try runGiro([
            "plan", Self.demo, "--iterations", "3", "--quiet", "--from", "13:00", "--at", "45.6,9.7", "--done", "C003",
            "--explain", "C003",
        ])

        #expect(result.status == 0, "\(result.error)")
        #expect(result.output.contains("Customer C003 is not in the plan"), "\(result.output)")
        #expect(result.output.contains("last visit 2027-03-08"))
    }

    @Test(arguments: [
        (["--from", "25:00"], "--from must be a clock time"),
        (["--from", "noon"], "--from must be a clock time"),
        (["--done", "C003"], "--done needs --from TIME"),
        (["--from", "13:00", "--done", "C003,NOPE"], "--done names customer 'NOPE'"),
        (["--at", "95,9"], "--at must be LATITUDE,LONGITUDE"),
        (["--at", "45.6"], "--at must be LATITUDE,LONGITUDE"),
        (["--at", "0x10,9"], "--at must be LATITUDE,LONGITUDE"),
        (["--from", "13:00", "--done", "C003,"], "has an empty customer id"),
        (["--from", "13:00", "--done", "C003, C003"], "--done names customer 'C003' twice"),
    ])
    func badReplanOptionIsRejected(options: [String], message: String) throws {
        let result = try runGiro(["plan", Self.demo, "--quiet"] + options)

        #expect(result.status == 2)
        #expect(result.error.contains(message), "\(result.error)")
    }

    /// A re-plan's plan file validates when giro validate gets the same
    /// visits done, and not without them.
    @Test func replanValidatesWithTheVisitsDone() throws {
        let plan = FileManager.default.temporaryDirectory.appendingPathComponent("giro-replan-\(UUID().uuidString).json")
        defer { try? FileManager.default.removeItem(at: plan) }
        let planned = try runGiro([
            "plan", Self.demo, "--iterations", "3", "--quiet", "--from", "13:00", "--done", "C029,C031", "--output",
            plan.path,
        ])
        #expect(planned.status == 0, "\(planned.error)")

        let checked = try runGiro(["validate", Self.demo, plan.path, "--done", "C029,C031"])
        let unchecked = try runGiro(["validate", Self.demo, plan.path])

        #expect(checked.status == 0, "\(checked.output)")
        #expect(checked.output.contains("re-planned from 13:00 of the first day"))
        #expect(unchecked.status == 1)
    }

    /// A plan without a re-plan start time takes no visits done.
    @Test func validateDoneNeedsReplan() throws {
        let plan = FileManager.default.temporaryDirectory.appendingPathComponent("giro-plain-\(UUID().uuidString).json")
        defer { try? FileManager.default.removeItem(at: plan) }
        let planned = try runGiro(["plan", Self.demo, "--iterations", "3", "--quiet", "--output", plan.path])
        #expect(planned.status == 0, "\(planned.error)")

        let plain = try runGiro(["validate", Self.demo, plan.path, "--done", "C029"])

        #expect(plain.status == 2)
        #expect(plain.error.contains("--done applies only to a re-plan"), "\(plain.error)")
    }
}
