import Foundation
import GiroCompany
import GiroModel

/// Reads and writes company files, the JSON format described in
/// `docs/company-format.md`.
public enum CompanyFile {
    /// Decodes a company from the bytes of a company file, or converts a
    /// territory file, recognised by its top-level `horizon` key, into a
    /// company with one group `default`.
    ///
    /// Decoding is strict in the way of `TerritoryFile.decode`: unknown and
    /// duplicate keys, values of the wrong type or outside their range,
    /// duplicate ids and unknown references all throw. Every setting is also
    /// checked against the levels that may set it and the locks above it.
    /// Decoding stops at the first problem and never returns a partial
    /// company.
    ///
    /// - Parameter fileName: the name used in error messages.
    /// - Throws: `FormatError` naming the JSON path of the problem, the bad
    ///   value and how to fix it. For a locked setting it also names the
    ///   lock's owner and level.
    public static func decode(_ data: Data, fileName: String) throws(FormatError) -> Company {
        let root = try JSONParser.parse(Array(data), fileName: fileName)
        let field = JSONField(node: root, path: .root, fileName: fileName)

        guard isTerritory(root) else {
            return try CompanyDecoder.decode(field)
        }
        let territory = try TerritoryDecoder.decode(field)
        return try CompanyTerritoryConversion.company(from: territory, file: field)
    }

    /// Reads and decodes the company or territory file at `path`.
    ///
    /// - Throws: `FormatError` when the file cannot be read, with the path as
    ///   its file name, or for any problem that `decode` reports.
    public static func load(path: String) throws(FormatError) -> Company {
        let data = try FileReading.read(path: path)
        return try decode(data, fileName: path)
    }

    /// Encodes a company as pretty-printed JSON with sorted keys.
    ///
    /// Every setting that a level sets is written, and so is every other
    /// value, defaults included, except optional values that are nil. For a
    /// company that `decode` accepts, `decode` returns a company equal to
    /// `company`. Durations are written in minutes and may be fractional.
    public static func encode(_ company: Company) -> Data {
        Data(JSONWriter.render(CompanyEncoder.encode(company)).utf8)
    }

    /// Returns whether a parsed document is a territory file: an object with a
    /// `horizon` key, which company files do not have.
    private static func isTerritory(_ root: JSONNode) -> Bool {
        guard case .object(let members) = root.value else { return false }
        return members.contains { $0.key == "horizon" }
    }
}
