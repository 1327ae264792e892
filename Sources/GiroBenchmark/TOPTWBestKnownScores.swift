import Foundation
import GiroFormats

/// The best-known scores of the team orienteering instances, one per
/// instance and number of tours, read from a CSV file with the columns
/// `instance`, `paths_m` and `best_score` and any others, which are ignored.
/// Instance names match case-insensitively.
public struct TOPTWBestKnownScores: Hashable, Sendable {
    /// The path or name of the file the scores come from, for messages.
    public var fileName: String
    private var scores: [Key: Double]

    private struct Key: Hashable {
        var instance: String
        var tours: Int
    }

    /// The columns that the header must contain.
    public static let requiredColumns = ["instance", "paths_m", "best_score"]

    /// Returns the best-known score of an instance with a number of tours,
    /// or nil when the file has no row for them.
    public subscript(instance: String, tours tours: Int) -> Double? {
        scores[Key(instance: instance.uppercased(), tours: tours)]
    }

    /// Number of rows.
    public var count: Int { scores.count }

    /// Reads the CSV file at `path`, as `decode` does.
    ///
    /// - Throws: `FormatError` when the file cannot be read or is not UTF-8,
    ///   or for any problem that `decode` reports.
    public static func load(path: String) throws(FormatError) -> TOPTWBestKnownScores {
        let data = try FileReading.read(path: path, kind: "a CSV file of best-known scores")
        guard let text = String(data: data, encoding: .utf8) else {
            throw FormatError(fileName: path, message: "the file is not UTF-8 text; save the CSV file as UTF-8")
        }
        return try decode(text, fileName: path)
    }

    /// Decodes the CSV text.
    ///
    /// Every row needs a non-empty instance name, a number of tours from 1
    /// to 100 and a finite score of at least 0. An instance and number of
    /// tours may appear once.
    ///
    /// - Throws: `FormatError` naming the row, the column, the bad value and
    ///   the fix.
    public static func decode(_ text: String, fileName: String) throws(FormatError) -> TOPTWBestKnownScores {
        let records = try CSVParser.parse(text, fileName: fileName)
        guard let header = records.first else {
            throw FormatError(
                fileName: fileName, line: 1,
                message: "the file is empty; the first line must be a header with instance,paths_m,best_score")
        }
        let columns = try BestKnownValues.columnIndices(of: header, required: requiredColumns, fileName: fileName)

        var scores: [Key: Double] = [:]
        var rows: [Key: Int] = [:]
        for record in records.dropFirst() {
            let row = BestKnownRow(record: record, header: header.fields, columns: columns, fileName: fileName)
            let instance = try row.field("instance")
            guard !instance.isEmpty else {
                throw row.error(in: "instance", "the instance name is empty; write the name, such as c101")
            }
            let toursText = try row.field("paths_m")
            guard let tours = Int(toursText), (1...100).contains(tours) else {
                throw row.error(
                    in: "paths_m",
                    "paths_m must be a whole number of tours from 1 to 100, not \(MessageText.quoted(toursText))")
            }
            let scoreText = try row.field("best_score")
            guard let score = Double(scoreText), score.isFinite, score >= 0 else {
                throw row.error(
                    in: "best_score",
                    "best_score must be a number of at least 0 with '.' as decimal point, not "
                        + MessageText.quoted(scoreText))
            }

            let key = Key(instance: instance.uppercased(), tours: tours)
            if let first = rows[key] {
                throw row.error(
                    in: "instance",
                    "instance \(MessageText.quoted(instance)) with \(tours) tours is listed twice, first in row "
                        + "\(first); keep one row per instance and number of tours")
            }
            rows[key] = record.line
            scores[key] = score
        }
        return TOPTWBestKnownScores(fileName: fileName, scores: scores)
    }
}
