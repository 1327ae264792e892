import Foundation
import Giro

/// `giro bench toptw --dir DIR --bks FILE --output OUT`: runs the planner on
/// the team orienteering instances of a folder for each number of tours and
/// writes `results.csv` and `summary.md` into OUT.
enum BenchTOPTWCommand {
    static func run(_ arguments: CommandArguments, _ output: ConsoleOutput) throws -> Int32 {
        guard let folder = arguments.value("dir") else {
            throw UsageError("missing --dir DIR, the folder of the TOPTW instance files (*.txt)")
        }
        guard let bestKnownFile = arguments.value("bks") else {
            throw UsageError("missing --bks FILE, the CSV file of best-known scores with the columns instance,paths_m,best_score")
        }
        guard let outputFolder = arguments.value("output") else {
            throw UsageError("missing --output OUT, the folder for results.csv and summary.md")
        }
        for name in ["objective"] where arguments.value(name) != nil {
            throw UsageError("--\(name) applies only to 'giro bench vrptw'; TOPTW maximises the score")
        }
        if arguments.has("dimacs") {
            throw UsageError("--dimacs applies only to 'giro bench vrptw'")
        }

        let options = try SolverArguments.plannerOptions(arguments)
        let configuration = TOPTWBenchmark.Configuration(
            instanceFolder: folder, bestKnownFile: bestKnownFile, tours: try tours(arguments.value("tours")),
            timeLimit: options.timeLimit, iterationLimit: options.iterationLimit,
            seedCount: try arguments.integer("seeds", in: 1...1_000) ?? 1, options: options)
        try BenchOutputFolder.prepare(outputFolder, instanceFolder: folder, bestKnownFile: bestKnownFile)

        let quiet = arguments.has("quiet")
        let (rows, skipped) = try TOPTWBenchmark(configuration: configuration).run { row, run, runs in
            guard !quiet else { return }
            var line = "[\(run)/\(runs)] \(row.instance) m=\(row.tours) seed \(row.seed): score "
                + ScoreText.number(row.score) + " of " + ScoreText.number(row.bestKnownScore) + ", gap "
                + String(format: "%.2f", row.gapPercent) + " %, " + String(format: "%.3f", row.seconds) + " s"
            if !row.isValid {
                line += ", rejected by the validator"
            }
            output.progress(line)
        }

        try BenchCommand.write(TOPTWReport.resultsCSV(rows), BenchOutputFolder.resultsFile, in: outputFolder)
        let summary = TOPTWReport.summary(rows, configuration: configuration, skipped: skipped)
        try BenchCommand.write(summary, BenchOutputFolder.summaryFile, in: outputFolder)
        output.print(summary)
        output.print("Results written to \(outputFolder): results.csv and summary.md.")

        let invalid = rows.filter { !$0.isValid }.count
        guard invalid == 0 else {
            output.error("\(invalid) of \(rows.count) runs have a plan that the validator rejects")
            return 1
        }
        return 0
    }

    /// Reads `--tours` as `M-N` or `M`, with 1 ≤ M ≤ N ≤ 100.
    static func tours(_ text: String?) throws(UsageError) -> ClosedRange<Int> {
        guard let text else { return 1...4 }
        let parts = text.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
        guard (1...2).contains(parts.count), let lower = Int(parts[0]), let upper = Int(parts.last ?? ""),
            1 <= lower, lower <= upper, upper <= 100
        else {
            throw UsageError(
                "--tours must be a number of tours or a range such as 1-4, from 1 to 100, not \(CommandArguments.quoted(text))")
        }
        return lower...upper
    }
}

/// Number formatting for progress lines: whole numbers without decimals.
private enum ScoreText {
    static func number(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(format: "%.2f", value)
    }
}
