import Foundation
import GiroModel

/// Reads Solomon and Gehring–Homberger VRPTW instances into a one-day
/// territory.
///
/// The text format starts with a name line. A `VEHICLE` section gives the
/// fleet size and capacity, and a `CUSTOMER` section one row per node with
/// id, x, y, demand, ready time, due date and service time. Node 0 is the depot, whose due date
/// ends the day. Windows bound the start of service and travel time equals
/// Euclidean distance. CRLF line endings are accepted.
///
/// Every vehicle becomes a rep living at the depot, every other node a
/// customer with one reservation, so each must be visited. Instance time
/// units become `secondsPerUnit` seconds each.
public enum SolomonReader {
    /// Seconds per instance time unit. Travel times round up to whole seconds,
    /// so 1,000 keeps the rounding below 0.001 units per leg.
    public static let secondsPerUnit = 1000

    /// The date of the single planned day; a Monday.
    public static let planningDate = CalendarDate(year: 2024, month: 1, day: 1)!

    /// Maximum absolute coordinate, in instance units, that the reader accepts.
    /// Published instances stay below 1,000; the bound keeps every leg and
    /// every sum of legs far inside what the travel model can time.
    public static let maximumCoordinate = 1e7

    /// Maximum ready time, due date or service time, in instance units, so
    /// that times in seconds stay far inside `Int`.
    public static let maximumTime = 1e7

    /// Maximum demand and capacity, as in territory files.
    public static let maximumLoad = 1e9

    /// Maximum number of vehicles. Published instances have at most 250 vehicles, and
    /// every vehicle becomes a rep.
    public static let maximumVehicles = 10_000

    /// Parses an instance.
    ///
    /// - Parameters:
    ///   - text: the file's contents.
    ///   - fileName: named in every error.
    ///   - truncatesToOneDecimal: use the DIMACS convention, which truncates
    ///     every leg's distance to one decimal.
    /// - Throws: `FormatError` with the line and field of the first problem.
    public static func decode(
        _ text: String, fileName: String, truncatesToOneDecimal: Bool = false
    ) throws(FormatError) -> Territory {
        let lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map {
            $0.trimmingCharacters(in: .whitespaces)
        }
        let reader = SolomonLineReader(lines: lines, fileName: fileName)

        guard let name = lines.first(where: { !$0.isEmpty }) else {
            throw FormatError(fileName: fileName, message: "the file is empty; expected a Solomon instance")
        }
        guard let customerHeader = lines.firstIndex(where: { $0.uppercased() == "CUSTOMER" }) else {
            throw FormatError(fileName: fileName, message: "no CUSTOMER section; is this a Solomon instance?")
        }
        let fleet = try reader.fleet(before: customerHeader)
        let nodes = try reader.nodes(after: customerHeader)

        guard let depot = nodes.first, nodes.count >= 2 else {
            throw FormatError(fileName: fileName, message: "the CUSTOMER section needs a depot row and at least one customer")
        }
        var linesByID: [Int: Int] = [:]
        for node in nodes {
            if let first = linesByID[node.id] {
                throw reader.error(
                    at: node.line, column: 1, value: "\(node.id)",
                    "node id \(node.id) appears twice, first on line \(first + 1); give each node its own id")
            }
            linesByID[node.id] = node.line
        }

        let home = Location.planar(x: depot.x, y: depot.y)
        let day = TimeWindow(start: depot.ready, end: depot.due)
        var hours = WorkingHours()
        for weekday in Weekday.allCases {
            hours[weekday] = day
        }
        let reps = (1...fleet.vehicles).map {
            Rep(id: "vehicle-\($0)", home: home, workingHours: hours, capacity: fleet.capacity)
        }

        let customers = nodes.dropFirst().map { node in
            Customer(
                id: "\(node.id)", location: .planar(x: node.x, y: node.y), visitDuration: node.service,
                openingHours: .everyDay([TimeWindow(start: node.ready, end: node.due)]), demand: node.demand)
        }
        let reservations = customers.map { Reservation(id: "visit-\($0.id)", customerID: $0.id) }

        let settings = PlanningSettings(drivingTimeWeight: 0, distanceWeight: 1, cadenceWeight: 0)
        return Territory(
            name: name, horizon: Horizon(start: planningDate, days: 1),
            travel: .euclidean(
                EuclideanParameters(secondsPerUnit: Double(secondsPerUnit), truncatesToOneDecimal: truncatesToOneDecimal)),
            settings: settings, reps: reps, customers: customers, reservations: reservations)
    }

    /// Reads and parses an instance file.
    ///
    /// - Throws: `FormatError` when the file is missing, a directory, not
    ///   readable or not UTF-8, or for any problem that `decode` reports.
    public static func load(path: String, truncatesToOneDecimal: Bool = false) throws(FormatError) -> Territory {
        let data = try FileReading.read(path: path, kind: "a Solomon instance file")
        guard let text = String(data: data, encoding: .utf8) else {
            throw FormatError(fileName: path, message: "the file is not UTF-8 text; is this a Solomon instance?")
        }
        return try decode(text, fileName: path, truncatesToOneDecimal: truncatesToOneDecimal)
    }
}

