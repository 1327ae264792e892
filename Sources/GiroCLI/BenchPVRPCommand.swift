import Foundation
import Giro

/// `giro bench pvrp --dir DIR --reference FILE --output OUT`: runs the
/// planner on the periodic vehicle routing instances of a folder and writes
/// `results.csv` and `summary.md` into OUT.
enum BenchPVRPCommand {
    static func run(_ arguments: CommandArguments, _ output: ConsoleOutput) throws -> Int32 {
        guard let folder = arguments.value("dir") else {
            throw UsageError("missing --dir DIR, the folder of the periodic VRP instance files (*.txt)")
        }
        if arguments.value("bks") != nil {
            throw UsageError("'giro bench pvrp' takes the reference distances with --reference FILE, not --bks")
        }
        guard let referenceFile = arguments.value("reference") else {
            throw UsageError(
                "missing --reference FILE, the CSV file of reference distances with the columns instance,vehicles,distance")
        }
        guard let outputFolder = arguments.value("output") else {
            throw UsageError("missing --output OUT, the folder for results.csv and summary.md")
        }
        for name in ["objective", "tours"] where arguments.value(name) != nil {
            throw UsageError("--\(name) does not apply to 'giro bench pvrp', which minimises the total distance")
        }
        if arguments.has("dimacs") {
            throw UsageError("--dimacs applies only to 'giro bench vrptw'")
        }

        let options = try SolverArguments.plannerOptions(arguments)
        let configuration = PVRPBenchmark.Configuration(
            instanceFolder: folder, referenceFile: referenceFile, instances: try instances(arguments.value("instances")),
            timeLimit: options.timeLimit, iterationLimit: options.iterationLimit,
            seedCount: try arguments.integer("seeds", in: 1...1_000) ?? 1, options: options)
        try BenchOutputFolder.prepare(outputFolder, instanceFolder: folder, bestKnownFile: referenceFile)

        let quiet = arguments.has("quiet")
        let (rows, skipped) = try PVRPBenchmark(configuration: configuration).run { row, run, runs in
            guard !quiet else { return }
            var line = "[\(run)/\(runs)] \(row.instance) seed \(row.seed): distance "
                + String(format: "%.2f", row.distance) + " against " + String(format: "%.2f", row.referenceDistance)
                + ", gap " + String(format: "%.2f", row.gapPercent) + " %, " + String(format: "%.3f", row.seconds) + " s"
            if row.missingVisits > 0 {
                line += ", \(row.missingVisits) visits missing"
            }
            if !row.isValid {
                line += ", rejected by the validator"
            }
            output.progress(line)
        }

        try BenchCommand.write(PVRPReport.resultsCSV(rows), BenchOutputFolder.resultsFile, in: outputFolder)
        let summary = PVRPReport.summary(rows, configuration: configuration, skipped: skipped)
        try BenchCommand.write(summary, BenchOutputFolder.summaryFile, in: outputFolder)
        output.print(summary)
        output.print("Results written to \(outputFolder): results.csv and summary.md.")

        let incomplete = rows.filter { !$0.isValid || $0.missingVisits > 0 }.count
        guard incomplete == 0 else {
            output.error(
                "\(incomplete) of \(rows.count) runs have a plan that the validator rejects or that leaves visits out; "
                    + "summary.md lists them")
            return 1
        }
        return 0
    }

    /// Reads `--instances` as names separated by commas, such as `p01,p02`.
    ///
    /// - Parameter example: two names of the family, for the error message.
    static func instances(_ text: String?, example: String = "p01,p02") throws(UsageError) -> [String]? {
        guard let text else { return nil }
        let names = text.split(separator: ",", omittingEmptySubsequences: false).map {
            $0.trimmingCharacters(in: .whitespaces)
        }
        guard !names.contains(where: \.isEmpty) else {
            throw UsageError(
                "--instances must list instance names separated by commas, such as \(example), not "
                    + CommandArguments.quoted(text))
        }
        return names
    }
}
