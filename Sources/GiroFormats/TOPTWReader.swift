import Foundation

/// Reads team orienteering instances with time windows in the format of the
/// public Solomon-based and Cordeau-based test sets.
///
/// The first row is `k v N t`, and the second row has two more values. Of
/// these only `N`, the number of customers, is used: it must equal the
/// number of customer rows. Then comes one row per point: id, x, y, service
/// duration, score, two values `f` and `a`, a list of `a` values, and the
/// opening and closing times of the window for the start of service. The
/// list and `f` are unused. Point 0 is the depot, and its window is each
/// tour's time budget. Blank lines and CRLF line endings are accepted.
///
/// A first row without four values is accepted without the check of `N`,
/// because `c204` of the published Solomon-based set has such a row.
public enum TOPTWReader {
    /// Maximum number of customers.
    public static let maximumCustomers = 1_000_000

    /// Maximum absolute coordinate, as in the Solomon reader.
    public static let maximumCoordinate = 1e7

    /// Maximum service time and window bound, in instance units.
    public static let maximumTime = 1e7

    /// Maximum score of one point.
    public static let maximumScore = 1e9

    /// Parses an instance.
    ///
    /// - Parameters:
    ///   - text: the file's contents.
    ///   - fileName: named in every error; its last path component without
    ///     the extension becomes the instance name.
    /// - Throws: `FormatError` with the line and field of the first problem.
    public static func decode(_ text: String, fileName: String) throws(FormatError) -> TOPTWInstance {
        let file = InstanceText(text, fileName: fileName)
        guard let header = file.rows.first else {
            throw file.error("the file is empty; expected a team orienteering instance")
        }

        guard file.rows.count >= 4 else {
            throw file.error(
                "the file has \(file.rows.count) rows, but a team orienteering instance needs 2 header rows, "
                    + "a depot row and at least one customer row")
        }
        if header.fields.count == 4 {
            let customerCount = try file.wholeNumber(header, 2, name: "the number of customers N", in: 1...maximumCustomers)
            guard customerCount == file.rows.count - 3 else {
                throw file.error(
                    header, column: 2,
                    "the header announces \(InstanceText.counted(customerCount, "customer")), but the file has "
                        + "\(InstanceText.counted(file.rows.count - 3, "customer row")) after the depot row; "
                        + "correct N or add or remove rows")
            }
        }
        guard file.rows.count - 3 <= maximumCustomers else {
            throw file.error("the file has \(file.rows.count - 3) customer rows, more than the maximum of \(maximumCustomers)")
        }

        let pointRows = file.rows[2...]
        let depot = try point(pointRows[pointRows.startIndex], in: file)
        guard depot.id == 0 else {
            throw file.error(
                pointRows[pointRows.startIndex], column: 0,
                "the first point row must be the depot, point 0, but its id is \(depot.id)")
        }

        var customers: [TOPTWInstance.Point] = []
        var linesByID = [0: pointRows[pointRows.startIndex].line]
        for row in pointRows.dropFirst() {
            let customer = try point(row, in: file)
            if let first = linesByID[customer.id] {
                throw file.error(
                    row, column: 0, "point id \(customer.id) appears twice, first on line \(first); give each point its own id")
            }
            linesByID[customer.id] = row.line
            customers.append(customer)
        }

        return TOPTWInstance(name: InstanceText.instanceName(fromFileName: fileName), depot: depot, customers: customers)
    }

    /// Reads and parses an instance file.
    ///
    /// - Throws: `FormatError` when the file is missing, a directory, not
    ///   readable or not UTF-8, or for any problem that `decode` reports.
    public static func load(path: String) throws(FormatError) -> TOPTWInstance {
        let data = try FileReading.read(path: path, kind: "a team orienteering instance file")
        guard let text = String(data: data, encoding: .utf8) else {
            throw FormatError(fileName: path, message: "the file is not UTF-8 text; is this a team orienteering instance?")
        }
        return try decode(text, fileName: path)
    }

    private static func point(_ row: InstanceRow, in file: InstanceText) throws(FormatError) -> TOPTWInstance.Point {
        let description = "id, x, y, service duration, score, f, a, a list of a values, window opening, window closing"
        guard row.fields.count >= 9 else {
            throw file.error(row, "expected at least 9 fields (\(description)), found \(row.fields.count)")
        }

        let id = try file.wholeNumber(row, 0, name: "the point id", in: 0...1_000_000_000)
        let x = try file.number(
            row, 1, name: "the x coordinate", in: -maximumCoordinate...maximumCoordinate, rangeText: "from -10⁷ to 10⁷")
        let y = try file.number(
            row, 2, name: "the y coordinate", in: -maximumCoordinate...maximumCoordinate, rangeText: "from -10⁷ to 10⁷")
        let service = try file.number(row, 3, name: "the service duration", in: 0...maximumTime, rangeText: "from 0 to 10⁷")
        let score = try file.number(row, 4, name: "the score", in: 0...maximumScore, rangeText: "from 0 to 10⁹")
        let listLength = try file.wholeNumber(row, 6, name: "the list length a", in: 0...row.fields.count)
        try file.requireFields(row, count: 9 + listLength, description: "\(description), with a = \(listLength)")

        let openColumn = 7 + listLength
        let open = try file.number(row, openColumn, name: "the window opening", in: 0...maximumTime, rangeText: "from 0 to 10⁷")
        let close = try file.number(
            row, openColumn + 1, name: "the window closing", in: 0...maximumTime, rangeText: "from 0 to 10⁷")
        guard open <= close else {
            throw file.error(
                row, column: openColumn + 1,
                "the window closes at \(row.fields[openColumn + 1]), before it opens at \(row.fields[openColumn]); "
                    + "swap the two values or correct them")
        }
        return TOPTWInstance.Point(
            id: id, x: x, y: y, serviceDuration: service, score: score, windowOpen: open, windowClose: close)
    }
}
