/// Writes the results of an orienteering benchmark with hotel selection:
/// `results.csv` with one line per run, and `summary.md` with a table by
/// set.
///
/// Only accepted runs count: the validator accepts the plan and its tour
/// keeps every rule of the instance. An instance's gap is the median over
/// its seeds, and a line's gap is the mean over its instances. An instance
/// reaches the optimum when its median score is at least that score.
public enum OPHSReport {
    /// The columns of `results.csv`.
    public static let columns = [
        "set", "instance", "seed", "score", "optimal_score", "gap_percent", "visits", "extra_hotel_nights", "seconds",
        "iterations", "validator", "tour_problem",
    ]

    /// Returns the CSV text, with a header line.
    public static func resultsCSV(_ rows: [OPHSRow]) -> String {
        var text = CSVText.line(columns)
        for row in rows {
            text += CSVText.line([
                row.set, row.instance, "\(row.seed)", CSVText.number(row.score, decimals: 2),
                CSVText.number(row.optimalScore, decimals: 2), CSVText.number(row.gapPercent, decimals: 4),
                "\(row.visits)", "\(row.extraHotelNights)", CSVText.number(row.seconds, decimals: 3),
                "\(row.iterations)", row.isValid ? "valid" : "invalid", row.tourProblem ?? "",
            ])
        }
        return text
    }

    /// Returns the Markdown summary.
    ///
    /// - Parameter skipped: instance files without an optimal score, listed
    ///   so that nothing is left out silently.
    public static func summary(
        _ rows: [OPHSRow], configuration: OPHSBenchmark.Configuration, skipped: [String]
    ) -> String {
        let timeLimit = configuration.timeLimit.map { "\(CSVText.number($0, decimals: 3)) s" } ?? "none"
        var lines = [
            "# OPHS benchmark", "", "- instances: \(configuration.instanceFolder)",
            "- optimal scores: \(configuration.optimumFile)",
            "- seeds: 1 to \(configuration.seeds.upperBound)", "- time limit per run: \(timeLimit)",
            "- iteration limit per run: \(configuration.iterationLimit.map(String.init) ?? "none")", "",
            "| set | instances | mean gap % | optimum reached | mean seconds | rejected runs |",
            "| --- | --- | --- | --- | --- | --- |",
        ]
        var sets: [String] = []
        for row in rows where !sets.contains(row.set) {
            sets.append(row.set)
        }
        for set in sets {
            lines.append(tableLine(set, rows.filter { $0.set == set }))
        }
        lines.append(tableLine("all", rows))
        lines += [
            "",
            "Gap is (optimum − score) / optimum × 100. An instance's gap is the median over its seeds and a line's "
                + "the mean over its instances; an instance reaches the optimum when its median score does. Only "
                + "runs count whose plan the validator accepts and whose tour, read back against the instance, "
                + "keeps every trip length and ends at the end hotel.",
        ]
        let rejected = rows.filter { !$0.isAccepted }
        if !rejected.isEmpty {
            lines += ["", "## Rejected runs", ""]
            lines += rejected.map { row in
                "- \(row.instance) seed \(row.seed): "
                    + (row.isValid ? "" : "the validator rejects the plan: \(row.violation ?? "")")
                    + (row.isValid || row.tourProblem == nil ? "" : "; ") + (row.tourProblem ?? "")
            }
        }
        if !skipped.isEmpty {
            lines += ["", "## Files without an optimal score", ""]
            lines += skipped.map { "- \($0)" }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func tableLine(_ label: String, _ rows: [OPHSRow]) -> String {
        let accepted = rows.filter(\.isAccepted)
        let byInstance = Dictionary(grouping: accepted, by: \.instance).values
        let gaps = byInstance.map { BenchmarkSummary.median($0.map(\.gapPercent)) }
        let reached = byInstance.filter { runs in
            BenchmarkSummary.median(runs.map(\.score)) >= (runs.first?.optimalScore ?? 0) - 1e-6
        }.count
        let instances = Set(rows.map(\.instance)).count

        let gap = BenchmarkSummary.mean(gaps).map { CSVText.number($0, decimals: 2) } ?? "–"
        let share =
            byInstance.isEmpty
            ? "–" : "\(reached) of \(byInstance.count) (\(CSVText.number(Double(reached) / Double(byInstance.count) * 100, decimals: 0)) %)"
        let seconds = BenchmarkSummary.mean(rows.map(\.seconds)).map { CSVText.number($0, decimals: 3) } ?? "–"
        let rejected = rows.filter { !$0.isAccepted }.count
        return "| \(label) | \(instances) | \(gap) | \(share) | \(seconds) | \(rejected) |"
    }
}
