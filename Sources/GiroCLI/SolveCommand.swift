import Foundation
import Giro

/// `giro solve --format solomon FILE`: plans a VRPTW benchmark instance.
enum SolveCommand {
    static func run(_ words: [String], _ output: ConsoleOutput) throws -> Int32 {
        let arguments = try CommandArguments(
            words, options: Set(["format", "seed", "time-limit", "output", "objective"]).union(SolverArguments.options),
            flags: ["dimacs", "quiet", "help"])
        if arguments.has("help") {
            output.print(HelpText.solve)
            return 0
        }
        let format = arguments.value("format") ?? "solomon"
        guard format == "solomon" else {
            throw UsageError("unknown format \(CommandArguments.quoted(format)); the only benchmark format so far is 'solomon'")
        }
        guard arguments.positionals.count == 1 else {
            throw UsageError("expected one instance file, got \(arguments.positionals.count) arguments")
        }

        let path = arguments.positionals[0]
        let options = try SolverArguments.plannerOptions(arguments)
        let objective = try SolverArguments.objective(arguments)
        if let outputPath = arguments.value("output") {
            try OutputFile.check(outputPath, inputs: [path])
        }
        var territory = try SolomonReader.load(path: path, truncatesToOneDecimal: arguments.has("dimacs"))
        objective.apply(to: &territory)

        // The time printed as `seconds` covers building the planner (with the
        // travel matrix) and planning, but not reading the file or validating.
        let clock = ContinuousClock()
        let started = clock.now
        let reporter = ProgressReporter(output: output, enabled: !arguments.has("quiet"))
        let cancellation = InterruptHandler.install(output: output)
        let (_, plan) = try Planner.plan(territory: territory, options: options, cancellation: cancellation) {
            reporter.report($0)
        }
        let elapsed = clock.now - started
        let report = try PlanValidator(territory: territory).validate(plan)

        if let outputPath = arguments.value("output") {
            try PlanCommand.write(PlanFile.encode(plan), to: outputPath)
        }

        let distance = plan.routes.reduce(0.0) { $0 + $1.distance }
        let name = territory.name ?? path
        output.print("instance \(name)")
        output.print("vehicles \(plan.routes.count)")
        output.print("distance \(String(format: "%.2f", distance))")
        output.print("unplanned \(plan.unplanned.count)")
        output.print("seconds \(PlanCommand.format(elapsed).dropLast(2))")
        output.print("validator \(report.isValid ? "valid" : "invalid")")

        guard report.isValid else {
            output.print(report.description)
            return 1
        }
        guard plan.unplanned.isEmpty else {
            for item in plan.unplanned {
                output.print("unplanned \(item.id): \(item.message)")
            }
            return 1
        }
        return 0
    }
}
