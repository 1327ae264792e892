/// Writes the results of a team orienteering benchmark: `results.csv` with
/// one line per run, and `summary.md` with a table by number of tours.
///
/// Only runs whose plan the validator accepts count. An instance's gap is
/// the median over its seeds, and a line's gap is the mean over its
/// instances. An instance reaches the best-known score when its median score
/// is at least that score.
public enum TOPTWReport {
    /// The columns of `results.csv`.
    public static let columns = [
        "instance", "tours", "seed", "score", "bks_score", "gap_percent", "visits", "seconds", "iterations", "validator",
    ]

    /// Returns the CSV text, with a header line.
    public static func resultsCSV(_ rows: [TOPTWRow]) -> String {
        var text = CSVText.line(columns)
        for row in rows {
            text += CSVText.line([
                row.instance, "\(row.tours)", "\(row.seed)", CSVText.number(row.score, decimals: 2),
                CSVText.number(row.bestKnownScore, decimals: 2), CSVText.number(row.gapPercent, decimals: 4),
                "\(row.visits)", CSVText.number(row.seconds, decimals: 3), "\(row.iterations)",
                row.isValid ? "valid" : "invalid",
            ])
        }
        return text
    }

    /// Returns the Markdown summary.
    ///
    /// - Parameter skipped: instance files without a best-known score,
    ///   listed so that nothing is left out silently.
    public static func summary(
        _ rows: [TOPTWRow], configuration: TOPTWBenchmark.Configuration, skipped: [String]
    ) -> String {
        let timeLimit = configuration.timeLimit.map { "\(CSVText.number($0, decimals: 3)) s" } ?? "none"
        var lines = [
            "# TOPTW benchmark", "", "- instances: \(configuration.instanceFolder)",
            "- best-known scores: \(configuration.bestKnownFile)",
            "- tours: \(configuration.tours.lowerBound) to \(configuration.tours.upperBound)",
            "- seeds: 1 to \(configuration.seeds.upperBound)", "- time limit per run: \(timeLimit)",
            "- iteration limit per run: \(configuration.iterationLimit.map(String.init) ?? "none")", "",
            "| tours | instances | mean gap % | best-known reached | mean seconds | invalid runs |",
            "| --- | --- | --- | --- | --- | --- |",
        ]
        for tours in Set(rows.map(\.tours)).sorted() {
            lines.append(tableLine("\(tours)", rows.filter { $0.tours == tours }))
        }
        lines.append(tableLine("all", rows))
        lines += [
            "",
            "Gap is (best-known score − score) / best-known score × 100, so a negative gap beats the best-known "
                + "score. An instance's gap is the median over its seeds and a line's the mean over its instances; "
                + "only runs that the validator accepts count.",
        ]
        if !skipped.isEmpty {
            lines += ["", "## Files without a best-known score", ""]
            lines += skipped.map { "- \($0)" }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func tableLine(_ label: String, _ rows: [TOPTWRow]) -> String {
        let valid = rows.filter(\.isValid)
        let byInstance = Dictionary(grouping: valid) { "\($0.instance)|\($0.tours)" }.values
        let gaps = byInstance.map { BenchmarkSummary.median($0.map(\.gapPercent)) }
        let reached = byInstance.filter { runs in
            BenchmarkSummary.median(runs.map(\.score)) >= (runs.first?.bestKnownScore ?? 0) - 1e-9
        }.count
        let instances = Set(rows.map { "\($0.instance)|\($0.tours)" }).count

        let gap = BenchmarkSummary.mean(gaps).map { CSVText.number($0, decimals: 2) } ?? "–"
        let share = byInstance.isEmpty ? "–" : "\(reached) of \(byInstance.count)"
        let seconds = BenchmarkSummary.mean(rows.map(\.seconds)).map { CSVText.number($0, decimals: 3) } ?? "–"
        let invalid = rows.filter { !$0.isValid }.count
        return "| \(label) | \(instances) | \(gap) | \(share) | \(seconds) | \(invalid) |"
    }
}
