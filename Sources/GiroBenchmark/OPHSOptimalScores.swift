import Foundation
import GiroFormats

/// The optimal scores of the orienteering instances with hotel selection,
/// one per instance, read from a CSV file with the columns `instance`,
/// `best_score` and `known_optimum` and any others, which are ignored.
/// Instance names match case-insensitively.
///
/// An instance's optimum is its `known_optimum`, or its `best_score` when
/// that column is empty. The published sets are built so that the optimum
/// of the underlying orienteering instance is the optimum with hotels.
public struct OPHSOptimalScores: Hashable, Sendable {
    /// The path or name of the file the scores come from, for messages.
    public var fileName: String
    private var scores: [String: Double]

    /// The columns that the header must contain.
    public static let requiredColumns = ["instance", "best_score", "known_optimum"]

    /// Returns the optimal score of an instance, or nil when the file has no
    /// row for it.
    public subscript(instance: String) -> Double? {
        scores[instance.uppercased()]
    }

    /// Number of rows.
    public var count: Int { scores.count }

    /// Reads the CSV file at `path`, as `decode` does.
    ///
    /// - Throws: `FormatError` when the file cannot be read or is not UTF-8,
    ///   or for any problem that `decode` reports.
    public static func load(path: String) throws(FormatError) -> OPHSOptimalScores {
        let data = try FileReading.read(path: path, kind: "a CSV file of optimal scores")
        guard let text = String(data: data, encoding: .utf8) else {
            throw FormatError(fileName: path, message: "the file is not UTF-8 text; save the CSV file as UTF-8")
        }
        return try decode(text, fileName: path)
    }

    /// Decodes the CSV text.
    ///
    /// Every row needs a non-empty instance name and, in `known_optimum` or
    /// else in `best_score`, a finite score of at least 0. An instance may
    /// appear once.
    ///
    /// - Throws: `FormatError` naming the row, the column, the bad value and
    ///   the fix.
    public static func decode(_ text: String, fileName: String) throws(FormatError) -> OPHSOptimalScores {
        let records = try CSVParser.parse(text, fileName: fileName)
        guard let header = records.first else {
            throw FormatError(
                fileName: fileName, line: 1,
                message: "the file is empty; the first line must be a header with instance,best_score,known_optimum")
        }
        let columns = try BestKnownValues.columnIndices(of: header, required: requiredColumns, fileName: fileName)

        var scores: [String: Double] = [:]
        var rows: [String: Int] = [:]
        for record in records.dropFirst() {
            let row = BestKnownRow(record: record, header: header.fields, columns: columns, fileName: fileName)
            let instance = try row.field("instance")
            guard !instance.isEmpty else {
                throw row.error(in: "instance", "the instance name is empty; write the name, such as T1-65-1-2")
            }

            let optimum = try score(in: "known_optimum", of: row)
            let best = try score(in: "best_score", of: row)
            guard let value = optimum ?? best else {
                throw row.error(
                    in: "known_optimum",
                    "instance \(MessageText.quoted(instance)) has neither known_optimum nor best_score; "
                        + "write the optimal score in one of them")
            }

            let key = instance.uppercased()
            if let first = rows[key] {
                throw row.error(
                    in: "instance",
                    "instance \(MessageText.quoted(instance)) is listed twice, first in row \(first); "
                        + "keep one row per instance")
            }
            rows[key] = record.line
            scores[key] = value
        }
        return OPHSOptimalScores(fileName: fileName, scores: scores)
    }

    /// Returns the score in a column, or nil when the field is empty.
    private static func score(in column: String, of row: BestKnownRow) throws(FormatError) -> Double? {
        let text = try row.field(column)
        guard !text.isEmpty else { return nil }
        guard let value = Double(text), value.isFinite, value >= 0 else {
            throw row.error(
                in: column,
                "\(column) must be empty or a number of at least 0 with '.' as decimal point, not "
                    + MessageText.quoted(text))
        }
        return value
    }
}
