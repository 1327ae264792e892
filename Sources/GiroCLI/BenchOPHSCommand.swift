import Foundation
import Giro

/// `giro bench ophs --dir DIR --optimum FILE --output OUT`: runs the planner
/// on the orienteering instances with hotel selection of a folder and
/// writes `results.csv` and `summary.md` into OUT.
enum BenchOPHSCommand {
    static func run(_ arguments: CommandArguments, _ output: ConsoleOutput) throws -> Int32 {
        guard let folder = arguments.value("dir") else {
            throw UsageError("missing --dir DIR, the folder of the OPHS instance files (*.ophs)")
        }
        for name in ["bks", "reference"] where arguments.value(name) != nil {
            throw UsageError("'giro bench ophs' takes the optimal scores with --optimum FILE, not --\(name)")
        }
        guard let optimumFile = arguments.value("optimum") else {
            throw UsageError(
                "missing --optimum FILE, the CSV file of optimal scores with the columns instance, best_score and "
                    + "known_optimum")
        }
        guard let outputFolder = arguments.value("output") else {
            throw UsageError("missing --output OUT, the folder for results.csv and summary.md")
        }
        for name in ["objective", "tours"] where arguments.value(name) != nil {
            throw UsageError("--\(name) does not apply to 'giro bench ophs', which maximises the total score")
        }
        if arguments.has("dimacs") {
            throw UsageError("--dimacs applies only to 'giro bench vrptw'")
        }

        let options = try SolverArguments.plannerOptions(arguments)
        let configuration = OPHSBenchmark.Configuration(
            instanceFolder: folder, optimumFile: optimumFile,
            instances: try BenchPVRPCommand.instances(arguments.value("instances"), example: "T1-65-1-2,64-45-1-2"),
            timeLimit: options.timeLimit, iterationLimit: options.iterationLimit,
            seedCount: try arguments.integer("seeds", in: 1...1_000) ?? 1, options: options)
        try BenchOutputFolder.prepare(outputFolder, instanceFolder: folder, bestKnownFile: optimumFile)

        let quiet = arguments.has("quiet")
        let (rows, skipped) = try OPHSBenchmark(configuration: configuration).run { row, run, runs in
            guard !quiet else { return }
            var line = "[\(run)/\(runs)] \(row.instance) seed \(row.seed): score "
                + String(format: "%.0f", row.score) + " of " + String(format: "%.0f", row.optimalScore)
                + ", gap " + String(format: "%.2f", row.gapPercent) + " %, " + String(format: "%.3f", row.seconds) + " s"
            if !row.isValid {
                line += ", rejected by the validator"
            }
            if let problem = row.tourProblem {
                line += ", tour rejected: \(problem)"
            }
            output.progress(line)
        }

        try BenchCommand.write(OPHSReport.resultsCSV(rows), BenchOutputFolder.resultsFile, in: outputFolder)
        let summary = OPHSReport.summary(rows, configuration: configuration, skipped: skipped)
        try BenchCommand.write(summary, BenchOutputFolder.summaryFile, in: outputFolder)
        output.print(summary)
        output.print("Results written to \(outputFolder): results.csv and summary.md.")

        let rejected = rows.filter { !$0.isAccepted }.count
        guard rejected == 0 else {
            output.error(
                "\(rejected) of \(rows.count) runs have a plan that the validator or the tour check rejects; "
                    + "summary.md lists them")
            return 1
        }
        return 0
    }
}
