import Foundation
import Giro

/// `giro bench territories --preset NAME --output OUT`: compares the
/// planner's configurations on territories built from generator presets and
/// writes `results.csv`, `summary.md`, `convergence.csv`, the convergence
/// chart and `report.html` into OUT.
enum BenchTerritoriesCommand {
    static func run(_ arguments: CommandArguments, _ output: ConsoleOutput) throws -> Int32 {
        guard let names = arguments.value("preset") else {
            throw UsageError("missing --preset NAME, or several names separated by commas; 'giro generate --list-presets' lists them")
        }
        guard let outputFolder = arguments.value("output") else {
            throw UsageError("missing --output OUT, the folder for results.csv, summary.md and report.html")
        }
        for name in ["dir", "bks", "objective", "tours", "customers-per-rep", "reps", "days", "vroom", "exploration"]
        where arguments.value(name) != nil {
            throw UsageError("--\(name) does not apply to 'giro bench territories'; the presets give the territories")
        }
        if arguments.has("dimacs") {
            throw UsageError("--dimacs applies only to 'giro bench vrptw'")
        }

        let (presetsPath, presets) = try PresetTerritories.presets(path: arguments.value("presets"))
        var instances: [TerritoryBenchmark.Instance] = []
        for name in names.split(separator: ",", omittingEmptySubsequences: false).map(String.init) {
            let preset = try PresetTerritories.preset(named: name, in: presets)
            let territory = try PresetTerritories.territory(preset.settings, preset: preset, presetsPath: presetsPath)
            instances.append(TerritoryBenchmark.Instance(name: name, territory: territory))
        }

        let options = try SolverArguments.plannerOptions(arguments)
        let configuration = TerritoryBenchmark.Configuration(
            instances: instances, heuristics: try heuristics(arguments.value("heuristics")),
            seedCount: try arguments.integer("seeds", in: 1...1_000) ?? 3, timeLimit: options.timeLimit,
            iterationLimit: options.iterationLimit,
            referenceTimeLimit: try arguments.seconds("reference-time-limit"),
            referenceSeedCount: try arguments.integer("reference-seeds", in: 1...1_000) ?? 3, options: options)
        let presetsFolder = (presetsPath as NSString).deletingLastPathComponent
        try BenchOutputFolder.prepare(
            outputFolder, instanceFolder: presetsFolder.isEmpty ? "." : presetsFolder, bestKnownFile: presetsPath)

        let quiet = arguments.has("quiet")
        let results = try TerritoryBenchmark(configuration: configuration).run { row, run, runs in
            guard !quiet else { return }
            var line = "[\(run)/\(runs)] \(row.territory) \(row.heuristic) seed \(row.seed): objective "
                + String(format: "%.0f", row.objective) + ", " + String(format: "%.3f", row.seconds) + " s"
            if !row.isValid {
                line += ", rejected by the validator"
            }
            output.progress(line)
        }

        try BenchCommand.write(TerritoryReport.csv(results), BenchOutputFolder.resultsFile, in: outputFolder)
        let summary = TerritoryReport.summary(results, configuration: configuration)
        try BenchCommand.write(summary, BenchOutputFolder.summaryFile, in: outputFolder)
        try BenchCommand.write(
            ConvergenceCSV.text(results.convergence), BenchOutputFolder.convergenceFile, in: outputFolder)
        var written = "results.csv, summary.md, convergence.csv"
        if let chart = TerritoryReport.convergenceChart(results) {
            try BenchCommand.write(chart, BenchOutputFolder.convergenceChartFile, in: outputFolder)
            written += ", convergence.svg"
        }
        try BenchCommand.write(
            TerritoryReport.page(results, configuration: configuration), BenchOutputFolder.reportFile, in: outputFolder)
        output.print(summary)
        output.print("Results written to \(outputFolder): \(written) and report.html.")

        let invalid = results.rows.filter { !$0.isValid }.count
        guard invalid == 0 else {
            output.error("\(invalid) of \(results.rows.count) runs have a plan that the validator rejects")
            return 1
        }
        return 0
    }

    /// Reads `--heuristics` as names separated by commas, in the order
    /// given; all of them when it is missing.
    static func heuristics(_ text: String?) throws(UsageError) -> [TerritoryHeuristic] {
        guard let text else { return TerritoryHeuristic.allCases }
        var chosen: [TerritoryHeuristic] = []
        for name in text.split(separator: ",", omittingEmptySubsequences: false).map(String.init) {
            guard let heuristic = TerritoryHeuristic(rawValue: name) else {
                let known = TerritoryHeuristic.allCases.map(\.rawValue).joined(separator: ", ")
                throw UsageError("unknown heuristic \(CommandArguments.quoted(name)) in --heuristics; the heuristics are \(known)")
            }
            if !chosen.contains(heuristic) {
                chosen.append(heuristic)
            }
        }
        return chosen
    }
}
