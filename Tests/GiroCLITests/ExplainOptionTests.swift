import Foundation
import Testing

@Suite("giro plan --explain")
struct ExplainOptionTests {
    private static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    private static let demo = root.appendingPathComponent("datasets/demo-northern-italy.json").path
    private static let company = root.appendingPathComponent("datasets/demo-company.json").path

    /// C005 has an appointment in the demo, which the plan keeps.
    @Test func appointmentCustomerIsExplainedAsPlanned() throws {
        let result = try runGiro(["plan", Self.demo, "--iterations", "3", "--quiet", "--explain", "C005"])

        #expect(result.status == 0, "\(result.error)")
        #expect(result.output.contains("Customer C005 is in the plan.\n"))
        #expect(result.output.contains("  Visits: 2027-03-11 at 09:30 (appointment).\n"))
        #expect(result.output.contains("  Cadence: every 28 days; last visit 2027-03-01; due 2027-03-29;"))
    }

    /// C001 was seen a week before the horizon with a 56-day cadence.
    @Test func customerNotYetEligibleIsExplained() throws {
        let result = try runGiro(["plan", Self.demo, "--iterations", "3", "--quiet", "--explain", "C001"])

        #expect(result.status == 0, "\(result.error)")
        #expect(
            result.output.contains(
                "Customer C001 is not in the plan: its cadence allows the next visit only from 2027-04-10, after the "
                    + "horizon."))
        #expect(result.output.contains("may be visited from 2027-04-10."))
    }

    @Test func unknownCustomerIsRejected() throws {
        let result = try runGiro(["plan", Self.demo, "--quiet", "--explain", "NOPE"])

        #expect(result.status == 2)
        #expect(result.error.contains("--explain 'NOPE'"), "\(result.error)")
        #expect(result.error.contains("has no customer with this id"), "\(result.error)")
    }

    @Test func companyFileIsRejected() throws {
        let result = try runGiro(["plan", Self.company, "--quiet", "--explain", "C001"])

        #expect(result.status == 2)
        #expect(result.error.contains("--explain works only with a territory file"), "\(result.error)")
    }

    /// S, on a 2-day cadence over two working weeks, gets several visits.
    /// The explanation lists them and prints that no other day is priced,
    /// not that no day has room.
    @Test func customerWithSeveralVisitsIsExplained() throws {
        let territory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "giro-explain-\(UUID().uuidString).json")
        defer { try? FileManager.default.removeItem(at: territory) }
        let text = """
            {"horizon": {"start": "2027-03-08", "days": 12},
             "reps": [{"id": "R1", "home": {"latitude": 45.5, "longitude": 9.7},
                       "workingHours": {"mon": {"start": "08:00", "end": "17:00"},
                                        "tue": {"start": "08:00", "end": "17:00"},
                                        "wed": {"start": "08:00", "end": "17:00"},
                                        "thu": {"start": "08:00", "end": "17:00"},
                                        "fri": {"start": "08:00", "end": "17:00"}}}],
             "customers": [{"id": "S", "location": {"latitude": 45.55, "longitude": 9.75}, "visitMinutes": 30,
                            "cadenceDays": 2, "lastVisit": "2027-03-05", "dueAfter": 0.5}]}
            """
        try Data(text.utf8).write(to: territory)

        let result = try runGiro(["plan", territory.path, "--iterations", "3", "--quiet", "--explain", "S"])

        #expect(result.status == 0, "\(result.error)")
        #expect(result.output.contains("Customer S is in the plan.\n"), "\(result.output)")
        let visits = result.output.split(separator: "\n").first { $0.hasPrefix("  Visits: ") }
        #expect((visits?.components(separatedBy: ", ").count ?? 0) > 1, "\(result.output)")
        #expect(
            result.output.contains(
                "  No other day is priced for a customer whose plan has an appointment or several visits.\n"),
            "\(result.output)")
        #expect(!result.output.contains("candidate day has room"), "\(result.output)")
    }
}
