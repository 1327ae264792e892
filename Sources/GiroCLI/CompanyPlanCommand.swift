import Foundation
import Giro

/// `giro plan COMPANY`: plans every rep of a company file.
enum CompanyPlanCommand {
    static func run(path: String, arguments: CommandArguments, output: ConsoleOutput) throws -> Int32 {
        var company = try CompanyFile.load(path: path)
        let outputFolder = arguments.value("output")
        if let folder = outputFolder {
            try checkOutputFolder(folder, reps: company.reps.map(\.id), input: path)
        }
        if let text = arguments.value("start") {
            guard let date = CalendarDate(iso: text) else {
                throw UsageError("--start must be a date YYYY-MM-DD, not '\(text)'")
            }
            company.planningStart = date
        }
        if let days = try arguments.integer("days", in: 1...366) {
            // The command line wins over every level of the settings cascade.
            company.settings[.horizonDays] = .integer(days)
            company.settings.locks.insert(.horizonDays)
            for index in company.groups.indices {
                company.groups[index].settings[.horizonDays] = nil
            }
            for index in company.reps.indices {
                company.reps[index].settings[.horizonDays] = nil
            }
        }
        let options = try SolverArguments.plannerOptions(arguments)

        let clock = ContinuousClock()
        let started = clock.now
        let quiet = arguments.has("quiet")
        let cancellation = InterruptHandler.install(output: output)
        let plan = try CompanyPlanner(company: company).plan(options: options, cancellation: cancellation) { done, total in
            // Short runs stay quiet; long ones report each rep on standard error.
            guard !quiet, clock.now - started >= .seconds(1) else { return }
            output.progress("planned \(done) of \(total) reps after \(PlanCommand.format(clock.now - started))")
        }
        let elapsed = clock.now - started

        if arguments.has("details") {
            for repPlan in plan.plans {
                output.print(PlanSummary(territory: repPlan.territory, plan: repPlan.plan).text)
            }
            output.print("")
        }
        output.print(CompanyPlanSummary(plan: plan).text)
        output.print("")
        output.print("Planned \(plan.plans.count) reps in \(PlanCommand.format(elapsed)).")
        if cancellation.isCancelled {
            output.print("Planning was interrupted: each rep's plan is the best found by then.")
        }

        if let folder = outputFolder {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            for repPlan in plan.plans {
                let file = (folder as NSString).appendingPathComponent("\(repPlan.repID).json")
                try PlanCommand.write(PlanFile.encode(repPlan.plan), to: file)
            }
            output.print("Plans written to \(folder)/, one file per rep.")
        }

        let invalid = plan.plans.filter { !$0.validation.isValid }
        guard invalid.isEmpty else {
            for repPlan in invalid {
                output.print("")
                output.print("Rep \(repPlan.repID): \(repPlan.validation.description)")
            }
            output.error("the validator rejects the plans of \(invalid.count) reps; please report it as a bug")
            return 1
        }
        output.print("Validator: every plan is valid.")
        return 0
    }

    /// Checks before planning that every `FOLDER/REP.json` can be written: rep
    /// ids must be plain file names, and no file may be the input.
    private static func checkOutputFolder(_ folder: String, reps: [String], input: String) throws {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), !isDirectory.boolValue {
            throw UsageError("--output \(folder) is a file; for a company, give a folder for one REP.json per rep")
        }
        let allowed = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._-")
        for rep in reps {
            guard !rep.isEmpty, !rep.hasPrefix("."), rep.allSatisfy(allowed.contains) else {
                throw UsageError(
                    "rep id '\(rep)' cannot be a file name in --output \(folder); use letters, digits, '.', '_' "
                        + "and '-' in rep ids, or plan without --output")
            }
            let file = (folder as NSString).appendingPathComponent("\(rep).json")
            if FileManager.default.fileExists(atPath: folder) {
                try OutputFile.check(file, inputs: [input])
            } else if URL(fileURLWithPath: file).standardizedFileURL == URL(fileURLWithPath: input).standardizedFileURL {
                throw UsageError("--output would overwrite the input file \(input); choose another folder")
            }
        }
    }
}
