import Foundation
import Giro

/// `giro plan TERRITORY`: plans a territory file and prints a summary.
enum PlanCommand {
    static func run(_ words: [String], _ output: ConsoleOutput) throws -> Int32 {
        let arguments = try CommandArguments(
            words, options: ["start", "days", "seed", "time-limit", "output"], flags: ["quiet", "help"])
        if arguments.has("help") {
            output.print(HelpText.plan)
            return 0
        }
        guard arguments.positionals.count == 1 else {
            throw UsageError("expected one territory file, got \(arguments.positionals.count) arguments")
        }

        let path = arguments.positionals[0]
        var territory = try TerritoryFile.load(path: path)
        if let text = arguments.value("start") {
            guard let date = CalendarDate(iso: text) else {
                throw UsageError("--start must be a date YYYY-MM-DD, not '\(text)'")
            }
            territory.horizon.start = date
        }
        if let days = try arguments.integer("days", in: 1...366) {
            territory.horizon.days = days
        }
        let options = PlannerOptions(
            seed: try arguments.seed("seed") ?? 1, timeLimit: try arguments.seconds("time-limit"))

        let clock = ContinuousClock()
        let started = clock.now
        let planner = try Planner(territory: territory)
        let reporter = ProgressReporter(output: output, enabled: !arguments.has("quiet"))
        let plan = planner.plan(options: options) { reporter.report($0) }
        let elapsed = clock.now - started

        let report = try PlanValidator(territory: territory).validate(plan)
        output.print(PlanSummary(territory: territory, plan: plan).text)
        output.print("Planned in \(Self.format(elapsed)).")

        if let outputPath = arguments.value("output") {
            try write(PlanFile.encode(plan), to: outputPath)
            output.print("Plan written to \(outputPath).")
        }

        guard report.isValid else {
            output.print("")
            output.print(report.description)
            output.error("the validator rejects this plan; please report it as a bug with the territory file")
            return 1
        }
        output.print("Validator: the plan is valid.")
        return 0
    }

    static func write(_ data: Data, to path: String) throws {
        do {
            try data.write(to: URL(fileURLWithPath: path))
        } catch {
            throw UsageError("cannot write \(path): \(error.localizedDescription)")
        }
    }

    static func format(_ duration: Duration) -> String {
        let seconds = Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
        return "\(Double(Int(seconds * 1000)) / 1000) s"
    }
}

/// Prints planner progress to standard error at most twice a second, after
/// the first second, so short runs stay quiet.
final class ProgressReporter: @unchecked Sendable {
    private let output: ConsoleOutput
    private let enabled: Bool
    private var lastReport: Duration = .zero

    init(output: ConsoleOutput, enabled: Bool) {
        self.output = output
        self.enabled = enabled
    }

    func report(_ progress: PlannerProgress) {
        guard enabled, progress.elapsed >= .seconds(1), progress.elapsed - lastReport >= .milliseconds(500) else {
            return
        }
        lastReport = progress.elapsed
        output.progress(
            "\(progress.phase.rawValue): \(progress.placedVisits) of \(progress.tasks) placed after \(PlanCommand.format(progress.elapsed))")
    }
}
