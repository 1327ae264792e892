import Foundation
import Giro

/// `giro validate TERRITORY PLAN`: checks a plan against its input.
enum ValidateCommand {
    static func run(_ words: [String], _ output: ConsoleOutput) throws -> Int32 {
        let arguments = try CommandArguments(words, options: ["format"], flags: ["dimacs", "help"])
        if arguments.has("help") {
            output.print(HelpText.validate)
            return 0
        }
        guard arguments.positionals.count == 2 else {
            throw UsageError("expected a territory (or instance) file and a plan file, got \(arguments.positionals.count) arguments")
        }

        var territory: Territory
        switch arguments.value("format") ?? "territory" {
        case "territory":
            territory = try TerritoryFile.load(path: arguments.positionals[0])
        case "solomon":
            territory = try SolomonReader.load(path: arguments.positionals[0], truncatesToOneDecimal: arguments.has("dimacs"))
        case let other:
            throw UsageError("unknown format '\(other)'; use 'territory' or 'solomon'")
        }
        let plan = try PlanFile.load(path: arguments.positionals[1])
        if plan.horizon != territory.horizon {
            // A plan made with --start or --days covers its own horizon.
            output.print("Note: the plan covers \(plan.horizon.days) days from \(plan.horizon.start); checking that horizon.")
            territory.horizon = plan.horizon
        }

        let report = try PlanValidator(territory: territory).validate(plan)
        guard report.isValid else {
            output.print(report.description)
            return 1
        }
        output.print(
            "The plan is valid: \(plan.routes.count) routes, \(plan.visitCount) stops, \(plan.unplanned.count) unplanned.")
        return 0
    }
}
