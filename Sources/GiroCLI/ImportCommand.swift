import Foundation
import Giro

/// `giro import --format vroom TERRITORY SOLUTION`: reads VROOM's solution of
/// an exported territory as a Giro plan, validates it and prints it.
enum ImportCommand {
    static func run(_ words: [String], _ output: ConsoleOutput) throws -> Int32 {
        let arguments = try CommandArguments(words, options: ["format", "output"], flags: ["optional", "help"])
        if arguments.has("help") {
            output.print(HelpText.importCommand)
            return 0
        }
        try ExportCommand.checkFormat(arguments)
        guard arguments.positionals.count == 2 else {
            throw UsageError(
                "expected the territory file and VROOM's solution file, got \(arguments.positionals.count) arguments")
        }
        let territoryPath = arguments.positionals[0]
        let solutionPath = arguments.positionals[1]
        if let outputPath = arguments.value("output") {
            try OutputFile.check(outputPath, inputs: [territoryPath, solutionPath])
        }

        let territory = try TerritoryFile.load(path: territoryPath)
        let problem = try VROOMProblem(territory: territory, includesOptional: arguments.has("optional"))
        let data = try FileReading.read(path: solutionPath, kind: "a VROOM solution file")
        let plan = try problem.plan(fromSolution: data, fileName: solutionPath)

        let validator = try PlanValidator(territory: territory)
        let report = validator.validate(plan)
        output.print(PlanSummary(territory: territory, plan: plan).text)
        KPIText.lines(validator.kpis(of: plan)).forEach(output.print)
        if let outputPath = arguments.value("output") {
            try PlanCommand.write(PlanFile.encode(plan), to: outputPath)
            output.print("Plan written to \(outputPath).")
        }
        guard report.isValid else {
            output.print("")
            output.print(report.description)
            output.error("the validator rejects VROOM's plan under Giro's rules")
            return 1
        }
        output.print("Validator: VROOM's plan is valid under Giro's rules.")
        return 0
    }
}
