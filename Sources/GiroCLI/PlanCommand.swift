import Foundation
import Giro

/// `giro plan TERRITORY`: plans a territory file and prints a summary.
enum PlanCommand {
    static func run(_ words: [String], _ output: ConsoleOutput) throws -> Int32 {
        let arguments = try CommandArguments(
            words,
            options: Set(["start", "days", "seed", "time-limit", "output", "customers", "report", "explain"])
                .union(SolverArguments.options).union(ReplanArguments.options),
            flags: ["quiet", "details", "help"])
        if arguments.has("help") {
            output.print(HelpText.plan)
            return 0
        }
        guard arguments.positionals.count == 1 else {
            throw UsageError("expected one territory file, got \(arguments.positionals.count) arguments")
        }

        let path = arguments.positionals[0]
        if InputFileKind.detect(path: path) == .company {
            guard arguments.value("customers") == nil else {
                throw UsageError("--customers works only with a territory file, and \(path) is a company file")
            }
            guard arguments.value("report") == nil else {
                throw UsageError("--report works only with a territory file, and \(path) is a company file")
            }
            for option in ["explain"] + ReplanArguments.options.sorted() where arguments.value(option) != nil {
                throw UsageError(
                    "--\(option) works only with a territory file, and \(path) is a company file; plan one rep's "
                        + "territory (giro settings shows its values), or set horizon startTime and startLocation in "
                        + "the company file to re-plan every rep")
            }
            return try CompanyPlanCommand.run(path: path, arguments: arguments, output: output)
        }
        let customersPath = arguments.value("customers")
        let inputs = [path] + (customersPath.map { [$0] } ?? [])
        if let outputPath = arguments.value("output") {
            try OutputFile.check(outputPath, inputs: inputs)
        }
        if let reportPath = arguments.value("report") {
            try OutputFile.check(reportPath, inputs: inputs)
            guard reportPath != arguments.value("output") else {
                throw UsageError("--report and --output name the same file; give the report its own file")
            }
        }

        var territory = try TerritoryFile.load(path: path)
        if let customersPath {
            try CustomerReplacement.replaceCustomers(of: &territory, territoryPath: path, csvPath: customersPath)
            output.print("Customers: \(territory.customers.count) from \(customersPath).")
        }
        if let text = arguments.value("start") {
            guard let date = CalendarDate(iso: text) else {
                throw UsageError("--start must be a date YYYY-MM-DD, not \(CommandArguments.quoted(text))")
            }
            territory.horizon.start = date
        }
        if let days = try arguments.integer("days", in: 1...366) {
            territory.horizon.days = days
        }
        let customerSource = customersPath ?? path
        try ReplanArguments.apply(arguments, to: &territory, customersFrom: customerSource)
        if let time = territory.horizon.startTime,
            !territory.reps.contains(where: { ($0.workingHours(on: territory.horizon.start)?.end ?? 0) > time })
        {
            output.print(
                "Note: no rep works after \(ClockTime.format(time)) on \(territory.horizon.start), so the first day "
                    + "has no route.")
        }
        let options = try SolverArguments.plannerOptions(arguments)
        let explained = arguments.value("explain")
        if let explained, !territory.customers.contains(where: { $0.id == explained }) {
            throw UsageError(
                "--explain \(CommandArguments.quoted(explained)): \(customersPath ?? path) has no customer with this id; "
                    + "give the id of one of its \(territory.customers.count) customers")
        }

        let clock = ContinuousClock()
        let started = clock.now
        let reporter = ProgressReporter(output: output, enabled: !arguments.has("quiet"))
        let cancellation = InterruptHandler.install(output: output)
        let (planner, plan) = try Planner.plan(territory: territory, options: options, cancellation: cancellation) {
            reporter.report($0)
        }
        let elapsed = clock.now - started

        let validator = try PlanValidator(territory: territory)
        let report = validator.validate(plan)
        let kpis = validator.kpis(of: plan)
        output.print(PlanSummary(territory: territory, plan: plan).text)
        KPIText.lines(kpis).forEach(output.print)
        output.print("Planned in \(Self.format(elapsed)).")
        if cancellation.isCancelled {
            output.print("Planning was interrupted: the plan is the best found by then.")
        }
        if let limit = options.timeLimit, elapsed >= .seconds(limit) {
            let limitText = MessageText.shortened(arguments.value("time-limit") ?? String(limit))
            output.print(
                "The time limit of \(limitText) s was reached: the plan is the best found by then. Appointments, "
                    + "reservations and due customers are placed wherever they fit; optional early visits may be "
                    + "fewer than with more time.")
        }

        if let explained, let explanation = planner.explain(customerID: explained, in: plan) {
            output.print("")
            ExplanationText.lines(explanation).forEach(output.print)
            output.print("")
        }

        if let outputPath = arguments.value("output") {
            try write(PlanFile.encode(plan), to: outputPath)
            output.print("Plan written to \(outputPath).")
        }
        if let reportPath = arguments.value("report") {
            let verdict =
                report.isValid
                ? "The independent validator accepts this plan."
                : "The independent validator rejects this plan: \(report.violations.count) broken rules."
            let page = PlanReport.page(plan: plan, territory: territory, verdict: verdict, kpis: kpis)
            try write(Data(page.utf8), to: reportPath)
            output.print("Report written to \(reportPath).")
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

    /// Writes a result file; see `OutputFile.write`.
    static func write(_ data: Data, to path: String) throws(OutputError) {
        try OutputFile.write(data, to: path)
    }

    /// Formats a duration as seconds with three decimals: `0.002 s`.
    static func format(_ duration: Duration) -> String {
        let seconds = Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
        return String(format: "%.3f s", seconds)
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
        let elapsed = PlanCommand.format(progress.elapsed)
        guard let best = progress.bestObjective else {
            output.progress("\(progress.phase.rawValue): \(progress.placedVisits) of \(progress.tasks) placed after \(elapsed)")
            return
        }
        output.progress(
            "\(progress.phase.rawValue): \(progress.iterations) steps, best objective \(String(format: "%.2f", best)) after \(elapsed)")
    }
}
