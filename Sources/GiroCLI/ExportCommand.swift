import Foundation
import Giro

/// `giro export --format vroom TERRITORY --output FILE`: writes the part of
/// a territory that VROOM can express as VROOM input.
enum ExportCommand {
    static func run(_ words: [String], _ output: ConsoleOutput) throws -> Int32 {
        let arguments = try CommandArguments(words, options: ["format", "output"], flags: ["optional", "help"])
        if arguments.has("help") {
            output.print(HelpText.export)
            return 0
        }
        try checkFormat(arguments)
        guard arguments.positionals.count == 1 else {
            throw UsageError("expected one territory file, got \(arguments.positionals.count) arguments")
        }
        guard let outputPath = arguments.value("output") else {
            throw UsageError("missing --output FILE, the VROOM input file to write")
        }
        let path = arguments.positionals[0]
        try OutputFile.check(outputPath, inputs: [path])

        let territory = try TerritoryFile.load(path: path)
        let problem = try VROOMProblem(territory: territory, includesOptional: arguments.has("optional"))
        try PlanCommand.write(problem.encoded(), to: outputPath)
        output.print(
            "Wrote \(PlanSummary.counted(problem.vehicleCount, "vehicle")) (one per rep working day) and "
                + "\(PlanSummary.counted(problem.jobCount, "job")) to \(outputPath).")
        return 0
    }

    /// Rejects a format other than VROOM's, the only one so far.
    static func checkFormat(_ arguments: CommandArguments) throws {
        guard let format = arguments.value("format") else {
            throw UsageError("missing --format; the only format so far is 'vroom'")
        }
        guard format == "vroom" else {
            throw UsageError("unknown format \(CommandArguments.quoted(format)); the only format so far is 'vroom'")
        }
    }
}
