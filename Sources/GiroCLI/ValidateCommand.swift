import Foundation
import Giro

/// `giro validate TERRITORY PLAN`: checks a plan against its input.
enum ValidateCommand {
    static func run(_ words: [String], _ output: ConsoleOutput) throws -> Int32 {
        let arguments = try CommandArguments(words, options: ["format", "rep", "done"], flags: ["dimacs", "help"])
        if arguments.has("help") {
            output.print(HelpText.validate)
            return 0
        }
        guard arguments.positionals.count == 2 else {
            throw UsageError("expected a territory (or instance) file and a plan file, got \(arguments.positionals.count) arguments")
        }
        let format = arguments.value("format") ?? "territory"
        if arguments.has("dimacs"), format != "solomon" {
            throw UsageError("--dimacs applies only to benchmark instances; give it together with --format solomon")
        }
        if arguments.value("rep") != nil, format != "territory" || InputFileKind.detect(path: arguments.positionals[0]) != .company {
            throw UsageError("--rep applies only to company files; \(arguments.positionals[0]) is not one")
        }

        let plan = try PlanFile.load(path: arguments.positionals[1])
        var territory: Territory
        switch format {
        case "territory" where InputFileKind.detect(path: arguments.positionals[0]) == .company:
            let company = try CompanyFile.load(path: arguments.positionals[0])
            guard let repID = arguments.value("rep") ?? plan.routes.first?.repID ?? plan.unplanned.first?.repID else {
                throw UsageError("the plan names no rep; give the rep with --rep ID")
            }
            do {
                territory = try company.territory(forRep: repID)
            } catch {
                throw UsageError("\(error); the company's reps are \(company.reps.map(\.id).joined(separator: ", "))")
            }
        case "territory":
            territory = try TerritoryFile.load(path: arguments.positionals[0])
        case "solomon":
            territory = try SolomonReader.load(path: arguments.positionals[0], truncatesToOneDecimal: arguments.has("dimacs"))
        case let other:
            throw UsageError("unknown format \(CommandArguments.quoted(other)); use 'territory' or 'solomon'")
        }
        if plan.horizon != territory.horizon {
            // A plan made with --start, --days or a re-plan covers its own
            // horizon.
            var note = "Note: the plan covers \(plan.horizon.days) days from \(plan.horizon.start)"
            if let time = plan.horizon.startTime {
                note += ", re-planned from \(ClockTime.format(time)) of the first day"
            }
            output.print(note + "; checking that horizon.")
            territory.horizon = plan.horizon
        }
        if let text = arguments.value("done") {
            guard format == "territory", territory.isReplanning else {
                throw UsageError(
                    "--done applies only to a re-plan, a plan whose horizon has a start time (giro plan --from)")
            }
            try ReplanArguments.addDoneVisits(text, to: &territory, customersFrom: arguments.positionals[0])
        }

        let report = try PlanValidator(territory: territory).validate(plan)
        guard report.isValid else {
            output.print(report.description)
            return 1
        }
        output.print(
            "The plan is valid: \(PlanSummary.counted(plan.routes.count, "route")), "
                + "\(PlanSummary.stopCounts(plan.routes.flatMap(\.stops))), \(plan.unplanned.count) unplanned.")
        return 0
    }
}
