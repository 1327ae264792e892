import Foundation

/// Code blocks of the format documents in `docs/`, read at test time so that
/// the documented examples are the ones under test.
enum DocumentationExamples {
    /// The repository's `docs` folder, found from this source file's path.
    static let docsFolder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()
        .deletingLastPathComponent()
        .deletingLastPathComponent()
        .appendingPathComponent("docs")

    /// Returns the first fenced block of `language` after `heading` in
    /// `document`.
    static func block(in document: String, after heading: String, language: String) throws -> String {
        let text = try String(contentsOf: docsFolder.appendingPathComponent(document), encoding: .utf8)
        guard let headingRange = text.range(of: "\n" + heading + "\n") else {
            throw MissingExample(description: "\(document) has no heading \(heading)")
        }
        let rest = text[headingRange.upperBound...]
        guard let open = rest.range(of: "```" + language + "\n"),
            let close = rest[open.upperBound...].range(of: "\n```")
        else {
            throw MissingExample(description: "\(document) has no \(language) block after \(heading)")
        }
        return String(rest[open.upperBound..<close.lowerBound]) + "\n"
    }

    struct MissingExample: Error, CustomStringConvertible {
        var description: String
    }
}
