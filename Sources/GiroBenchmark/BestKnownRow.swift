import Foundation
import GiroFormats

/// One data row of a BKS file, with what its errors need to name the place.
struct BestKnownRow {
    let record: CSVRecord
    let header: [String]
    let columns: [String: Int]
    let fileName: String

    /// Parses the row.
    ///
    /// - Throws: `FormatError` for a missing field, an empty instance name,
    ///   a number of vehicles that is not a whole number of at least 1, or a
    ///   distance that is not a finite number greater than 0.
    func value() throws(FormatError) -> BestKnownValue {
        let instance = try field("instance")
        guard !instance.isEmpty else {
            throw error(in: "instance", "the instance name is empty; write the name, such as C101")
        }

        let vehiclesText = try field("vehicles")
        guard let vehicles = Int(vehiclesText), vehicles >= 1 else {
            throw error(
                in: "vehicles",
                "vehicles must be a whole number of at least 1, not \(MessageText.quoted(vehiclesText)); "
                    + "write the number of routes of the best-known solution")
        }

        let distanceText = try field("distance")
        guard let distance = Double(distanceText), distance.isFinite, distance > 0 else {
            throw error(
                in: "distance",
                "distance must be a number greater than 0 with '.' as decimal point, not "
                    + "\(MessageText.quoted(distanceText)); write the total distance of the best-known solution")
        }
        return BestKnownValue(instance: instance, vehicles: vehicles, distance: distance)
    }

    /// Returns the trimmed field of a required column.
    ///
    /// - Throws: `FormatError` when the row ends before the column.
    func field(_ name: String) throws(FormatError) -> String {
        let index = columns[name]!
        guard index < record.fields.count else {
            throw FormatError(
                fileName: fileName, line: record.line, column: index + 1, columnName: name, value: "",
                message: "the row has \(record.fields.count) fields and no \(name); "
                    + "give every row the \(header.count) columns of the header")
        }
        return record.fields[index].trimmingCharacters(in: .whitespaces)
    }

    /// Returns an error that names this row, the column and its value.
    func error(in name: String, _ message: String) -> FormatError {
        let index = columns[name]!
        let value = index < record.fields.count ? record.fields[index] : ""
        return FormatError(
            fileName: fileName, line: record.line, column: index + 1, columnName: name, value: value, message: message)
    }
}
