import GiroReports

/// The files of a territory benchmark: `results.csv`, `summary.md`, the
/// convergence chart and the HTML page.
public enum TerritoryReport {
    /// The header of `results.csv`, in the fixed column order.
    public static let columns = [
        "territory", "heuristic", "seed", "time_limit", "objective", "gap_percent", "visits", "unplanned",
        "cadence_compliance", "overdue_at_end", "driving_share", "km_per_visit", "nights_away", "seconds",
        "iterations", "validator",
    ]

    /// Returns `results.csv`: one line per run, in run order. Shares have
    /// four decimals, seconds three, and an empty field stands for no
    /// value.
    public static func csv(_ results: TerritoryResults) -> String {
        let best = results.bestObjective
        var text = CSVText.line(columns)
        for row in results.rows {
            text += CSVText.line([
                CSVText.field(row.territory), row.heuristic, String(row.seed),
                row.timeLimit.map { CSVText.number($0, decimals: 3) } ?? "",
                CSVText.number(row.objective, decimals: 2),
                results.gapPercent(row, best: best).map { CSVText.number($0, decimals: 4) } ?? "",
                String(row.visits), String(row.unplanned), CSVText.number(row.cadenceCompliance, decimals: 4),
                String(row.overdueAtHorizonEnd), CSVText.number(row.drivingShare, decimals: 4),
                CSVText.number(row.kilometresPerVisit, decimals: 3), String(row.nightsAway),
                CSVText.number(row.seconds, decimals: 3), String(row.iterations), row.isValid ? "valid" : "invalid",
            ])
        }
        return text
    }

    /// The header of the summary table.
    static let tableHeader = [
        "territory", "heuristic", "runs", "median gap %", "best gap %", "objective", "cadence compliance %",
        "overdue at end", "driving share %", "km a visit", "nights", "seconds", "steps", "invalid runs",
    ]

    /// Returns one summary line per territory and configuration, in the
    /// order of the results: medians over the valid runs of each figure,
    /// and the number of invalid runs.
    static func tableRows(_ results: TerritoryResults) -> [[String]] {
        let best = results.bestObjective
        var keys: [[String]] = []
        for row in results.rows where !keys.contains([row.territory, row.heuristic]) {
            keys.append([row.territory, row.heuristic])
        }
        return keys.map { key in
            let runs = results.rows.filter { [$0.territory, $0.heuristic] == key }
            let valid = runs.filter(\.isValid)
            func median(_ value: (TerritoryRow) -> Double, scale: Double = 1, decimals: Int = 2) -> String {
                valid.isEmpty ? "–" : CSVText.number(BenchmarkSummary.median(valid.map(value)) * scale, decimals: decimals)
            }
            let gaps = valid.compactMap { results.gapPercent($0, best: best) }
            return key + [
                "\(runs.count)",
                gaps.isEmpty ? "–" : CSVText.number(BenchmarkSummary.median(gaps), decimals: 2),
                gaps.min().map { CSVText.number($0, decimals: 2) } ?? "–",
                median(\.objective, decimals: 0),
                median(\.cadenceCompliance, scale: 100, decimals: 1),
                median({ Double($0.overdueAtHorizonEnd) }, decimals: 0),
                median(\.drivingShare, scale: 100, decimals: 1),
                median(\.kilometresPerVisit),
                median({ Double($0.nightsAway) }, decimals: 0),
                median(\.seconds, decimals: 3),
                median({ Double($0.iterations) }, decimals: 0),
                "\(runs.count - valid.count)",
            ]
        }
    }

    /// Returns the settings as Markdown list lines.
    static func settingsLines(_ configuration: TerritoryBenchmark.Configuration) -> [String] {
        let limit = configuration.timeLimit.map { "\(CSVText.number($0, decimals: 3)) s" } ?? "none"
        let iterations = configuration.iterationLimit.map(String.init) ?? "none"
        var lines = [
            "- territories: \(configuration.instances.map(\.name).joined(separator: ", "))",
            "- heuristics: \(configuration.heuristics.map(\.rawValue).joined(separator: ", "))",
            "- seeds: 1 to \(max(1, configuration.seedCount))",
            "- time limit per run: \(limit), iteration limit per run: \(iterations)",
            "- construction: \(configuration.options.construction)",
        ]
        if let reference = configuration.referenceTimeLimit {
            lines.append(
                "- reference: ruin-and-recreate with seeds 1 to \(max(1, configuration.referenceSeedCount)) "
                    + "at \(CSVText.number(reference, decimals: 3)) s per run")
        }
        return lines
    }

    /// Returns `summary.md`: the settings and the table.
    public static func summary(_ results: TerritoryResults, configuration: TerritoryBenchmark.Configuration) -> String {
        var lines = ["# Territory benchmark", ""] + settingsLines(configuration) + [""]
        lines.append("| " + tableHeader.joined(separator: " | ") + " |")
        lines.append("|" + String(repeating: " --- |", count: tableHeader.count))
        for cells in tableRows(results) {
            lines.append("| " + cells.joined(separator: " | ") + " |")
        }
        lines += ["", gapNote]
        return lines.joined(separator: "\n") + "\n"
    }

    static let gapNote =
        "A run's gap is its objective's distance to the best valid plan that any run found for the territory, "
        + "in percent. Figures are medians over the valid runs; the validator computes them from the plan alone."

    /// Returns the chart of the mean gap over time of each configuration on
    /// each territory, or nil when there is nothing to draw. A run that has
    /// not reported a plan by time t does not count at t.
    ///
    /// - Complexity: O(S·P) for S time samples and P convergence points.
    public static func convergenceChart(_ results: TerritoryResults) -> String? {
        let best = results.bestObjective
        let territoryOf = Dictionary(
            results.rows.map { ("\($0.territory)/\($0.heuristic)", $0.territory) }, uniquingKeysWith: { first, _ in first })
        guard let last = results.convergence.map(\.seconds).max(), last > 0 else { return nil }
        let samples = BenchmarkReport.timeSamples
        let times = (1...samples).map { last * Double($0) / Double(samples) }

        var series: [LineChart.Series] = []
        var names: [String] = []
        for point in results.convergence where !names.contains(point.instance) {
            names.append(point.instance)
        }
        for name in names {
            guard let territory = territoryOf[name], let reference = best[territory], reference != 0 else { continue }
            let runs = Dictionary(grouping: results.convergence.filter { $0.instance == name }, by: \.seed)
            var curve: [LineChart.Point] = []
            for time in times {
                let gaps = runs.values.compactMap { points in
                    points.last { $0.seconds <= time }.map { ($0.bestObjective - reference) / abs(reference) * 100 }
                }
                if let gap = BenchmarkSummary.mean(gaps) {
                    curve.append(LineChart.Point(x: time, y: gap))
                }
            }
            if !curve.isEmpty {
                series.append(LineChart.Series(name: name, points: curve))
            }
        }
        guard !series.isEmpty else { return nil }
        return LineChart(
            title: "Mean gap to the best plan over time", xLabel: "seconds", yLabel: "gap (%)", series: series,
            isStepped: true
        ).svg()
    }

    /// Returns the HTML page of the run: the settings, the table and the
    /// convergence chart.
    public static func page(_ results: TerritoryResults, configuration: TerritoryBenchmark.Configuration) -> String {
        var blocks: [HTMLReport.Block] = [.heading("Settings")]
        blocks.append(.table(header: ["setting"], rows: settingsLines(configuration).map { [String($0.dropFirst(2))] }))
        blocks.append(.heading("Configurations"))
        blocks.append(.table(header: tableHeader, rows: tableRows(results)))
        blocks.append(.paragraph(gapNote))
        if let chart = convergenceChart(results) {
            blocks.append(.heading("Convergence"))
            blocks.append(.figure(svg: chart, caption: "Mean gap to the best plan over time, per territory and heuristic."))
        }
        return HTMLReport(title: "Territory benchmark", blocks: blocks).rendered()
    }
}
