import Foundation
import Giro

/// `giro bench scale --preset NAME --output OUT`: plans territories of a
/// preset at growing sizes, each in its own `giro plan` process, and writes
/// the planning time and peak memory per size with the fitted growth
/// exponents into OUT.
enum BenchScaleCommand {
    static let defaultCustomersPerRep = [100, 300, 1_000, 2_000]
    static let defaultReps = [1, 10, 100]
    static let defaultDays = [5, 10, 20]

    static func run(_ arguments: CommandArguments, _ output: ConsoleOutput) throws -> Int32 {
        guard let name = arguments.value("preset") else {
            throw UsageError("missing --preset NAME, the preset whose territory sets the base size")
        }
        guard let outputFolder = arguments.value("output") else {
            throw UsageError("missing --output OUT, the folder for results.csv and summary.md")
        }
        for option in [
            "dir", "bks", "objective", "tours", "heuristics", "reference-time-limit", "reference-seeds", "seeds", "vroom", "exploration",
        ]
        where arguments.value(option) != nil {
            throw UsageError("--\(option) does not apply to 'giro bench scale'")
        }

        let (presetsPath, presets) = try PresetTerritories.presets(path: arguments.value("presets"))
        let preset = try PresetTerritories.preset(named: name, in: presets)
        let base = ScaleSweep.Size(
            customersPerRep: preset.settings.customersPerRep, reps: preset.settings.reps, days: preset.settings.horizonDays)
        let sweep = ScaleSweep(
            base: base,
            customersPerRep: try list(arguments, "customers-per-rep", in: 1...100_000) ?? defaultCustomersPerRep,
            reps: try list(arguments, "reps", in: 1...1_000) ?? defaultReps,
            days: try list(arguments, "days", in: 1...366) ?? defaultDays)
        let planArguments = try childArguments(arguments)

        try BenchOutputFolder.prepare(
            outputFolder, instanceFolder: (presetsPath as NSString).deletingLastPathComponent, bestKnownFile: presetsPath)
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("giro-scale-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: work) }

        var measurements: [ScaleMeasurement] = []
        let sizes = sweep.sizes
        for (index, size) in sizes.enumerated() {
            let measurement = try measure(
                size, presetName: preset.name, presetsPath: presetsPath, planArguments: planArguments, work: work)
            measurements.append(measurement)
            if !arguments.has("quiet") {
                output.progress(
                    "[\(index + 1)/\(sizes.count)] \(size): " + String(format: "%.3f s", measurement.planningSeconds)
                        + String(format: ", %.0f MiB", Double(measurement.peakMemoryBytes) / 1_048_576)
                        + (measurement.isValid ? "" : ", not valid"))
            }
        }

        var fits: [ScaleFit] = []
        for arm in ScaleReport.armSamples(measurements, sweep: sweep) {
            guard let fit = try? PowerLawFit(x: arm.x, y: arm.y) else { continue }
            fits.append(
                ScaleFit(dimension: arm.dimension, exponent: fit.exponent, rSquared: fit.rSquared, sampleCount: fit.sampleCount))
        }

        let settings = [
            "preset: \(name), base size \(base) (customers per rep × reps × days)",
            "giro plan options: " + (planArguments.isEmpty ? "the defaults" : planArguments.joined(separator: " ")),
            "one giro plan process per size, one after the other",
        ]
        try BenchCommand.write(ScaleReport.csv(measurements), BenchOutputFolder.resultsFile, in: outputFolder)
        let summary = ScaleReport.summary(measurements, fits: fits, settings: settings)
        try BenchCommand.write(summary, BenchOutputFolder.summaryFile, in: outputFolder)
        var written = "results.csv and summary.md"
        if let chart = ScaleReport.chart(measurements, sweep: sweep) {
            try BenchCommand.write(chart, "scale.svg", in: outputFolder)
            written = "results.csv, summary.md and scale.svg"
        }
        output.print(summary)
        output.print("Results written to \(outputFolder): \(written).")

        let invalid = measurements.filter { !$0.isValid }.count
        guard invalid == 0 else {
            output.error("\(invalid) of \(measurements.count) sizes have no valid plan; summary.md lists them")
            return 1
        }
        return 0
    }

    /// Generates the territory of one size and plans it, each in a child
    /// process, and reads the planning time from the output of giro plan.
    ///
    /// Generating in a child keeps this process small. That matters because
    /// Linux hands a child's peak memory down from the process that started
    /// it: a child started by a process that grew to 400 MiB reports at least
    /// 400 MiB.
    private static func measure(
        _ size: ScaleSweep.Size, presetName: String, presetsPath: String, planArguments: [String], work: URL
    ) throws -> ScaleMeasurement {
        let executable = ChildProcess.currentExecutable
        let name = "\(size.customersPerRep)-\(size.reps)-\(size.days)"
        let input = work.appendingPathComponent("\(name).json").path
        let generateLog = work.appendingPathComponent("\(name).generate").path
        let planLog = work.appendingPathComponent("\(name).plan").path
        defer {
            for path in [input, generateLog, planLog] {
                try? FileManager.default.removeItem(atPath: path)
            }
        }

        // Several reps go into a company file, which giro plan plans one rep
        // at a time, because one territory of all their customers could need
        // more memory than the machine has.
        let generated = try ChildProcess.run(
            executable,
            [
                "generate", "--presets", presetsPath, "--preset", presetName, "--customers-per-rep",
                String(size.customersPerRep), "--reps", String(size.reps), "--days", String(size.days), "--format",
                size.reps > 1 ? "company" : "territory", "--output", input,
            ], outputPath: generateLog)
        let summary = (try? String(contentsOfFile: generateLog, encoding: .utf8)) ?? ""
        guard generated.status == 0, let customers = customerCount(in: summary) else {
            throw OutputError("giro generate failed for the size \(size) with status \(generated.status): \(summary)")
        }

        let outcome = try ChildProcess.run(executable, ["plan", input, "--quiet"] + planArguments, outputPath: planLog)
        let text = (try? String(contentsOfFile: planLog, encoding: .utf8)) ?? ""
        let seconds = planningSeconds(in: text)
        return ScaleMeasurement(
            size: size, customers: customers, planningSeconds: seconds ?? 0, processSeconds: outcome.seconds,
            peakMemoryBytes: outcome.peakMemoryBytes, isValid: outcome.status == 0 && seconds != nil)
    }

    /// Reads the customer count from the summary line of giro generate,
    /// such as "Generated region-month: 1 rep, 300 customers, ...".
    static func customerCount(in text: String) -> Int? {
        for part in text.split(separator: ",") {
            let words = part.split(separator: " ")
            if words.count == 2, words[1] == "customers" || words[1] == "customer", let count = Int(words[0]) {
                return count
            }
        }
        return nil
    }

    /// Reads "Planned in 1.234 s." or "Planned 10 reps in 1.234 s." from
    /// the output of giro plan.
    static func planningSeconds(in text: String) -> Double? {
        for line in text.split(separator: "\n") where line.hasPrefix("Planned ") && line.hasSuffix(" s.") {
            guard let range = line.range(of: " in ") else { continue }
            let number = line[range.upperBound...].dropLast(3)
            if let seconds = Double(number) {
                return seconds
            }
        }
        return nil
    }

    /// Returns the options passed on to each giro plan process.
    private static func childArguments(_ arguments: CommandArguments) throws -> [String] {
        var passed: [String] = []
        if let seed = try arguments.seed("seed") {
            passed += ["--seed", String(seed)]
        }
        if let limit = try arguments.seconds("time-limit") {
            passed += ["--time-limit", String(limit)]
        }
        for option in SolverArguments.options.sorted() {
            if let value = arguments.value(option) {
                passed += ["--\(option)", value]
            }
        }
        // Checks the solver options here, so that a bad value fails before
        // the first territory is generated.
        _ = try SolverArguments.plannerOptions(arguments)
        return passed
    }

    /// Reads a list of whole numbers separated by commas.
    private static func list(
        _ arguments: CommandArguments, _ option: String, in range: ClosedRange<Int>
    ) throws(UsageError) -> [Int]? {
        guard let text = arguments.value(option) else { return nil }
        var values: [Int] = []
        for part in text.split(separator: ",", omittingEmptySubsequences: false) {
            guard let value = Int(part), range.contains(value) else {
                throw UsageError(
                    "--\(option) must be whole numbers from \(range.lowerBound) to \(range.upperBound) separated by "
                        + "commas, such as 100,300, not \(CommandArguments.quoted(text))")
            }
            values.append(value)
        }
        return values
    }
}
