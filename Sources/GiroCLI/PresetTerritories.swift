import Foundation
import Giro

/// The generator presets file and the territories built from its presets,
/// shared by `giro generate` and `giro bench territories`.
enum PresetTerritories {
    static let defaultPresetsFile = "datasets/territory-presets.json"

    /// Reads the presets file, or the default one when `path` is nil.
    ///
    /// - Throws: `UsageError` when the file does not exist, `FormatError`
    ///   when it is malformed.
    static func presets(path: String?) throws -> (path: String, presets: [GeneratorPreset]) {
        let presetsPath = path ?? defaultPresetsFile
        guard FileManager.default.fileExists(atPath: presetsPath) else {
            throw UsageError("no presets file at \(presetsPath); run giro from the repository root or give --presets FILE")
        }
        return (presetsPath, try GeneratorPresetFile.load(path: presetsPath))
    }

    /// Returns the preset called `name`.
    static func preset(named name: String, in presets: [GeneratorPreset]) throws(UsageError) -> GeneratorPreset {
        guard let preset = presets.first(where: { $0.name == name }) else {
            throw UsageError(
                "unknown preset \(CommandArguments.quoted(name)); the presets are \(presets.map(\.name).joined(separator: ", "))")
        }
        return preset
    }

    /// Builds the territory of `settings`, with the towns file that
    /// `preset` names relative to the presets file.
    static func territory(
        _ settings: GeneratorSettings, preset: GeneratorPreset, presetsPath: String
    ) throws -> Territory {
        let townsPath = ((presetsPath as NSString).deletingLastPathComponent as NSString)
            .appendingPathComponent(preset.townsFile)
        let towns = try TownCSV.load(path: townsPath)
        return try TerritoryGenerator.territory(settings, towns: towns)
    }
}
