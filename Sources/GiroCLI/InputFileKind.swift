import Foundation

/// Whether a JSON input file is a single territory or a whole company.
enum InputFileKind {
    case territory
    case company

    /// Tells the two apart by the top-level `horizon` key, which only
    /// territory files have. Unreadable or malformed files count as
    /// territories, so that the territory reader reports the problem.
    static func detect(path: String) -> InputFileKind {
        guard let data = FileManager.default.contents(atPath: path),
            let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any]
        else { return .territory }
        return object["horizon"] == nil ? .company : .territory
    }
}
