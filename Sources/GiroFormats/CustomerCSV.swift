import Foundation
import GiroModel

/// Imports customers from CSV, as described in `docs/territory-format.md`.
///
/// The first record is the header; columns may come in any order. Unknown
/// and repeated column names are rejected, and the required columns must be
/// present. An empty cell means the column's default, and spaces around a
/// value are ignored.
public enum CustomerCSV {
    /// Every column the importer understands, in documented order.
    public static let columns = [
        "id", "name", "latitude", "longitude", "repId", "visitMinutes", "setupMinutes", "cadenceDays", "lastVisit",
        "priority", "adherence", "openingHours", "dueAfter", "activationDate",
    ]
    /// Columns that the header must contain and no row may leave empty.
    public static let requiredColumns = ["id", "latitude", "longitude", "visitMinutes"]

    /// Decodes the customers of a CSV file.
    ///
    /// - Parameters:
    ///   - fileName: the name used in error messages.
    ///   - repIDs: the reps that `repId` may name, or nil to accept any
    ///     `repId`. With more than one rep, every row must name its rep, as
    ///     in territory files.
    /// - Throws: `FormatError` naming the row (the 1-based line where the
    ///   record starts), the column's number and name, and the bad value.
    public static func decode(_ text: String, fileName: String, repIDs: [String]? = nil) throws(FormatError) -> [Customer] {
        let records = try CSVParser.parse(text, fileName: fileName)
        guard let header = records.first else {
            throw FormatError(
                fileName: fileName, line: 1, message: "the file is empty; the first line must be the header")
        }
        let columnIndices = try readHeader(header, fileName: fileName)

        var customers: [Customer] = []
        var rowsByID: [String: Int] = [:]
        for record in records.dropFirst() {
            let row = try CustomerRow(record: record, header: header.fields, columnIndices: columnIndices, fileName: fileName)
            let customer = try row.customer()
            if let repIDs {
                try row.checkRep(of: customer, among: repIDs)
            }
            if let firstRow = rowsByID[customer.id] {
                throw row.error(
                    in: "id",
                    "duplicate customer id \(MessageText.quoted(customer.id)); row \(firstRow) already uses it; give each customer its own id")
            }
            rowsByID[customer.id] = record.line
            customers.append(customer)
        }
        return customers
    }

    /// Reads and decodes the customer CSV file at `path`, as `decode` does.
    ///
    /// - Throws: `FormatError` when the file is missing, a directory, not
    ///   readable or not UTF-8, with the path as its file name, or for any
    ///   problem that `decode` reports.
    public static func load(path: String, repIDs: [String]? = nil) throws(FormatError) -> [Customer] {
        let data = try FileReading.read(path: path, kind: "a CSV file")
        guard let text = String(data: data, encoding: .utf8) else {
            throw FormatError(fileName: path, message: "the file is not UTF-8 text; save the CSV file as UTF-8")
        }
        return try decode(text, fileName: path, repIDs: repIDs)
    }

    /// Checks the header and returns each known column's field index.
    private static func readHeader(_ header: CSVRecord, fileName: String) throws(FormatError) -> [String: Int] {
        var indices: [String: Int] = [:]
        for (index, rawName) in header.fields.enumerated() {
            let name = rawName.trimmingSpaces
            guard columns.contains(name) else {
                throw FormatError(
                    fileName: fileName, line: header.line, column: index + 1, columnName: name, value: name,
                    message: "unknown column \(MessageText.quoted(name)); " + KeySuggestion.hint(for: name, among: columns))
            }
            if let first = indices[name] {
                throw FormatError(
                    fileName: fileName, line: header.line, column: index + 1, columnName: name, value: name,
                    message: "column \(MessageText.quoted(name)) appears twice, as columns \(first + 1) and \(index + 1); remove one")
            }
            indices[name] = index
        }

        for name in requiredColumns where indices[name] == nil {
            throw FormatError(
                fileName: fileName, line: header.line, value: name,
                message: "the header has no column \"\(name)\"; add it, because every customer needs it")
        }
        return indices
    }
}

/// One data record of a customer CSV, read cell by cell.
private struct CustomerRow {
    let record: CSVRecord
    let header: [String]
    let columnIndices: [String: Int]
    let fileName: String

    init(record: CSVRecord, header: [String], columnIndices: [String: Int], fileName: String) throws(FormatError) {
        self.record = record
        self.header = header
        self.columnIndices = columnIndices
        self.fileName = fileName

        guard record.fields.count == header.count else {
            let column = min(record.fields.count, header.count) + 1
            let name = column <= header.count ? header[column - 1].trimmingSpaces : "after \(header.count)"
            throw FormatError(
                fileName: fileName, line: record.line, column: column, columnName: name,
                message: "the row has \(record.fields.count) fields but the header has \(header.count) columns; "
                    + "check for a missing comma, or quote a value that contains a comma")
        }
    }

    /// Returns the trimmed cell of `column`, or nil when the column is absent
    /// or the cell empty.
    func cell(_ column: String) -> String? {
        guard let index = columnIndices[column] else { return nil }
        let text = record.fields[index].trimmingSpaces
        return text.isEmpty ? nil : text
    }

    func error(in column: String, _ message: String) -> FormatError {
        let index = columnIndices[column] ?? 0
        return FormatError(
            fileName: fileName, line: record.line, column: index + 1, columnName: column,
            value: cell(column), message: message)
    }

    func customer() throws(FormatError) -> Customer {
        let id = try required("id", hint: "enter a unique customer id")
        let latitude = try number("latitude", in: FormatLimits.latitude, unit: "degrees", required: true) ?? 0
        let longitude = try number("longitude", in: FormatLimits.longitude, unit: "degrees", required: true) ?? 0
        let visitDuration = try minutes("visitMinutes", in: FormatLimits.visitMinutes, required: true) ?? 0

        var customer = Customer(
            id: id, location: .geographic(latitude: latitude, longitude: longitude), visitDuration: visitDuration)
        customer.name = cell("name")
        customer.repID = cell("repId")
        customer.setupDuration = try minutes("setupMinutes", in: FormatLimits.setupMinutes) ?? 0
        customer.cadenceDays = try wholeNumber("cadenceDays", in: FormatLimits.cadenceDays, unit: "days")
        customer.lastVisit = try date("lastVisit")
        customer.priority = try number("priority", in: FormatLimits.priority) ?? 1
        customer.adherence = try adherence()
        customer.openingHours = try openingHours()
        customer.dueAfter = try number("dueAfter", in: FormatLimits.ratio)
        customer.activationDate = try date("activationDate")
        return customer
    }

    /// Checks that the customer's `repId` names one of `repIDs`, and that a
    /// customer without one belongs to the only rep.
    func checkRep(of customer: Customer, among repIDs: [String]) throws(FormatError) {
        guard let repID = customer.repID else {
            guard repIDs.count > 1 else { return }
            let message = "the customer has no repId, but the territory has \(repIDs.count) reps; "
                + "name its rep, one of: \(repIDs.map(MessageText.shortened).joined(separator: ", "))"
            guard columnIndices["repId"] != nil else {
                throw FormatError(fileName: fileName, line: record.line, message: message + " (add a repId column)")
            }
            throw error(in: "repId", message)
        }
        guard repIDs.contains(repID) else {
            let hint = KeySuggestion.nearest(to: repID, among: repIDs).map { "did you mean \(MessageText.quoted($0))?" }
                ?? "use one of: \(repIDs.map(MessageText.shortened).joined(separator: ", "))"
            throw error(in: "repId", "repId \(MessageText.quoted(repID)) is not a rep of the territory; \(hint)")
        }
    }

    // MARK: Cells

    private func required(_ column: String, hint: String) throws(FormatError) -> String {
        guard let text = cell(column) else {
            throw error(in: column, "\(column) is empty; \(hint)")
        }
        return text
    }

    private func number(
        _ column: String, in range: NumberRange, unit: String = "", required: Bool = false
    ) throws(FormatError) -> Double? {
        guard let text = cell(column) else {
            guard !required else {
                throw error(in: column, "\(column) is empty; enter a number \(range.description)")
            }
            return nil
        }
        guard let value = NumberText.parseDecimal(text) else {
            throw error(in: column, "\(column) \(MessageText.quoted(text)) is not a number; write digits with a decimal point, such as 12.5")
        }
        guard range.contains(value) else {
            let suffix = unit.isEmpty ? "" : " \(unit)"
            throw error(in: column, "\(column) \(MessageText.quoted(text)) is out of range; it must be \(range.description)\(suffix)")
        }
        return value
    }

    private func minutes(_ column: String, in range: NumberRange, required: Bool = false) throws(FormatError) -> Int? {
        guard let value = try number(column, in: range, unit: "minutes", required: required) else { return nil }
        let seconds = NumberText.seconds(fromMinutes: value)
        guard range.includesLower || Double(seconds) > range.lower * 60 else {
            throw error(in: column, "\(column) \(MessageText.quoted(cell(column) ?? "")) is shorter than one second; give at least 0.02 minutes")
        }
        return seconds
    }

    private func wholeNumber(_ column: String, in range: ClosedRange<Int>, unit: String) throws(FormatError) -> Int? {
        let bounds = NumberRange.from(Double(range.lowerBound), to: Double(range.upperBound))
        guard let value = try number(column, in: bounds, unit: unit) else { return nil }
        guard value == value.rounded() else {
            throw error(in: column, "\(column) \(MessageText.quoted(cell(column) ?? "")) is not a whole number; round it")
        }
        return Int(value)
    }

    private func date(_ column: String) throws(FormatError) -> CalendarDate? {
        guard let text = cell(column) else { return nil }
        do {
            return try ValueText.date(text, name: column)
        } catch {
            throw self.error(in: column, error.message)
        }
    }

    private func adherence() throws(FormatError) -> Adherence {
        guard let text = cell("adherence") else { return .start }
        guard let value = Adherence(rawValue: text) else {
            throw error(in: "adherence", "adherence \(MessageText.quoted(text)) is not valid; use start or entire")
        }
        return value
    }

    private func openingHours() throws(FormatError) -> WeeklyWindows {
        guard let text = cell("openingHours") else { return .always }
        do {
            return try CompactOpeningHours.parse(text)
        } catch {
            throw self.error(in: "openingHours", error.message)
        }
    }
}
