import Foundation
import GiroGenerator

/// Reads the towns that synthetic territories place customers around, from
/// a CSV file with the columns `name`, `latitude` and `longitude`, and
/// optionally `province` and `population`, in any order.
public enum TownCSV {
    /// Every column the reader understands.
    public static let columns = ["name", "province", "latitude", "longitude", "population"]
    /// Columns that the header must contain and no row may leave empty.
    public static let requiredColumns = ["name", "latitude", "longitude"]

    /// Decodes the towns of a CSV file.
    ///
    /// - Throws: `FormatError` naming the row, the column's number and name,
    ///   and the bad value. The problems are an unknown or repeated column, a
    ///   missing cell, a coordinate outside WGS 84 degrees, and a population
    ///   that is not a whole number of at least 1.
    public static func decode(_ text: String, fileName: String) throws(FormatError) -> [Town] {
        let records = try CSVParser.parse(text, fileName: fileName)
        guard let header = records.first else {
            throw FormatError(
                fileName: fileName, line: 1, message: "the file is empty; the first line must be the header")
        }
        var indices: [String: Int] = [:]
        for (index, rawName) in header.fields.enumerated() {
            let name = rawName.trimmingCharacters(in: .whitespaces)
            guard columns.contains(name), indices[name] == nil else {
                throw FormatError(
                    fileName: fileName, line: header.line, column: index + 1, columnName: name, value: name,
                    message: "unknown or repeated column \(MessageText.quoted(name)); the columns are "
                        + columns.joined(separator: ", "))
            }
            indices[name] = index
        }
        for name in requiredColumns where indices[name] == nil {
            throw FormatError(
                fileName: fileName, line: header.line, value: name,
                message: "the header has no column \"\(name)\"; add it, because every town needs it")
        }

        var towns: [Town] = []
        for record in records.dropFirst() {
            func cell(_ name: String) -> String? {
                guard let index = indices[name], index < record.fields.count else { return nil }
                let text = record.fields[index].trimmingCharacters(in: .whitespaces)
                return text.isEmpty ? nil : text
            }
            func error(_ name: String, _ message: String) -> FormatError {
                let index = indices[name] ?? 0
                return FormatError(
                    fileName: fileName, line: record.line, column: index + 1, columnName: name, value: cell(name) ?? "",
                    message: message)
            }

            guard let name = cell("name") else { throw error("name", "the town name is empty; write the name") }
            guard let latitude = cell("latitude").flatMap(NumberText.parseDecimal), (-90...90).contains(latitude) else {
                throw error("latitude", "the latitude must be a number of degrees from -90 to 90")
            }
            guard let longitude = cell("longitude").flatMap(NumberText.parseDecimal), (-180...180).contains(longitude)
            else {
                throw error("longitude", "the longitude must be a number of degrees from -180 to 180")
            }
            var population: Int?
            if let text = cell("population") {
                guard let value = Int(text), value >= 1 else {
                    throw error("population", "the population must be a whole number of at least 1, or empty")
                }
                population = value
            }
            towns.append(Town(name: name, latitude: latitude, longitude: longitude, population: population))
        }
        return towns
    }

    /// Reads and decodes the towns CSV file at `path`, as `decode` does.
    ///
    /// - Throws: `FormatError` when the file cannot be read or is not UTF-8,
    ///   or for any problem that `decode` reports.
    public static func load(path: String) throws(FormatError) -> [Town] {
        let data = try FileReading.read(path: path, kind: "a CSV file of towns")
        guard let text = String(data: data, encoding: .utf8) else {
            throw FormatError(fileName: path, message: "the file is not UTF-8 text; save the CSV file as UTF-8")
        }
        return try decode(text, fileName: path)
    }
}
