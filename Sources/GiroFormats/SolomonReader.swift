import Foundation
import GiroModel

/// Reads Solomon and Gehring–Homberger VRPTW instances into a one-day
/// territory.
///
/// The text format: a name line; a `VEHICLE` section with the fleet size and
/// capacity; a `CUSTOMER` section with one row per node: id, x, y, demand,
/// ready time, due date, service time. Node 0 is the depot, whose due date
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
        func fail(_ line: Int, _ column: Int? = nil, _ value: String? = nil, _ message: String) -> FormatError {
            FormatError(fileName: fileName, line: line + 1, column: column, value: value, message: message)
        }

        guard let name = lines.first(where: { !$0.isEmpty }) else {
            throw FormatError(fileName: fileName, message: "the file is empty; expected a Solomon instance")
        }
        guard let vehicleHeader = lines.firstIndex(where: { $0.uppercased() == "VEHICLE" }) else {
            throw FormatError(fileName: fileName, message: "no VEHICLE section; is this a Solomon instance?")
        }
        guard let fleetLine = lines[(vehicleHeader + 1)...].firstIndex(where: { $0.first?.isNumber == true }) else {
            throw fail(vehicleHeader, nil, nil, "the VEHICLE section has no number and capacity row")
        }
        let fleetFields = lines[fleetLine].split(whereSeparator: \.isWhitespace).map(String.init)
        guard fleetFields.count == 2, let vehicles = Int(fleetFields[0]), vehicles > 0 else {
            throw fail(fleetLine, 1, lines[fleetLine], "expected a positive vehicle count and a capacity")
        }
        guard let capacity = Double(fleetFields[1]), capacity > 0, capacity.isFinite else {
            throw fail(fleetLine, 2, fleetFields[1], "capacity must be a positive number")
        }

        guard let customerHeader = lines.firstIndex(where: { $0.uppercased() == "CUSTOMER" }) else {
            throw FormatError(fileName: fileName, message: "no CUSTOMER section; is this a Solomon instance?")
        }

        var nodes: [(id: Int, x: Double, y: Double, demand: Double, ready: Int, due: Int, service: Int)] = []
        for lineIndex in (customerHeader + 1)..<lines.count {
            let fields = lines[lineIndex].split(whereSeparator: \.isWhitespace).map(String.init)
            guard let first = fields.first, first.first?.isNumber == true else { continue }
            guard fields.count == 7 else {
                throw fail(lineIndex, nil, lines[lineIndex], "expected 7 fields (id, x, y, demand, ready, due, service), found \(fields.count)")
            }
            var values: [Double] = []
            for (column, field) in fields.enumerated() {
                guard let value = Double(field), value.isFinite, value >= 0 || column == 1 || column == 2 else {
                    throw fail(lineIndex, column + 1, field, "expected a non-negative number")
                }
                values.append(value)
            }
            let unit = Double(secondsPerUnit)
            let ready = Int((values[4] * unit).rounded())
            let due = Int((values[5] * unit).rounded())
            guard ready <= due else {
                throw fail(lineIndex, 6, fields[5], "due date \(fields[5]) is before ready time \(fields[4])")
            }
            nodes.append((Int(values[0]), values[1], values[2], values[3], ready, due, Int((values[6] * unit).rounded())))
        }

        guard let depot = nodes.first, nodes.count >= 2 else {
            throw FormatError(fileName: fileName, message: "the CUSTOMER section needs a depot row and at least one customer")
        }
        var seen: Set<Int> = []
        for node in nodes where !seen.insert(node.id).inserted {
            throw FormatError(fileName: fileName, value: "\(node.id)", message: "node id \(node.id) appears twice")
        }

        let home = Location.planar(x: depot.x, y: depot.y)
        let day = TimeWindow(start: depot.ready, end: depot.due)
        var hours = WorkingHours()
        for weekday in Weekday.allCases {
            hours[weekday] = day
        }
        let reps = (1...vehicles).map { Rep(id: "vehicle-\($0)", home: home, workingHours: hours, capacity: capacity) }

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
    public static func load(path: String, truncatesToOneDecimal: Bool = false) throws(FormatError) -> Territory {
        let text: String
        do {
            text = try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            throw FormatError(fileName: path, message: "cannot read the file: \(error.localizedDescription)")
        }
        return try decode(text, fileName: path, truncatesToOneDecimal: truncatesToOneDecimal)
    }
}
