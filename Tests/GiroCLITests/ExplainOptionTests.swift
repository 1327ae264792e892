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
}
