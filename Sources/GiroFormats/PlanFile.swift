import Foundation
import GiroModel

/// Reads and writes plan files, the JSON format described in
/// `docs/plan-format.md`.
public enum PlanFile {
    /// Decodes a plan from the bytes of a plan file.
    ///
    /// Decoding is as strict as for territory files: unknown and duplicate
    /// keys, wrong types and values out of range all throw, at the first
    /// problem. It checks the file's own consistency (a break placed after a
    /// stop that exists, a service that does not end before it starts), but
    /// not the plan's feasibility, which is the validator's job.
    ///
    /// - Throws: `FormatError` naming the place of the problem, the bad value
    ///   and how to fix it.
    public static func decode(_ data: Data, fileName: String) throws(FormatError) -> Plan {
        let root = try JSONParser.parse(Array(data), fileName: fileName)
        let field = JSONField(node: root, path: .root, fileName: fileName)
        return try PlanDecoder.decode(field)
    }

    /// Reads and decodes the plan file at `path`.
    ///
    /// - Throws: `FormatError` when the file cannot be read, with the path as
    ///   its file name, or for any problem that `decode` reports.
    public static func load(path: String) throws(FormatError) -> Plan {
        let data = try FileReading.read(path: path)
        return try decode(data, fileName: path)
    }

    /// Encodes a plan as pretty-printed JSON with sorted keys.
    ///
    /// Clock times are `HH:MM`, or `HH:MM:SS` when not whole minutes, with as
    /// many hour digits as needed. Durations are minutes, fractional when
    /// needed, so that `decode` returns a plan equal to `plan` to the second.
    public static func encode(_ plan: Plan) -> Data {
        Data(JSONWriter.render(PlanEncoder.encode(plan)).utf8)
    }
}
