import GiroModel

/// One row of the CUSTOMER section, with times already in seconds.
struct SolomonNode {
    /// 0-based index of the row's line in the file.
    var line: Int
    var id: Int
    var x: Double
    var y: Double
    var demand: Double
    var ready: Int
    var due: Int
    var service: Int
}

/// The line-by-line parsing of a Solomon instance: the fleet row of the
/// VEHICLE section and the node rows of the CUSTOMER section.
struct SolomonLineReader {
    /// The file's lines, without leading and trailing spaces.
    let lines: [String]
    let fileName: String

    /// Names of the seven fields of a node row, for messages.
    static let fieldNames = ["node id", "x coordinate", "y coordinate", "demand", "ready time", "due date", "service time"]

    /// Builds an error at the 0-based line `index`.
    func error(at index: Int, column: Int? = nil, value: String? = nil, _ message: String) -> FormatError {
        FormatError(fileName: fileName, line: index + 1, column: column, value: value, message: message)
    }

    /// Reads the fleet row: the first non-empty line after the VEHICLE
    /// header, or after its column header `NUMBER CAPACITY` when there is one.
    func fleet(before customerHeader: Int) throws(FormatError) -> (vehicles: Int, capacity: Double) {
        guard let vehicleHeader = lines.firstIndex(where: { $0.uppercased() == "VEHICLE" }) else {
            throw FormatError(fileName: fileName, message: "no VEHICLE section; is this a Solomon instance?")
        }
        guard vehicleHeader < customerHeader else {
            throw error(at: vehicleHeader, "the VEHICLE section must come before the CUSTOMER section")
        }

        var rows = lines[(vehicleHeader + 1)..<customerHeader].indices.filter { !lines[$0].isEmpty }
        if let first = rows.first, lines[first].first?.isLetter == true {
            rows.removeFirst()
        }
        guard let fleetLine = rows.first else {
            throw error(at: vehicleHeader, "the VEHICLE section has no row with the number of vehicles and the capacity")
        }
        if let extra = rows.dropFirst().first {
            throw error(
                at: extra, value: lines[extra],
                "unexpected text \(MessageText.quoted(lines[extra], quote: "'")) after the fleet row; remove it")
        }

        let fields = fields(of: fleetLine)
        guard fields.count == 2 else {
            throw error(
                at: fleetLine, value: lines[fleetLine],
                "expected 2 fields (number of vehicles, capacity), found \(fields.count)")
        }
        guard let vehicles = Int(fields[0]), (1...SolomonReader.maximumVehicles).contains(vehicles) else {
            throw error(
                at: fleetLine, column: 1, value: fields[0],
                "the number of vehicles must be a whole number from 1 to \(SolomonReader.maximumVehicles), "
                    + "found \(MessageText.quoted(fields[0], quote: "'"))")
        }
        guard let capacity = NumberText.parseDecimal(fields[1]), capacity > 0, capacity <= SolomonReader.maximumLoad else {
            throw error(
                at: fleetLine, column: 2, value: fields[1],
                "the capacity must be a number above 0 and at most 10⁹, found \(MessageText.quoted(fields[1], quote: "'"))")
        }
        return (vehicles, capacity)
    }

    /// Reads every node row after the CUSTOMER header. Lines that start with
    /// a letter before the first row are column headers; after it, every
    /// non-empty line must be a row.
    func nodes(after customerHeader: Int) throws(FormatError) -> [SolomonNode] {
        var nodes: [SolomonNode] = []
        for index in (customerHeader + 1)..<lines.count where !lines[index].isEmpty {
            let startsWithLetter = lines[index].first?.isLetter == true
            if nodes.isEmpty, startsWithLetter {
                continue
            }
            if startsWithLetter {
                throw error(
                    at: index, value: lines[index],
                    "unexpected text \(MessageText.quoted(lines[index], quote: "'")) after the customer rows; "
                        + "remove it, because every line after the first row must be a row")
            }
            nodes.append(try node(at: index))
        }
        return nodes
    }

    private func node(at index: Int) throws(FormatError) -> SolomonNode {
        let fields = fields(of: index)
        guard fields.count == 7 else {
            throw error(
                at: index, value: lines[index],
                "expected 7 fields (id, x, y, demand, ready, due, service), found \(fields.count)")
        }

        var values: [Double] = []
        for (column, field) in fields.enumerated() {
            values.append(try number(field, column: column, line: index))
        }
        let unit = Double(SolomonReader.secondsPerUnit)
        let ready = Int((values[4] * unit).rounded())
        let due = Int((values[5] * unit).rounded())
        guard ready <= due else {
            throw error(at: index, column: 6, value: fields[5], "due date \(MessageText.shortened(fields[5])) is before ready time \(MessageText.shortened(fields[4]))")
        }
        return SolomonNode(
            line: index, id: Int(values[0]), x: values[1], y: values[2], demand: values[3], ready: ready, due: due,
            service: Int((values[6] * unit).rounded()))
    }

    /// Parses field `column` (0-based) of a node row and checks its range.
    private func number(_ field: String, column: Int, line index: Int) throws(FormatError) -> Double {
        let name = Self.fieldNames[column]
        let found = "found \(MessageText.quoted(field, quote: "'"))"
        let isCoordinate = column == 1 || column == 2
        guard let value = NumberText.parseDecimal(field) else {
            let expected = isCoordinate ? "a number" : "a non-negative number"
            throw error(at: index, column: column + 1, value: field, "\(name) must be \(expected), \(found)")
        }

        switch column {
        case 0:
            guard value == value.rounded(), (0...1e9).contains(value) else {
                throw error(at: index, column: 1, value: field, "\(name) must be a whole number from 0 to 10⁹, \(found)")
            }
        case 1, 2:
            guard abs(value) <= SolomonReader.maximumCoordinate else {
                throw error(
                    at: index, column: column + 1, value: field,
                    "\(name) is out of range; it must lie between -10⁷ and 10⁷, \(found)")
            }
        case 3:
            guard (0...SolomonReader.maximumLoad).contains(value) else {
                throw error(at: index, column: 4, value: field, "\(name) must be from 0 to 10⁹, \(found)")
            }
        default:
            guard (0...SolomonReader.maximumTime).contains(value) else {
                throw error(at: index, column: column + 1, value: field, "\(name) must be from 0 to 10⁷, \(found)")
            }
        }
        return value
    }

    private func fields(of index: Int) -> [String] {
        lines[index].split(whereSeparator: \.isWhitespace).map(String.init)
    }
}
