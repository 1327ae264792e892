import Foundation

/// Paths into the public benchmark instances, which live beside the
/// repository in `../shared/datasets` when they are present.
enum SharedDatasets {
    /// The repository root, found from this file's path.
    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let root = repositoryRoot.deletingLastPathComponent().appendingPathComponent("shared/datasets")

    /// Returns the folder of one family, or nil when the datasets are missing.
    static func folder(_ name: String) -> URL? {
        let url = root.appendingPathComponent(name)
        return FileManager.default.fileExists(atPath: url.path) ? url : nil
    }

    static var isPresent: Bool { folder("solomon") != nil }
}
