/// Writes `summary.md`: the benchmark's settings, a Markdown table by
/// instance class with an overall line, and the runs left out of the gaps.
///
/// Only complete runs count toward gaps, vehicles and distances: the
/// validator accepts the plan and every customer is served. An instance's
/// gap is the median over its complete runs, and a class's gap is the mean
/// of its instances' gaps. Seconds average over all runs.
public enum BenchmarkSummary {
    /// Returns the Markdown text.
    ///
    /// - Complexity: O(n log n) for n rows.
    public static func text(_ rows: [BenchmarkRow], configuration: VRPTWBenchmark.Configuration) -> String {
        var lines = ["# VRPTW benchmark", ""]
        lines += settingsLines(configuration)
        lines += [
            "",
            "| " + tableHeader.joined(separator: " | ") + " |",
            "|" + String(repeating: " --- |", count: tableHeader.count),
        ]

        for cells in tableRows(rows) {
            lines.append("| " + cells.joined(separator: " | ") + " |")
        }

        lines += [
            "",
            "An instance's gap is the median over its seeds, and a class's gap is the mean over its instances. "
                + "Gaps, vehicles and distances count only runs that the validator accepts and that serve every "
                + "customer. Seconds cover building the planner and planning, averaged over all runs.",
        ]

        let excluded = rows.filter { !$0.isComplete }
        lines += ["", "## Runs not counted", ""]
        if excluded.isEmpty {
            lines.append("None: every plan is valid and serves every customer.")
        }
        for row in excluded {
            let verdict = row.isValid ? "valid" : "invalid"
            lines.append("- \(row.instance) seed \(row.seed): \(verdict), \(row.unplanned) unplanned")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Lists the configuration, so that the summary records how it was made.
    static func settingsLines(_ configuration: VRPTWBenchmark.Configuration) -> [String] {
        let timeLimit = configuration.timeLimit.map { "\(CSVText.number($0, decimals: 3)) s" } ?? "none"
        let iterations = configuration.iterationLimit.map(String.init) ?? "none"
        let options = configuration.options
        return [
            "- instances: \(configuration.instanceFolder)",
            "- best-known values: \(configuration.bestKnownFile)",
            "- seeds: 1 to \(configuration.seeds.upperBound)",
            "- objective: \(configuration.objective.rawValue)",
            "- distances: \(configuration.truncatesToOneDecimal ? "truncated to one decimal (DIMACS)" : "exact")",
            "- time limit per run: \(timeLimit)",
            "- iteration limit per run: \(iterations)",
            "- construction: \(options.construction)",
            "- operators: \(names(options.operators.map(\.rawValue)))",
            "- metaheuristic: \(options.metaheuristic.rawValue)",
            "- ruin: \(names(options.ruinMethods.map(\.rawValue))), recreate: "
                + "\(names(options.recreateMethods.map(\.rawValue))), acceptance: \(options.acceptance.rawValue)",
            "- neighbours: \(options.neighbourCount), stall limit: \(options.stallLimit.map(String.init) ?? "none")",
        ]
    }

    private static func names(_ names: [String]) -> String {
        names.isEmpty ? "none" : names.sorted().joined(separator: ", ")
    }

    /// The columns of the table by class.
    static let tableHeader = [
        "class", "instances", "mean gap %", "mean vehicles", "mean distance", "mean seconds", "invalid runs",
    ]

    /// Returns the cells of the table by class: one row per instance class
    /// present, in the classic order, then `other` for instances of no
    /// class, then `all`.
    static func tableRows(_ rows: [BenchmarkRow]) -> [[String]] {
        var table: [[String]] = []
        for instanceClass in classes(of: rows) {
            let label = instanceClass?.rawValue ?? "other"
            table.append(tableCells(label, rows.filter { $0.instanceClass == instanceClass }))
        }
        table.append(tableCells("all", rows))
        return table
    }

    /// Returns the instance classes of the rows in the classic order, with
    /// nil last for instances of no class.
    static func classes(of rows: [BenchmarkRow]) -> [InstanceClass?] {
        let classes = Set(rows.map(\.instanceClass))
        return InstanceClass.allCases.filter { classes.contains($0) }.map { Optional($0) }
            + (classes.contains(nil) ? [nil] : [])
    }

    /// Returns the mean over instances of the median gap over seeds, in
    /// percent, of the complete runs among `rows`; nil when none is complete.
    static func meanGap(_ rows: [BenchmarkRow]) -> Double? {
        let complete = rows.filter(\.isComplete)
        let gapsByInstance = Dictionary(grouping: complete, by: \.instance).values.map { runs in
            median(runs.map(\.gapPercent))
        }
        return mean(gapsByInstance)
    }

    /// Returns one table row for the rows of a class, or of all classes.
    private static func tableCells(_ label: String, _ rows: [BenchmarkRow]) -> [String] {
        let complete = rows.filter(\.isComplete)
        let instances = Set(rows.map(\.instance))

        let gap = meanGap(rows).map { CSVText.number($0, decimals: 2) } ?? "–"
        let vehicles = mean(complete.map { Double($0.vehicles) }).map { CSVText.number($0, decimals: 2) } ?? "–"
        let distance = mean(complete.map(\.distance)).map { CSVText.number($0, decimals: 2) } ?? "–"
        let seconds = mean(rows.map(\.seconds)).map { CSVText.number($0, decimals: 3) } ?? "–"
        let invalid = rows.filter { !$0.isValid }.count
        return [label, "\(instances.count)", gap, vehicles, distance, seconds, "\(invalid)"]
    }

    /// Returns the median; for an even count, the mean of the two middle
    /// values.
    ///
    /// - Precondition: `values` is not empty.
    static func median(_ values: [Double]) -> Double {
        precondition(!values.isEmpty, "the median of no values")
        let sorted = values.sorted()
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }

    /// Returns the mean, or nil for no values.
    static func mean(_ values: [Double]) -> Double? {
        values.isEmpty ? nil : values.reduce(0, +) / Double(values.count)
    }
}
