import Foundation

extension PeriodicVRPReader {
    /// Parses a solution in the `.res` format: the total cost on the first
    /// row, then one row per route with the day (from 1), the vehicle (from
    /// 1), the duration, the load, and the node sequence from depot to
    /// depot. Blank lines and CRLF line endings are accepted.
    ///
    /// The solution is not checked against an instance here: node ids and
    /// days need only be whole numbers in range, and the validator judges
    /// the rest.
    ///
    /// - Throws: `FormatError` with the line and field of the first problem.
    public static func decodeSolution(_ text: String, fileName: String) throws(FormatError) -> PeriodicVRPSolution {
        let file = InstanceText(text, fileName: fileName)
        guard let costRow = file.rows.first else {
            throw file.error("the file is empty; expected a periodic VRP solution with the total cost on its first row")
        }

        try file.requireFields(costRow, count: 1, description: "the total cost")
        let cost = try file.number(costRow, 0, name: "the total cost", in: 0...1e15, rangeText: "from 0 to 10¹⁵")

        var routes: [PeriodicVRPSolution.Route] = []
        for row in file.rows.dropFirst() {
            routes.append(try route(row, in: file))
        }
        return PeriodicVRPSolution(cost: cost, routes: routes)
    }

    /// Reads and parses a solution file.
    ///
    /// - Throws: `FormatError` when the file is missing, a directory, not
    ///   readable or not UTF-8, or for any problem that `decodeSolution`
    ///   reports.
    public static func loadSolution(path: String) throws(FormatError) -> PeriodicVRPSolution {
        let data = try FileReading.read(path: path, kind: "a periodic VRP solution file")
        guard let text = String(data: data, encoding: .utf8) else {
            throw FormatError(fileName: path, message: "the file is not UTF-8 text; is this a periodic VRP solution?")
        }
        return try decodeSolution(text, fileName: path)
    }

    private static func route(_ row: InstanceRow, in file: InstanceText) throws(FormatError) -> PeriodicVRPSolution.Route {
        guard row.fields.count >= 6 else {
            throw file.error(
                row,
                "expected at least 6 fields (day, vehicle, duration, load, and the nodes from depot to depot), "
                    + "found \(row.fields.count)")
        }

        let day = try file.wholeNumber(row, 0, name: "the day", in: 1...maximumDays)
        let vehicle = try file.wholeNumber(row, 1, name: "the vehicle", in: 1...maximumVehicles)
        let duration = try file.number(row, 2, name: "the route duration", in: 0...1e15, rangeText: "from 0 to 10¹⁵")
        let load = try file.number(row, 3, name: "the load", in: 0...1e15, rangeText: "from 0 to 10¹⁵")

        var nodes: [Int] = []
        for column in 4..<row.fields.count {
            nodes.append(try file.wholeNumber(row, column, name: "a node id", in: 0...1_000_000_000))
        }
        guard nodes.first == 0 else {
            throw file.error(row, column: 4, "a route must start at the depot, node 0; add 0 before the first customer")
        }
        guard nodes.last == 0 else {
            throw file.error(
                row, column: row.fields.count - 1, "a route must end at the depot, node 0; add 0 after the last customer")
        }
        let customers = Array(nodes.dropFirst().dropLast())
        if let offset = customers.firstIndex(of: 0) {
            throw file.error(row, column: 5 + offset, "the depot, node 0, appears inside the route; split the route in two")
        }
        return PeriodicVRPSolution.Route(
            dayIndex: day - 1, vehicle: vehicle, duration: duration, load: load, customerIDs: customers)
    }
}
