import Foundation

/// Reads orienteering instances with hotel selection in the format of the
/// public OPHS test sets.
///
/// The first row is `N H D`: the number of vertices plus 2, the number of
/// extra hotels and the number of trips. The second row is the total tour
/// length, and the third the `D` trip lengths. Then comes one row `x y
/// score` per point: the start hotel, the end hotel, the `H` extra hotels,
/// then the `N − 2` vertices. A row of dashes may end the file. Blank lines
/// and CRLF line endings are accepted.
public enum OPHSReader {
    /// Maximum number of vertices.
    public static let maximumVertices = 1_000_000

    /// Maximum number of extra hotels.
    public static let maximumHotels = 100_000

    /// Maximum number of trips.
    public static let maximumTrips = 1_000

    /// Maximum absolute coordinate, as in the Solomon reader.
    public static let maximumCoordinate = 1e7

    /// Maximum tour or trip length, in instance units.
    public static let maximumLength = 1e9

    /// Maximum score of one vertex.
    public static let maximumScore = 1e9

    /// Parses an instance.
    ///
    /// - Parameters:
    ///   - text: the file's contents.
    ///   - fileName: named in every error; its last path component without
    ///     the extension becomes the instance name.
    /// - Throws: `FormatError` with the line and field of the first problem.
    public static func decode(_ text: String, fileName: String) throws(FormatError) -> OPHSInstance {
        let file = InstanceText(text, fileName: fileName)
        var rows = file.rows
        if let end = rows.firstIndex(where: isEndMarker) {
            if end + 1 < rows.count {
                throw file.error(rows[end + 1], "unexpected row after the row of dashes that ends the points; remove it")
            }
            rows.removeLast()
        }
        guard rows.count >= 3 else {
            throw file.error(
                "the file has \(InstanceText.counted(rows.count, "row")), but an orienteering instance with hotel "
                    + "selection starts with 3 header rows (N H D, the total tour length, the trip lengths)")
        }

        try file.requireFields(rows[0], count: 3, description: "N = vertices + 2, extra hotels H, trips D")
        let vertexCount = try file.wholeNumber(rows[0], 0, name: "N, the number of vertices plus 2", in: 2...(maximumVertices + 2)) - 2
        let extraHotels = try file.wholeNumber(rows[0], 1, name: "H, the number of extra hotels", in: 0...maximumHotels)
        let tripCount = try file.wholeNumber(rows[0], 2, name: "D, the number of trips", in: 1...maximumTrips)

        try file.requireFields(rows[1], count: 1, description: "the total tour length")
        let totalLength = try file.number(
            rows[1], 0, name: "the total tour length", in: 0...maximumLength, rangeText: "from 0 to 10⁹")

        try file.requireFields(rows[2], count: tripCount, description: "one length for each of the \(tripCount) trips")
        var tripLengths: [Double] = []
        for column in 0..<tripCount {
            tripLengths.append(
                try file.number(rows[2], column, name: "a trip length", in: 0...maximumLength, rangeText: "from 0 to 10⁹"))
        }

        let hotelCount = extraHotels + 2
        let pointRows = rows[3...]
        guard pointRows.count == hotelCount + vertexCount else {
            throw file.error(
                "the header announces \(InstanceText.counted(hotelCount + vertexCount, "point row")) "
                    + "(H + 2 = \(hotelCount) hotels, then N − 2 = \(vertexCount) vertices), but the file has "
                    + "\(pointRows.count); add or remove rows or correct the header")
        }

        var points: [OPHSInstance.Point] = []
        for row in pointRows {
            points.append(try point(row, in: file))
        }
        return OPHSInstance(
            name: InstanceText.instanceName(fromFileName: fileName), totalLength: totalLength, tripLengths: tripLengths,
            hotels: Array(points[..<hotelCount]), vertices: Array(points[hotelCount...]))
    }

    /// Reads and parses an instance file.
    ///
    /// - Throws: `FormatError` when the file is missing, a directory, not
    ///   readable or not UTF-8, or for any problem that `decode` reports.
    public static func load(path: String) throws(FormatError) -> OPHSInstance {
        let data = try FileReading.read(path: path, kind: "an orienteering instance file")
        guard let text = String(data: data, encoding: .utf8) else {
            throw FormatError(
                fileName: path, message: "the file is not UTF-8 text; is this an orienteering instance with hotel selection?")
        }
        return try decode(text, fileName: path)
    }

    /// Returns whether `row` is the row of at least two dashes that ends some
    /// files.
    private static func isEndMarker(_ row: InstanceRow) -> Bool {
        guard row.fields.count == 1, let field = row.fields.first else { return false }
        return field.count >= 2 && field.allSatisfy { $0 == "-" }
    }

    private static func point(_ row: InstanceRow, in file: InstanceText) throws(FormatError) -> OPHSInstance.Point {
        try file.requireFields(row, count: 3, description: "x, y, score")
        let x = try file.number(
            row, 0, name: "the x coordinate", in: -maximumCoordinate...maximumCoordinate, rangeText: "from -10⁷ to 10⁷")
        let y = try file.number(
            row, 1, name: "the y coordinate", in: -maximumCoordinate...maximumCoordinate, rangeText: "from -10⁷ to 10⁷")
        let score = try file.number(row, 2, name: "the score", in: 0...maximumScore, rangeText: "from 0 to 10⁹")
        return OPHSInstance.Point(x: x, y: y, score: score)
    }
}
