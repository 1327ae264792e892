/// A named generator setting, as the presets file lists it: what the
/// territory looks like and which towns it is built around.
public struct GeneratorPreset: Hashable, Sendable {
    public var name: String
    /// One line for `giro generate --list-presets`.
    public var description: String
    /// The towns CSV file, relative to the presets file's folder.
    public var townsFile: String
    public var settings: GeneratorSettings

    public init(name: String, description: String, townsFile: String, settings: GeneratorSettings) {
        self.name = name
        self.description = description
        self.townsFile = townsFile
        self.settings = settings
    }
}
