import Giro
@testable import GiroBenchmark
import Testing

@Suite("VROOM comparison report")
struct VROOMComparisonReportTests {
    private static func row(_ solver: VROOMComparisonRow.Solver, seed: UInt64, servedPriority: Int, drivingTime: Int)
        -> VROOMComparisonRow
    {
        VROOMComparisonRow(
            territory: "city-week", solver: solver, seed: seed, timeLimit: 1, seconds: 0.5,
            terms: VROOMTerms(
                servedPriority: servedPriority, exportedPriority: 200, servedJobs: servedPriority / 10, jobs: 20,
                drivingTime: drivingTime, distance: Double(drivingTime) * 10),
            isValid: true, isValidOnExportedRules: true, fullRuleViolations: 0, fullObjective: 100,
            cadenceCompliance: 1, visits: 10, nightsAway: 0)
    }

    @Test func drivingRatioIsPercentOfVROOMs() {
        let rows = [
            Self.row(.vroom, seed: 0, servedPriority: 100, drivingTime: 4_000),
            Self.row(.giro, seed: 1, servedPriority: 120, drivingTime: 3_000),
        ]

        #expect(VROOMComparisonReport.verdictRows(rows) == [["city-week", "1 of 1", "20", "75.0"]])
    }

    @Test func zeroVROOMDrivingGivesDash() {
        let rows = [
            Self.row(.vroom, seed: 0, servedPriority: 0, drivingTime: 0),
            Self.row(.giro, seed: 1, servedPriority: 120, drivingTime: 24_355),
            Self.row(.giro, seed: 2, servedPriority: 110, drivingTime: 20_000),
        ]

        #expect(VROOMComparisonReport.verdictRows(rows) == [["city-week", "2 of 2", "115", "–"]])
        let summary = VROOMComparisonReport.summary(
            rows, configuration: VROOMComparison.Configuration(instances: [], seedCount: 2, timeLimit: 1))
        #expect(summary.contains("| city-week | 2 of 2 | 115 | – |"), "\(summary)")
    }
}
