import Foundation
import GiroFormats

/// The best-known values of a benchmark family, read from a CSV file with
/// the header `instance,vehicles,distance` and any further columns, such as
/// `source`, which are ignored.
///
/// Instance names match case-insensitively, because the Gehring–Homberger
/// files are named `c1_2_1.txt` while the published tables write `C1_2_1`.
public struct BestKnownValues: Hashable, Sendable {
    /// The path or name of the file the values come from, for messages.
    public var fileName: String
    /// Values by upper-cased instance name.
    private var valuesByName: [String: BestKnownValue]

    /// The columns that the header must contain.
    public static let requiredColumns = ["instance", "vehicles", "distance"]

    /// Creates the table from values with distinct names.
    ///
    /// - Precondition: no two values have names that differ only in case.
    public init(_ values: [BestKnownValue], fileName: String) {
        self.fileName = fileName
        var valuesByName: [String: BestKnownValue] = [:]
        for value in values {
            let previous = valuesByName.updateValue(value, forKey: value.instance.uppercased())
            precondition(previous == nil, "duplicate best-known value for \(value.instance)")
        }
        self.valuesByName = valuesByName
    }

    /// Returns the value of an instance, matching the name case-insensitively,
    /// or nil when the file has no row for it.
    public subscript(instance: String) -> BestKnownValue? {
        valuesByName[instance.uppercased()]
    }

    /// Number of instances in the table.
    public var count: Int { valuesByName.count }

    /// Reads the CSV file at `path`, as `decode` does.
    ///
    /// - Throws: `FormatError` when the file is missing, a directory, not
    ///   readable or not UTF-8, or for any problem that `decode` reports.
    public static func load(path: String) throws(FormatError) -> BestKnownValues {
        let data = try FileReading.read(path: path, kind: "a CSV file of best-known values")
        guard let text = String(data: data, encoding: .utf8) else {
            throw FormatError(fileName: path, message: "the file is not UTF-8 text; save the CSV file as UTF-8")
        }
        return try decode(text, fileName: path)
    }

    /// Decodes the CSV text of a BKS file.
    ///
    /// Every row needs a non-empty instance name that no earlier row uses,
    /// a whole number of vehicles of at least 1, and a finite distance
    /// greater than 0.
    ///
    /// - Throws: `FormatError` naming the file, the row (the 1-based line
    ///   where the record starts), the column's number and name, the bad
    ///   value and the fix.
    /// - Complexity: O(n) for n characters.
    public static func decode(_ text: String, fileName: String) throws(FormatError) -> BestKnownValues {
        let records = try CSVParser.parse(text, fileName: fileName)
        guard let header = records.first else {
            throw FormatError(
                fileName: fileName, line: 1,
                message: "the file is empty; the first line must be the header instance,vehicles,distance")
        }
        let columns = try columnIndices(of: header, required: requiredColumns, fileName: fileName)

        var values: [BestKnownValue] = []
        var rowsByName: [String: Int] = [:]
        for record in records.dropFirst() {
            let row = BestKnownRow(record: record, header: header.fields, columns: columns, fileName: fileName)
            let value = try row.value()

            let key = value.instance.uppercased()
            if let firstRow = rowsByName[key] {
                throw row.error(
                    in: "instance",
                    "instance \(MessageText.quoted(value.instance)) is listed twice, first in row \(firstRow); "
                        + "keep one row per instance")
            }
            rowsByName[key] = record.line
            values.append(value)
        }
        return BestKnownValues(values, fileName: fileName)
    }

    /// Returns the field index of each required column of a header.
    static func columnIndices(
        of header: CSVRecord, required: [String], fileName: String
    ) throws(FormatError) -> [String: Int] {
        var indices: [String: Int] = [:]
        for (index, rawName) in header.fields.enumerated() {
            let name = rawName.trimmingCharacters(in: .whitespaces)
            guard required.contains(name) else { continue }
            guard indices[name] == nil else {
                throw FormatError(
                    fileName: fileName, line: header.line, column: index + 1, columnName: name, value: name,
                    message: "the header names column \(MessageText.quoted(name)) twice; remove one of them")
            }
            indices[name] = index
        }

        for name in required where indices[name] == nil {
            throw FormatError(
                fileName: fileName, line: header.line, columnName: name,
                message: "the header has no column \(MessageText.quoted(name)); "
                    + "the first line must name the columns \(required.joined(separator: ","))")
        }
        return indices
    }
}
