import Foundation
import GiroModel

/// Reads and writes territory files, the JSON format described in
/// `docs/territory-format.md`.
public enum TerritoryFile {
    /// Decodes a territory from the bytes of a territory file.
    ///
    /// Decoding is strict: unknown keys, duplicate keys, values of the wrong
    /// type or outside their range, and references to unknown ids all throw.
    /// It stops at the first problem and never returns a partial territory.
    ///
    /// - Parameter fileName: the name used in error messages.
    /// - Throws: `FormatError` naming the place of the problem, the bad value
    ///   and how to fix it.
    public static func decode(_ data: Data, fileName: String) throws(FormatError) -> Territory {
        let root = try JSONParser.parse(Array(data), fileName: fileName)
        let field = JSONField(node: root, path: .root, fileName: fileName)
        return try TerritoryDecoder.decode(field)
    }

    /// Reads and decodes the territory file at `path`.
    ///
    /// - Throws: `FormatError` when the file cannot be read, with the path as
    ///   its file name, or for any problem that `decode` reports.
    public static func load(path: String) throws(FormatError) -> Territory {
        let data = try FileReading.read(path: path)
        return try decode(data, fileName: path)
    }

    /// Encodes a territory as pretty-printed JSON with sorted keys.
    ///
    /// Every value is written explicitly, including defaults, so that
    /// `decode` returns a territory equal to `territory`. Durations are
    /// written in minutes and may be fractional, and times that are not whole
    /// minutes are written `HH:MM:SS`.
    public static func encode(_ territory: Territory) -> Data {
        Data(JSONWriter.render(TerritoryEncoder.encode(territory)).utf8)
    }
}
