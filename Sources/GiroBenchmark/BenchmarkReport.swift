import GiroReports

/// The pictures and the self-contained HTML page of a benchmark run: the
/// mean gap by instance class as bars, and for the distance objective the
/// mean gap over time of each class's runs.
public enum BenchmarkReport {
    /// Number of points on the time axis of the convergence chart.
    static let timeSamples = 40

    /// Returns the bar chart of the mean gap by class, as in `summary.md`.
    public static func gapBars(_ rows: [BenchmarkRow]) -> String {
        let classes = BenchmarkSummary.classes(of: rows)
        let labels = classes.map { $0?.rawValue ?? "other" } + ["all"]
        let gaps = classes.map { instanceClass in
            BenchmarkSummary.meanGap(rows.filter { $0.instanceClass == instanceClass })
        } + [BenchmarkSummary.meanGap(rows)]
        return BarChart(
            title: "Mean gap to the best-known distance", yLabel: "gap (%)", categories: labels,
            series: [BarChart.Series(name: "giro", values: gaps)]
        ).svg()
    }

    /// Returns the chart of the mean gap over time of each class's runs, or
    /// nil when there is nothing to draw.
    ///
    /// A run's gap at time t comes from the best objective it had found by
    /// then, which equals its distance under the distance objective. Points
    /// with a required visit still missing (an objective of 10⁸ or more) are
    /// left out, and a class's curve at time t averages the runs that have a
    /// point by then.
    ///
    /// - Complexity: O(S·P) for S time samples and P convergence points.
    public static func convergenceChart(_ results: BenchmarkResults) -> String? {
        var bestKnown: [String: Double] = [:]
        var classOf: [String: InstanceClass?] = [:]
        for row in results.rows {
            bestKnown[row.instance] = row.bestKnownDistance
            classOf[row.instance] = row.instanceClass
        }
        let points = results.convergence.filter { $0.bestObjective < 1e8 && bestKnown[$0.instance] != nil }
        guard let last = points.map(\.seconds).max(), last > 0 else { return nil }

        let runs = Dictionary(grouping: points) { RunKey(instance: $0.instance, seed: $0.seed) }
            .mapValues { $0.sorted { $0.seconds < $1.seconds } }
        let times = (1...timeSamples).map { last * Double($0) / Double(timeSamples) }

        var series: [LineChart.Series] = []
        for instanceClass in BenchmarkSummary.classes(of: results.rows) {
            let classRuns = runs.filter { classOf[$0.key.instance] == instanceClass }
            var curve: [LineChart.Point] = []
            for time in times {
                var gaps: [Double] = []
                for (key, runPoints) in classRuns {
                    guard let best = runPoints.last(where: { $0.seconds <= time }), let known = bestKnown[key.instance],
                        known > 0
                    else { continue }
                    gaps.append((best.bestObjective - known) / known * 100)
                }
                if let gap = BenchmarkSummary.mean(gaps) {
                    curve.append(LineChart.Point(x: time, y: gap))
                }
            }
            if !curve.isEmpty {
                series.append(LineChart.Series(name: instanceClass?.rawValue ?? "other", points: curve))
            }
        }
        guard !series.isEmpty else { return nil }
        return LineChart(
            title: "Mean gap over time by class", xLabel: "seconds", yLabel: "gap (%)", series: series, isStepped: true
        ).svg()
    }

    /// Returns the HTML page of the run: the settings, the table by class,
    /// the bars and, for the distance objective, the convergence chart.
    public static func page(_ results: BenchmarkResults, configuration: VRPTWBenchmark.Configuration) -> String {
        var blocks: [HTMLReport.Block] = [.heading("Settings")]
        let settings = BenchmarkSummary.settingsLines(configuration).map { String($0.dropFirst(2)) }
        blocks.append(.table(header: ["setting"], rows: settings.map { [$0] }))

        blocks.append(.heading("Mean gap by class"))
        blocks.append(.table(header: BenchmarkSummary.tableHeader, rows: BenchmarkSummary.tableRows(results.rows)))
        blocks.append(
            .paragraph(
                "An instance's gap is the median over its seeds, and a class's gap is the mean over its instances. "
                    + "Only runs that the validator accepts and that serve every customer count."))
        blocks.append(.figure(svg: gapBars(results.rows), caption: "Mean gap to the best-known distance by class."))

        if configuration.objective == .distance, let chart = convergenceChart(results) {
            blocks.append(.heading("Convergence"))
            blocks.append(.figure(svg: chart, caption: "Mean gap over time of each class's runs."))
        }
        return HTMLReport(title: "VRPTW benchmark", blocks: blocks).rendered()
    }

    private struct RunKey: Hashable {
        var instance: String
        var seed: UInt64
    }
}
