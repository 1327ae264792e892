import Foundation

/// Reads periodic VRP instances in Cordeau's format.
///
/// The first row is `type m n t`: the problem type (1 for the periodic VRP),
/// the vehicles per day, the number of customers and the number of days.
/// Then come `t` rows `D Q`, the maximum route duration and the vehicle
/// capacity of each day, where 0 means no limit. Then one row per node:
/// id, x, y, service duration, demand, visit frequency, the number of
/// allowed visit-day combinations, and the combinations. A combination is
/// an integer whose `t` bits mark the visit days, and the most significant
/// bit is day 1. Node 0 is the depot. Blank lines and CRLF line endings are
/// accepted.
public enum PeriodicVRPReader {
    /// Maximum number of days. A combination must fit in 62 bits.
    public static let maximumDays = 62

    /// Maximum number of customers.
    public static let maximumCustomers = 1_000_000

    /// Maximum number of vehicles per day.
    public static let maximumVehicles = 10_000

    /// Maximum absolute coordinate, as in the Solomon reader.
    public static let maximumCoordinate = 1e7

    /// Maximum service time and route duration, in instance units.
    public static let maximumTime = 1e7

    /// Maximum demand and capacity.
    public static let maximumLoad = 1e9

    /// Parses an instance.
    ///
    /// - Parameters:
    ///   - text: the file's contents.
    ///   - fileName: named in every error; its last path component without
    ///     the extension becomes the instance name.
    /// - Throws: `FormatError` with the line and field of the first problem.
    public static func decode(_ text: String, fileName: String) throws(FormatError) -> PeriodicVRPInstance {
        let file = InstanceText(text, fileName: fileName)
        guard let header = file.rows.first else {
            throw file.error("the file is empty; expected a Cordeau periodic VRP instance")
        }

        try file.requireFields(header, count: 4, description: "type, vehicles per day, customers, days")
        let type = try file.wholeNumber(header, 0, name: "the problem type", in: 0...99)
        guard type == 1 else {
            throw file.error(
                header, column: 0,
                "the problem type is \(type), but this reader reads periodic VRP instances only, whose type is 1")
        }
        let vehicles = try file.wholeNumber(header, 1, name: "the number of vehicles per day", in: 1...maximumVehicles)
        let customerCount = try file.wholeNumber(header, 2, name: "the number of customers", in: 1...maximumCustomers)
        let dayCount = try file.wholeNumber(header, 3, name: "the number of days", in: 1...maximumDays)

        let expectedRows = 1 + dayCount + customerCount + 1
        guard file.rows.count >= expectedRows else {
            throw file.error(
                "the header announces \(InstanceText.counted(dayCount, "day row")) and \(customerCount + 1) node "
                    + "rows (depot and customers), but the file has only "
                    + "\(InstanceText.counted(file.rows.count - 1, "row")) after the header; "
                    + "add the missing rows or correct the header")
        }
        if file.rows.count > expectedRows {
            throw file.error(
                file.rows[expectedRows],
                "unexpected row after the \(customerCount + 1) node rows that the header announces; "
                    + "remove it or correct the number of customers in the header")
        }

        var days: [PeriodicVRPInstance.DayLimits] = []
        for row in file.rows[1...dayCount] {
            days.append(try dayLimits(row, in: file))
        }

        let nodeRows = file.rows[(1 + dayCount)...]
        let depot = try node(nodeRows[nodeRows.startIndex], dayCount: dayCount, in: file)
        guard depot.id == 0 else {
            throw file.error(
                nodeRows[nodeRows.startIndex], column: 0,
                "the first node row must be the depot, node 0, but its id is \(depot.id)")
        }

        var customers: [PeriodicVRPInstance.Customer] = []
        var linesByID = [0: nodeRows[nodeRows.startIndex].line]
        for row in nodeRows.dropFirst() {
            let customer = try node(row, dayCount: dayCount, in: file)
            if let first = linesByID[customer.id] {
                throw file.error(
                    row, column: 0, "node id \(customer.id) appears twice, first on line \(first); give each node its own id")
            }
            linesByID[customer.id] = row.line
            try checkVisits(customer, row: row, in: file)
            customers.append(customer)
        }

        return PeriodicVRPInstance(
            name: InstanceText.instanceName(fromFileName: fileName), vehiclesPerDay: vehicles, days: days,
            depotX: depot.x, depotY: depot.y, customers: customers)
    }

    /// Reads and parses an instance file.
    ///
    /// - Throws: `FormatError` when the file is missing, a directory, not
    ///   readable or not UTF-8, or for any problem that `decode` reports.
    public static func load(path: String) throws(FormatError) -> PeriodicVRPInstance {
        let data = try FileReading.read(path: path, kind: "a periodic VRP instance file")
        guard let text = String(data: data, encoding: .utf8) else {
            throw FormatError(fileName: path, message: "the file is not UTF-8 text; is this a periodic VRP instance?")
        }
        return try decode(text, fileName: path)
    }

    private static func dayLimits(_ row: InstanceRow, in file: InstanceText) throws(FormatError) -> PeriodicVRPInstance.DayLimits {
        try file.requireFields(row, count: 2, description: "maximum route duration, vehicle capacity")
        let duration = try file.number(
            row, 0, name: "the maximum route duration", in: 0...maximumTime, rangeText: "from 0 (no limit) to 10⁷")
        let capacity = try file.number(
            row, 1, name: "the vehicle capacity", in: 0...maximumLoad, rangeText: "from 0 (no limit) to 10⁹")
        return PeriodicVRPInstance.DayLimits(
            maximumDuration: duration > 0 ? duration : nil, capacity: capacity > 0 ? capacity : nil)
    }

    /// Parses a node row, whose combinations the frequency does not yet
    /// constrain; `checkVisits` does that for customers.
    private static func node(
        _ row: InstanceRow, dayCount: Int, in file: InstanceText
    ) throws(FormatError) -> PeriodicVRPInstance.Customer {
        let description = "id, x, y, service duration, demand, frequency, number of combinations, combinations"
        guard row.fields.count >= 7 else {
            throw file.error(row, "expected at least 7 fields (\(description)), found \(row.fields.count)")
        }

        let id = try file.wholeNumber(row, 0, name: "the node id", in: 0...1_000_000_000)
        let x = try file.number(
            row, 1, name: "the x coordinate", in: -maximumCoordinate...maximumCoordinate, rangeText: "from -10⁷ to 10⁷")
        let y = try file.number(
            row, 2, name: "the y coordinate", in: -maximumCoordinate...maximumCoordinate, rangeText: "from -10⁷ to 10⁷")
        let service = try file.number(row, 3, name: "the service duration", in: 0...maximumTime, rangeText: "from 0 to 10⁷")
        let demand = try file.number(row, 4, name: "the demand", in: 0...maximumLoad, rangeText: "from 0 to 10⁹")
        let frequency = try file.wholeNumber(row, 5, name: "the visit frequency", in: 0...dayCount)
        let combinationCount = try file.wholeNumber(row, 6, name: "the number of combinations", in: 0...(1 << dayCount))
        try file.requireFields(row, count: 7 + combinationCount, description: "\(description), with \(combinationCount) combinations")

        var combinations: [[Int]] = []
        for column in 7..<(7 + combinationCount) {
            let bits = try file.wholeNumber(row, column, name: "a visit-day combination", in: 1...((1 << dayCount) - 1))
            combinations.append((0..<dayCount).filter { bits & (1 << (dayCount - 1 - $0)) != 0 })
        }
        return PeriodicVRPInstance.Customer(
            id: id, x: x, y: y, serviceDuration: service, demand: demand, frequency: frequency,
            combinations: combinations)
    }

    /// Checks that a customer needs visits and that each combination has as
    /// many days as its frequency and appears once.
    private static func checkVisits(
        _ customer: PeriodicVRPInstance.Customer, row: InstanceRow, in file: InstanceText
    ) throws(FormatError) {
        guard customer.frequency >= 1 else {
            throw file.error(row, column: 5, "a customer's visit frequency must be at least 1, found 0")
        }
        guard !customer.combinations.isEmpty else {
            throw file.error(row, column: 6, "a customer needs at least one visit-day combination, found 0")
        }

        var seen: Set<[Int]> = []
        for (offset, days) in customer.combinations.enumerated() {
            let column = 7 + offset
            guard days.count == customer.frequency else {
                let marked = days.count == 1 ? "1 visit day" : "\(days.count) visit days"
                throw file.error(
                    row, column: column,
                    "the combination marks \(marked), but the visit frequency is \(customer.frequency); "
                        + "each combination must mark as many days as the frequency")
            }
            guard seen.insert(days).inserted else {
                throw file.error(row, column: column, "the combination appears twice in this row; list it once")
            }
        }
    }
}
