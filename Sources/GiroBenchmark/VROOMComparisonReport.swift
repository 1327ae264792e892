import GiroReports

/// The files of a VROOM comparison: `results.csv`, `summary.md`, the bar
/// charts and the HTML page.
public enum VROOMComparisonReport {
    /// The header of `results.csv`, in the fixed column order.
    public static let columns = [
        "territory", "solver", "seed", "time_limit", "seconds", "served_priority", "exported_priority", "served_jobs",
        "jobs", "driving_seconds", "distance_m", "validator", "valid_on_exported_rules", "full_rule_violations",
        "full_objective", "cadence_compliance", "visits", "nights_away",
    ]

    /// Returns `results.csv`: one line per solve, in run order.
    public static func csv(_ rows: [VROOMComparisonRow]) -> String {
        var text = CSVText.line(columns)
        for row in rows {
            text += CSVText.line([
                CSVText.field(row.territory), row.solver.rawValue, String(row.seed),
                CSVText.number(row.timeLimit, decimals: 3), CSVText.number(row.seconds, decimals: 3),
                String(row.terms.servedPriority), String(row.terms.exportedPriority), String(row.terms.servedJobs),
                String(row.terms.jobs), String(row.terms.drivingTime), CSVText.number(row.terms.distance, decimals: 0),
                row.isValid ? "valid" : "invalid", row.isValidOnExportedRules ? "yes" : "no",
                String(row.fullRuleViolations), CSVText.number(row.fullObjective, decimals: 2),
                CSVText.number(row.cadenceCompliance, decimals: 4), String(row.visits), String(row.nightsAway),
            ])
        }
        return text
    }

    /// The header of the summary table.
    static let tableHeader = [
        "territory", "solver", "runs", "served priority", "jobs served", "driving h", "km", "seconds",
        "valid runs", "violations of all rules", "Giro objective", "cadence compliance %", "visits",
    ]

    /// Returns one line per territory and solver: medians over the runs.
    static func tableRows(_ rows: [VROOMComparisonRow]) -> [[String]] {
        groups(rows).map { runs in
            let first = runs[0]
            func median(_ value: (VROOMComparisonRow) -> Double, decimals: Int) -> String {
                CSVText.number(BenchmarkSummary.median(runs.map(value)), decimals: decimals)
            }
            return [
                first.territory, first.solver.rawValue, "\(runs.count)",
                median({ Double($0.terms.servedPriority) }, decimals: 0) + " of \(first.terms.exportedPriority)",
                median({ Double($0.terms.servedJobs) }, decimals: 0) + " of \(first.terms.jobs)",
                median({ Double($0.terms.drivingTime) / 3_600 }, decimals: 2),
                median({ $0.terms.distance / 1_000 }, decimals: 1),
                median(\.seconds, decimals: 3),
                "\(runs.filter(\.isValid).count)",
                median({ Double($0.fullRuleViolations) }, decimals: 0),
                median(\.fullObjective, decimals: 0),
                median({ $0.cadenceCompliance * 100 }, decimals: 1),
                median({ Double($0.visits) }, decimals: 0),
            ]
        }
    }

    /// The header of the verdict table.
    static let verdictHeader = [
        "territory", "Giro seeds at least as good as VROOM", "served priority Giro − VROOM",
        "driving time Giro / VROOM %",
    ]

    /// Returns one verdict line per territory: in how many seeds Giro's plan
    /// of the cut-down problem is at least as good as VROOM's on VROOM's
    /// terms, and the medians of the differences. The driving time ratio
    /// is "–" when VROOM's driving time is 0.
    static func verdictRows(_ rows: [VROOMComparisonRow]) -> [[String]] {
        var territories: [String] = []
        for row in rows where !territories.contains(row.territory) {
            territories.append(row.territory)
        }
        return territories.compactMap { territory in
            guard let vroom = rows.first(where: { $0.territory == territory && $0.solver == .vroom }) else { return nil }
            let giro = rows.filter { $0.territory == territory && $0.solver == .giro }
            guard !giro.isEmpty else { return nil }
            let wins = giro.filter { $0.isValid && $0.terms.isAtLeastAsGood(as: vroom.terms) }.count
            let priority = BenchmarkSummary.median(giro.map { Double($0.terms.servedPriority - vroom.terms.servedPriority) })
            // A percentage of a driving time of 0 is undefined, so none is given.
            var driving = "–"
            if vroom.terms.drivingTime > 0 {
                let percents = giro.map { Double($0.terms.drivingTime) / Double(vroom.terms.drivingTime) * 100 }
                driving = CSVText.number(BenchmarkSummary.median(percents), decimals: 1)
            }
            return [territory, "\(wins) of \(giro.count)", CSVText.number(priority, decimals: 0), driving]
        }
    }

    /// Returns `summary.md`: the settings, the verdict and the table.
    public static func summary(_ rows: [VROOMComparisonRow], configuration: VROOMComparison.Configuration) -> String {
        var lines = ["# Giro beside VROOM on field territories", ""] + settingsLines(configuration) + [""]
        lines += ["## On VROOM's terms", ""] + markdownTable(verdictHeader, verdictRows(rows)) + [""]
        lines += ["## Every plan", ""] + markdownTable(tableHeader, tableRows(rows)) + ["", solverNote]
        return lines.joined(separator: "\n") + "\n"
    }

    static let solverNote =
        "vroom: VROOM on the exported problem, read back as a Giro plan. giro: Giro on the territory cut down to "
        + "what VROOM can express (no maximum working time, no nights, driving time as the only cost). giro-full: "
        + "Giro on the whole territory. Served priority counts 100 for each appointment and reservation and 10 times "
        + "the customer's priority for each due customer; VROOM ranks plans by it first and by driving time second. Valid runs count the plans "
        + "the validator accepts under the rules they were made for; violations of all rules are those of the "
        + "whole territory, such as working days longer than the rep's maximum. Figures are medians over the runs."

    static func settingsLines(_ configuration: VROOMComparison.Configuration) -> [String] {
        [
            "- territories: \(configuration.instances.map(\.name).joined(separator: ", "))",
            "- time limit per solve: \(CSVText.number(configuration.timeLimit, decimals: 3)) s, for VROOM and Giro alike",
            "- Giro seeds: 1 to \(max(1, configuration.seedCount)); VROOM takes no seed and runs once",
        ]
    }

    /// Returns the bar chart of the median driving hours per territory and
    /// solver.
    public static func drivingBars(_ rows: [VROOMComparisonRow]) -> String {
        chart(rows, title: "Median driving time", yLabel: "hours") { Double($0.terms.drivingTime) / 3_600 }
    }

    /// Returns the bar chart of the median served priority per territory and
    /// solver, in percent of the exported priority.
    public static func priorityBars(_ rows: [VROOMComparisonRow]) -> String {
        chart(rows, title: "Median served priority", yLabel: "% of exported") {
            Double($0.terms.servedPriority) / Double(max(1, $0.terms.exportedPriority)) * 100
        }
    }

    /// Returns the HTML page of the run.
    public static func page(_ rows: [VROOMComparisonRow], configuration: VROOMComparison.Configuration) -> String {
        var blocks: [HTMLReport.Block] = [.heading("Settings")]
        blocks.append(.table(header: ["setting"], rows: settingsLines(configuration).map { [String($0.dropFirst(2))] }))
        blocks.append(.heading("On VROOM's terms"))
        blocks.append(.table(header: verdictHeader, rows: verdictRows(rows)))
        blocks.append(.heading("Every plan"))
        blocks.append(.table(header: tableHeader, rows: tableRows(rows)))
        blocks.append(.paragraph(solverNote))
        blocks.append(.figure(svg: priorityBars(rows), caption: "Median served priority per territory and solver."))
        blocks.append(.figure(svg: drivingBars(rows), caption: "Median driving time per territory and solver."))
        return HTMLReport(title: "Giro beside VROOM", blocks: blocks).rendered()
    }

    private static func chart(
        _ rows: [VROOMComparisonRow], title: String, yLabel: String, value: (VROOMComparisonRow) -> Double
    ) -> String {
        var territories: [String] = []
        for row in rows where !territories.contains(row.territory) {
            territories.append(row.territory)
        }
        let series = VROOMComparisonRow.Solver.allCases.map { solver in
            BarChart.Series(
                name: solver.rawValue,
                values: territories.map { territory in
                    let runs = rows.filter { $0.territory == territory && $0.solver == solver }
                    return runs.isEmpty ? nil : BenchmarkSummary.median(runs.map(value))
                })
        }
        var chart = BarChart(title: title, yLabel: yLabel, categories: territories, series: series)
        chart.valueDecimals = 1
        return chart.svg()
    }

    /// Returns the runs grouped by territory and solver, in run order.
    private static func groups(_ rows: [VROOMComparisonRow]) -> [[VROOMComparisonRow]] {
        var keys: [String] = []
        var runs: [String: [VROOMComparisonRow]] = [:]
        for row in rows {
            let key = "\(row.territory)\u{1F}\(row.solver.rawValue)"
            if runs[key] == nil {
                keys.append(key)
            }
            runs[key, default: []].append(row)
        }
        return keys.compactMap { runs[$0] }
    }

    private static func markdownTable(_ header: [String], _ rows: [[String]]) -> [String] {
        ["| " + header.joined(separator: " | ") + " |", "|" + String(repeating: " --- |", count: header.count)]
            + rows.map { "| " + $0.joined(separator: " | ") + " |" }
    }
}
