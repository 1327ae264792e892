import Foundation
import Giro

/// `giro bench vroom --preset NAME --output OUT`: plans one-week territories
/// built from generator presets with VROOM and with Giro at the same time
/// limit and writes the comparison into OUT.
enum BenchVROOMCommand {
    /// The path, under the home folder, of the vroom command in the Python
    /// virtual environment that is searched when none is on the search path.
    static let defaultVenvBinary = ".cache/peer-solvers-venv/bin/vroom"

    /// A vroom command and how it was chosen.
    struct VROOMCommand {
        var path: String
        /// A noun phrase such as "the vroom command given by --vroom".
        var origin: String
    }

    static func run(_ arguments: CommandArguments, _ output: ConsoleOutput) throws -> Int32 {
        guard let names = arguments.value("preset") else {
            throw UsageError(
                "missing --preset NAMES, one or more preset names separated by commas; 'giro generate --list-presets' "
                    + "lists them")
        }
        guard let outputFolder = arguments.value("output") else {
            throw UsageError("missing --output OUT, the folder for results.csv, summary.md and report.html")
        }
        for name in [
            "dir", "bks", "objective", "tours", "customers-per-rep", "reps", "heuristics", "reference-time-limit",
            "reference-seeds",
        ] where arguments.value(name) != nil {
            throw UsageError("--\(name) does not apply to 'giro bench vroom'")
        }
        let presetNames = names.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        for (index, name) in presetNames.enumerated() where presetNames[..<index].contains(name) {
            // The files in OUT/vroom and the report's rows are keyed by the preset's name.
            throw UsageError("--preset names \(CommandArguments.quoted(name)) more than once; give each preset once")
        }
        let vroomCommand = try vroomExecutable(arguments.value("vroom"))
        let exploration = try arguments.integer("exploration", in: 0...5) ?? 5
        let days = try arguments.integer("days", in: 1...366) ?? 5

        let (presetsPath, presets) = try PresetTerritories.presets(path: arguments.value("presets"))
        var instances: [TerritoryBenchmark.Instance] = []
        for name in presetNames {
            let preset = try PresetTerritories.preset(named: name, in: presets)
            var settings = preset.settings
            settings.horizonDays = days
            let territory = try PresetTerritories.territory(settings, preset: preset, presetsPath: presetsPath)
            instances.append(TerritoryBenchmark.Instance(name: name, territory: territory))
        }

        let options = try SolverArguments.plannerOptions(arguments)
        let configuration = VROOMComparison.Configuration(
            instances: instances, seedCount: try arguments.integer("seeds", in: 1...1_000) ?? 3,
            timeLimit: options.timeLimit ?? 5, options: options)
        let presetsFolder = (presetsPath as NSString).deletingLastPathComponent
        try BenchOutputFolder.prepare(
            outputFolder, instanceFolder: presetsFolder.isEmpty ? "." : presetsFolder, bestKnownFile: presetsPath)
        let problemsFolder = BenchOutputFolder.path("vroom", in: outputFolder)
        do {
            try FileManager.default.createDirectory(atPath: problemsFolder, withIntermediateDirectories: true)
        } catch {
            throw OutputError("cannot create the folder \(problemsFolder): \(SystemErrorText.reason(for: error))")
        }

        let vroom: VROOMComparison.PeerSolver = { problem, territory, timeLimit throws(BenchmarkError) in
            try solve(
                problem, territory: territory, timeLimit: timeLimit, command: vroomCommand, exploration: exploration,
                folder: problemsFolder)
        }
        let quiet = arguments.has("quiet")
        let rows = try VROOMComparison(configuration: configuration).run(vroom: vroom) { row, run, runs in
            guard !quiet else { return }
            var line = "[\(run)/\(runs)] \(row.territory) \(row.solver.rawValue)"
            if row.solver != .vroom {
                line += " seed \(row.seed)"
            }
            line += ": served priority \(row.terms.servedPriority) of \(row.terms.exportedPriority), driving "
                + String(format: "%.2f h, %.3f s", Double(row.terms.drivingTime) / 3_600, row.seconds)
            if !row.isValid {
                line += ", rejected by the validator"
            }
            output.progress(line)
        }

        try BenchCommand.write(VROOMComparisonReport.csv(rows), BenchOutputFolder.resultsFile, in: outputFolder)
        let summary = VROOMComparisonReport.summary(rows, configuration: configuration)
        try BenchCommand.write(summary, BenchOutputFolder.summaryFile, in: outputFolder)
        try BenchCommand.write(VROOMComparisonReport.priorityBars(rows), "priority-bars.svg", in: outputFolder)
        try BenchCommand.write(VROOMComparisonReport.drivingBars(rows), "driving-bars.svg", in: outputFolder)
        try BenchCommand.write(
            VROOMComparisonReport.page(rows, configuration: configuration), BenchOutputFolder.reportFile, in: outputFolder)
        output.print(summary)
        output.print(
            "Results written to \(outputFolder): results.csv, summary.md, priority-bars.svg, driving-bars.svg, "
                + "report.html, and VROOM's problems, solutions and logs in vroom/.")

        let invalid = rows.filter { $0.solver != .vroom && !$0.isValid }.count
        guard invalid == 0 else {
            output.error("\(invalid) of Giro's plans are rejected by the validator")
            return 1
        }
        return 0
    }

    /// Returns how long vroom may run past its time limit before it is
    /// stopped: the limit itself, and at least 2 s, for starting up and
    /// writing the solution.
    static func grace(afterTimeLimit timeLimit: Double) -> Double {
        max(2, timeLimit)
    }

    /// Writes the problem, runs VROOM on one thread with the time limit and
    /// reads its solution. VROOM's standard output and error go to
    /// `<territory>-vroom.log` in `folder`, and VROOM is killed when it runs
    /// longer than the time limit plus `grace(afterTimeLimit:)`.
    private static func solve(
        _ problem: Data, territory: String, timeLimit: Double, command: VROOMCommand, exploration: Int, folder: String
    ) throws(BenchmarkError) -> VROOMComparison.PeerSolution {
        let problemPath = BenchOutputFolder.path("\(territory)-problem.json", in: folder)
        let solutionPath = BenchOutputFolder.path("\(territory)-solution.json", in: folder)
        let logPath = BenchOutputFolder.path("\(territory)-vroom.log", in: folder)
        do {
            try OutputFile.write(problem, to: problemPath)
        } catch {
            throw .peer(solver: "vroom", instance: territory, message: error.description)
        }
        try? FileManager.default.removeItem(atPath: solutionPath)

        let timeout = timeLimit + grace(afterTimeLimit: timeLimit)
        let outcome: ChildProcess.Outcome
        do {
            outcome = try ChildProcess.run(
                command.path,
                [
                    "-i", problemPath, "-o", solutionPath, "-t", "1", "-x", String(exploration), "-l",
                    String(format: "%.3f", timeLimit),
                ], outputPath: logPath, errorPath: logPath, timeout: timeout)
        } catch {
            throw .peer(solver: "vroom", instance: territory, message: "\(error.description) (\(command.origin))")
        }
        guard !outcome.timedOut else {
            throw .peer(
                solver: "vroom", instance: territory,
                message: "\(command.path) did not finish within \(secondsText(timeout)) s and was stopped. That is "
                    + "the time limit of \(secondsText(timeLimit)) s and \(secondsText(timeout - timeLimit)) s of grace. "
                    + "Its output is in \(logPath), and the problem it got is in \(problemPath)")
        }
        guard let solution = FileManager.default.contents(atPath: solutionPath) else {
            throw .peer(
                solver: "vroom", instance: territory,
                message: "\(command.path) exited with status \(outcome.status) and wrote no solution to \(solutionPath); "
                    + "its output is in \(logPath), and the problem it got is in \(problemPath)")
        }
        return VROOMComparison.PeerSolution(
            data: solution, seconds: outcome.seconds, fileName: solutionPath,
            origin: "The solution comes from \(command.path), \(command.origin), which got the problem in "
                + "\(problemPath) and wrote its output to \(logPath).")
    }

    /// Returns `seconds` with at most three decimals and no trailing zeros,
    /// such as `2.2` or `10`.
    private static func secondsText(_ seconds: Double) -> String {
        var text = String(format: "%.3f", seconds)
        while text.hasSuffix("0") {
            text.removeLast()
        }
        if text.hasSuffix(".") {
            text.removeLast()
        }
        return text
    }

    /// Returns the VROOM executable: `--vroom PATH`, else `vroom` on the
    /// search path, else `defaultVenvBinary` under the home folder (`HOME`,
    /// else the user's home folder from the system).
    ///
    /// - Throws: `UsageError` when `--vroom` names a folder or no
    ///   executable file, or when no vroom command is found.
    static func vroomExecutable(_ given: String?) throws(UsageError) -> VROOMCommand {
        let manager = FileManager.default
        if let given {
            var isFolder: ObjCBool = false
            if manager.fileExists(atPath: given, isDirectory: &isFolder), isFolder.boolValue {
                throw UsageError(
                    "--vroom \(CommandArguments.quoted(given)) is a folder, not an executable file; give the path of "
                        + "the vroom command that pyvroom installs")
            }
            guard manager.isExecutableFile(atPath: given) else {
                throw UsageError(
                    "--vroom \(CommandArguments.quoted(given)) is not an executable file; give the path of the vroom "
                        + "command that pyvroom installs")
            }
            return VROOMCommand(path: given, origin: "the vroom command given by --vroom")
        }
        let searchPath = ProcessInfo.processInfo.environment["PATH"] ?? ""
        for folder in searchPath.split(separator: ":") {
            let candidate = "\(folder)/vroom"
            if manager.isExecutableFile(atPath: candidate) {
                return VROOMCommand(
                    path: candidate, origin: "the vroom command on the search path (give another with --vroom PATH)")
            }
        }
        let home = ProcessInfo.processInfo.environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        let venv = (home as NSString).appendingPathComponent(defaultVenvBinary)
        guard manager.isExecutableFile(atPath: venv) else {
            throw UsageError(
                "no vroom command on the search path or at ~/\(defaultVenvBinary); install pyvroom from PyPI, "
                    + "which brings it (pip install pyvroom==1.15.2), or give --vroom PATH")
        }
        return VROOMCommand(
            path: venv, origin: "the vroom command found at ~/\(defaultVenvBinary) (give another with --vroom PATH)")
    }
}
