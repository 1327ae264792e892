import Foundation
import Giro

/// `giro bench vrptw --dir DIR --bks FILE --output OUT`: runs the planner on
/// every instance of a folder with seeds 1 to K and writes `results.csv`,
/// `summary.md`, `convergence.csv`, the SVG pictures and `report.html` into
/// OUT.
enum BenchCommand {
    static func run(_ words: [String], _ output: ConsoleOutput) throws -> Int32 {
        let arguments = try CommandArguments(
            words,
            options: Set([
                "dir", "bks", "time-limit", "seeds", "objective", "output", "tours", "preset", "presets", "heuristics",
                "reference-time-limit", "reference-seeds", "customers-per-rep", "reps", "days", "vroom", "exploration",
                "reference", "instances", "optimum", "seed",
            ]).union(SolverArguments.options),
            flags: ["dimacs", "quiet", "help"])
        if arguments.has("help") {
            switch arguments.positionals.first {
            case "toptw": output.print(HelpText.benchTOPTW)
            case "pvrp": output.print(HelpText.benchPVRP)
            case "ophs": output.print(HelpText.benchOPHS)
            case "territories": output.print(HelpText.benchTerritories)
            case "scale": output.print(HelpText.benchScale)
            case "vroom": output.print(HelpText.benchVROOM)
            default: output.print(HelpText.bench)
            }
            return 0
        }
        let family = try checkFamily(arguments.positionals)
        if family != "scale", arguments.value("seed") != nil {
            throw UsageError(
                "--seed applies only to 'giro bench scale'. Use --seeds K to run seeds 1 to K with 'giro bench \(family)'")
        }
        switch family {
        case "territories": return try BenchTerritoriesCommand.run(arguments, output)
        case "scale": return try BenchScaleCommand.run(arguments, output)
        case "vroom": return try BenchVROOMCommand.run(arguments, output)
        default: break
        }
        for name in [
            "preset", "presets", "heuristics", "reference-time-limit", "reference-seeds", "customers-per-rep", "reps", "days",
            "vroom", "exploration",
        ] where arguments.value(name) != nil {
            throw UsageError(
                "--\(name) does not apply to 'giro bench \(family)'; it is an option of 'giro bench territories', "
                    + "'giro bench scale' or 'giro bench vroom'")
        }
        if family == "pvrp" {
            if arguments.value("optimum") != nil {
                throw UsageError("--optimum applies only to 'giro bench ophs'")
            }
            return try BenchPVRPCommand.run(arguments, output)
        }
        if family == "ophs" {
            return try BenchOPHSCommand.run(arguments, output)
        }
        for name in ["reference", "instances"] where arguments.value(name) != nil {
            throw UsageError("--\(name) applies only to 'giro bench pvrp' and 'giro bench ophs'")
        }
        if arguments.value("optimum") != nil {
            throw UsageError("--optimum applies only to 'giro bench ophs'")
        }
        if family == "toptw" {
            return try BenchTOPTWCommand.run(arguments, output)
        }
        if arguments.value("tours") != nil {
            throw UsageError("--tours applies only to 'giro bench toptw'")
        }

        guard let folder = arguments.value("dir") else {
            throw UsageError("missing --dir DIR, the folder of Solomon-format instance files (*.txt)")
        }
        guard let bestKnownFile = arguments.value("bks") else {
            throw UsageError("missing --bks FILE, the CSV file of best-known values with the header instance,vehicles,distance")
        }
        guard let outputFolder = arguments.value("output") else {
            throw UsageError("missing --output OUT, the folder for results.csv, summary.md and convergence.csv")
        }

        let options = try SolverArguments.plannerOptions(arguments)
        let configuration = VRPTWBenchmark.Configuration(
            instanceFolder: folder, bestKnownFile: bestKnownFile, timeLimit: options.timeLimit,
            iterationLimit: options.iterationLimit, seedCount: try arguments.integer("seeds", in: 1...1_000) ?? 1,
            objective: try SolverArguments.objective(arguments), truncatesToOneDecimal: arguments.has("dimacs"),
            options: options)
        let benchmark = VRPTWBenchmark(configuration: configuration)
        _ = try benchmark.instanceFiles()
        try BenchOutputFolder.prepare(outputFolder, instanceFolder: folder, bestKnownFile: bestKnownFile)

        let quiet = arguments.has("quiet")
        let results = try benchmark.run { progress in
            guard !quiet, case .finished(let row, let run, let runs) = progress else { return }
            output.progress(progressLine(row, run: run, runs: runs))
        }

        try write(ResultsCSV.text(results.rows), BenchOutputFolder.resultsFile, in: outputFolder)
        let summary = BenchmarkSummary.text(results.rows, configuration: configuration)
        try write(summary, BenchOutputFolder.summaryFile, in: outputFolder)
        try write(ConvergenceCSV.text(results.convergence), BenchOutputFolder.convergenceFile, in: outputFolder)
        try write(BenchmarkReport.gapBars(results.rows), BenchOutputFolder.gapBarsFile, in: outputFolder)
        var written = "results.csv, summary.md, convergence.csv, gap-bars.svg"
        if configuration.objective == .distance, let chart = BenchmarkReport.convergenceChart(results) {
            try write(chart, BenchOutputFolder.convergenceChartFile, in: outputFolder)
            written += ", convergence.svg"
        }
        try write(BenchmarkReport.page(results, configuration: configuration), BenchOutputFolder.reportFile, in: outputFolder)

        output.print(summary)
        output.print("Results written to \(outputFolder): \(written) and report.html.")
        let incomplete = results.rows.filter { !$0.isComplete }
        guard incomplete.isEmpty else {
            output.error(
                "\(incomplete.count) of \(results.rows.count) runs have a plan that the validator rejects or that "
                    + "leaves customers out; summary.md lists them")
            return 1
        }
        return 0
    }

    /// Accepts exactly one positional argument, the family `vrptw`, `toptw`,
    /// `pvrp`, `ophs`, `territories`, `scale` or `vroom`, and returns it.
    private static func checkFamily(_ positionals: [String]) throws(UsageError) -> String {
        guard let family = positionals.first else {
            throw UsageError(
                "missing benchmark family, 'vrptw', 'toptw', 'pvrp', 'ophs', 'territories', 'scale' or 'vroom': "
                    + "giro bench vrptw --dir DIR ...")
        }
        guard ["vrptw", "toptw", "pvrp", "ophs", "territories", "scale", "vroom"].contains(family) else {
            throw UsageError(
                "unknown benchmark family \(CommandArguments.quoted(family)); the families are 'vrptw', 'toptw', "
                    + "'pvrp', 'ophs', 'territories', 'scale' and 'vroom'")
        }
        guard positionals.count == 1 else {
            throw UsageError(
                "unexpected argument \(CommandArguments.quoted(positionals[1])); give the instances with --dir DIR, or the presets with --preset NAME")
        }
        return family
    }

    /// Returns the standard-error line of a finished run, such as
    /// `[3/112] C101 seed 1: distance 828.94, gap 0.00 %, 0.123 s`.
    private static func progressLine(_ row: BenchmarkRow, run: Int, runs: Int) -> String {
        var line = "[\(run)/\(runs)] \(row.instance) seed \(row.seed): distance "
            + String(format: "%.2f", row.distance) + ", gap " + String(format: "%.2f", row.gapPercent) + " %, "
            + String(format: "%.3f", row.seconds) + " s"
        if !row.isValid {
            line += ", rejected by the validator"
        }
        if row.unplanned > 0 {
            line += ", \(row.unplanned) unplanned"
        }
        return line
    }

    static func write(_ text: String, _ name: String, in folder: String) throws(OutputError) {
        try OutputFile.write(Data(text.utf8), to: BenchOutputFolder.path(name, in: folder))
    }
}
