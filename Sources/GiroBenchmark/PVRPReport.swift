/// Writes the results of a periodic vehicle routing benchmark:
/// `results.csv` with one line per run, and `summary.md` with one line per
/// instance and one for the mean.
///
/// Only runs whose plan the validator accepts count. An instance's distance
/// and gap are the medians over its seeds, and the last line's gap is the
/// mean over the instances.
public enum PVRPReport {
    /// The columns of `results.csv`.
    public static let columns = [
        "instance", "seed", "distance", "reference_distance", "gap_percent", "routes", "visits", "missing_visits",
        "seconds", "iterations", "validator",
    ]

    /// Returns the CSV text, with a header line.
    public static func resultsCSV(_ rows: [PVRPRow]) -> String {
        var text = CSVText.line(columns)
        for row in rows {
            text += CSVText.line([
                row.instance, "\(row.seed)", CSVText.number(row.distance, decimals: 4),
                CSVText.number(row.referenceDistance, decimals: 2), CSVText.number(row.gapPercent, decimals: 4),
                "\(row.routes)", "\(row.visits)", "\(row.missingVisits)", CSVText.number(row.seconds, decimals: 3),
                "\(row.iterations)", row.isValid ? "valid" : "invalid",
            ])
        }
        return text
    }

    /// Returns the Markdown summary.
    ///
    /// - Parameter skipped: instance files without a reference distance,
    ///   listed so that nothing is left out silently.
    public static func summary(
        _ rows: [PVRPRow], configuration: PVRPBenchmark.Configuration, skipped: [String]
    ) -> String {
        let timeLimit = configuration.timeLimit.map { "\(CSVText.number($0, decimals: 3)) s" } ?? "none"
        var lines = [
            "# Periodic VRP benchmark", "", "- instances: \(configuration.instanceFolder)",
            "- reference distances: \(configuration.referenceFile)",
            "- seeds: 1 to \(configuration.seeds.upperBound)", "- time limit per run: \(timeLimit)",
            "- iteration limit per run: \(configuration.iterationLimit.map(String.init) ?? "none")", "",
            "| instance | distance | reference | gap % | missing visits | mean seconds | invalid runs |",
            "| --- | --- | --- | --- | --- | --- | --- |",
        ]
        var gaps: [Double] = []
        var instances: [String] = []
        for row in rows where !instances.contains(row.instance) {
            instances.append(row.instance)
        }
        for instance in instances {
            let runs = rows.filter { $0.instance == instance }
            let valid = runs.filter(\.isValid)
            let gap = valid.isEmpty ? nil : BenchmarkSummary.median(valid.map(\.gapPercent))
            if let gap {
                gaps.append(gap)
            }
            let distance = valid.isEmpty ? "–" : CSVText.number(BenchmarkSummary.median(valid.map(\.distance)), decimals: 2)
            let missing = valid.isEmpty ? "–" : CSVText.number(BenchmarkSummary.median(valid.map { Double($0.missingVisits) }), decimals: 1)
            lines.append(
                "| \(instance) | \(distance) | \(CSVText.number(runs[0].referenceDistance, decimals: 2)) | "
                    + "\(gap.map { CSVText.number($0, decimals: 2) } ?? "–") | \(missing) | "
                    + "\(seconds(runs)) | \(runs.filter { !$0.isValid }.count) |")
        }
        let meanGap = BenchmarkSummary.mean(gaps).map { CSVText.number($0, decimals: 2) } ?? "–"
        lines.append("| mean of \(gaps.count) | | | \(meanGap) | | \(seconds(rows)) | \(rows.filter { !$0.isValid }.count) |")
        lines += [
            "",
            "Gap is (distance − reference) / reference × 100, so a negative gap beats the reference solution. "
                + "An instance's distance, gap and missing visits are the medians over its seeds, and the last line's "
                + "gap the mean over the instances; only runs that the validator accepts count. A run with missing "
                + "visits leaves customers unplanned, which shortens its distance.",
        ]
        if !skipped.isEmpty {
            lines += ["", "## Files without a reference distance", ""]
            lines += skipped.map { "- \($0)" }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func seconds(_ rows: [PVRPRow]) -> String {
        BenchmarkSummary.mean(rows.map(\.seconds)).map { CSVText.number($0, decimals: 3) } ?? "–"
    }
}
