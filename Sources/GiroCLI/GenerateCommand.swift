import Foundation
import Giro

/// `giro generate --preset NAME --output FILE`: writes a synthetic territory
/// built from a preset of the presets file.
enum GenerateCommand {
    /// The presets file when `--presets` is not given, relative to the
    /// current folder: the repository's own.
    static func run(_ words: [String], _ output: ConsoleOutput) throws -> Int32 {
        let arguments = try CommandArguments(
            words,
            options: ["preset", "presets", "seed", "reps", "customers-per-rep", "days", "start", "output", "format"],
            flags: ["list-presets", "help"])
        if arguments.has("help") {
            output.print(HelpText.generate)
            return 0
        }
        guard arguments.positionals.isEmpty else {
            throw UsageError("unexpected argument \(CommandArguments.quoted(arguments.positionals[0])); name the preset with --preset NAME")
        }

        let (presetsPath, presets) = try PresetTerritories.presets(path: arguments.value("presets"))
        if arguments.has("list-presets") {
            for preset in presets {
                output.print("\(preset.name)  \(preset.description)")
            }
            return 0
        }

        guard let name = arguments.value("preset") else {
            throw UsageError("missing --preset NAME; 'giro generate --list-presets' lists the names")
        }
        let preset = try PresetTerritories.preset(named: name, in: presets)
        guard let outputPath = arguments.value("output") else {
            throw UsageError("missing --output FILE, the territory file to write")
        }
        try OutputFile.check(outputPath, inputs: [presetsPath])

        var settings = preset.settings
        if let seed = arguments.value("seed") {
            guard let value = UInt64(seed) else {
                throw UsageError("--seed must be a whole number from 0 to 2^64-1, not \(CommandArguments.quoted(seed))")
            }
            settings.seed = value
        }
        settings.reps = try arguments.integer("reps", in: 1...1_000) ?? settings.reps
        settings.customersPerRep = try arguments.integer("customers-per-rep", in: 1...100_000) ?? settings.customersPerRep
        settings.horizonDays = try arguments.integer("days", in: 1...366) ?? settings.horizonDays
        if let text = arguments.value("start") {
            guard let date = CalendarDate(iso: text) else {
                throw UsageError("--start must be a date YYYY-MM-DD, not \(CommandArguments.quoted(text))")
            }
            settings.horizonStart = date
        }

        let format = arguments.value("format") ?? "territory"
        guard format == "territory" || format == "company" else {
            throw UsageError("--format must be 'territory' or 'company', not \(CommandArguments.quoted(format))")
        }

        let territory = try PresetTerritories.territory(settings, preset: preset, presetsPath: presetsPath)
        var data = TerritoryFile.encode(territory)
        if format == "company" {
            // A territory file reads as a company with one group, each rep
            // with its own settings.
            data = CompanyFile.encode(try CompanyFile.decode(data, fileName: outputPath))
        }
        try PlanCommand.write(data, to: outputPath)

        output.print(
            "Generated \(settings.name): \(PlanSummary.counted(territory.reps.count, "rep")), "
                + "\(PlanSummary.counted(territory.customers.count, "customer")), "
                + "\(PlanSummary.counted(territory.appointments.count, "appointment")) and "
                + "\(PlanSummary.counted(territory.reservations.count, "reservation")) over \(settings.horizonDays) days "
                + "from \(settings.horizonStart), seed \(settings.seed).")
        output.print("\(format == "company" ? "Company" : "Territory") written to \(outputPath).")
        return 0
    }
}
