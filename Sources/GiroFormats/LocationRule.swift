import GiroModel

/// The coordinates that every location of a file must carry, decided by the
/// travel model.
enum LocationRule: Hashable, Sendable {
    /// Latitude and longitude, for the road model.
    case geographic
    /// x and y, for the Euclidean model.
    case planar
    /// A matrix index below `size`, for the matrix model; coordinates optional.
    case matrix(size: Int)
    /// Any of the forms above; plans carry locations as they were planned.
    case any

    init(_ travel: TravelSpecification) {
        switch travel {
        case .road: self = .geographic
        case .euclidean: self = .planar
        case .matrix(let durations, _): self = .matrix(size: durations.count)
        }
    }
}

/// Reading and writing of locations: `{"latitude", "longitude"}` or
/// `{"x", "y"}`, each with an optional `matrixIndex`, or `matrixIndex` alone.
enum LocationFormat {
    static let keys = ["latitude", "longitude", "x", "y", "matrixIndex"]

    static func decode(_ field: JSONField, rule: LocationRule) throws(FormatError) -> Location {
        let object = try field.object(keys: keys)
        let isGeographic = object.contains("latitude") || object.contains("longitude")
        let isPlanar = object.contains("x") || object.contains("y")

        guard !(isGeographic && isPlanar) else {
            throw object.error(
                "the location mixes latitude/longitude with x/y; give only one pair")
        }

        var coordinate = Coordinate.none
        if isGeographic {
            let latitude = try object.required("latitude", hint: "add it next to \"longitude\"")
                .number(in: FormatLimits.latitude, unit: "degrees")
            let longitude = try object.required("longitude", hint: "add it next to \"latitude\"")
                .number(in: FormatLimits.longitude, unit: "degrees")
            coordinate = .geographic(latitude: latitude, longitude: longitude)
        } else if isPlanar {
            let x = try object.required("x", hint: "add it next to \"y\"").number(in: FormatLimits.planarCoordinate)
            let y = try object.required("y", hint: "add it next to \"x\"").number(in: FormatLimits.planarCoordinate)
            coordinate = .planar(x: x, y: y)
        }

        var matrixIndex: Int?
        if let indexField = object.optional("matrixIndex") {
            let index = try indexField.wholeNumber(in: 0...Int(Int32.max))
            if case .matrix(let size) = rule, index >= size {
                throw indexField.error(
                    "matrixIndex \(index) is out of range for the \(size) × \(size) travel matrix; "
                        + "use 0 to \(size - 1)")
            }
            matrixIndex = index
        }

        try check(coordinate: coordinate, matrixIndex: matrixIndex, rule: rule, object: object)
        return Location(coordinate: coordinate, matrixIndex: matrixIndex)
    }

    private static func check(
        coordinate: Coordinate, matrixIndex: Int?, rule: LocationRule, object: JSONObject
    ) throws(FormatError) {
        var presentCoordinates = "only matrixIndex"
        switch coordinate {
        case .geographic: presentCoordinates = "latitude and longitude"
        case .planar: presentCoordinates = "x and y"
        case .none: break
        }

        switch (rule, coordinate) {
        case (.geographic, .geographic), (.planar, .planar):
            return
        case (.geographic, _):
            throw object.error(
                "the road travel model needs latitude and longitude on every location, but this one has "
                    + "\(presentCoordinates); add them, or choose the travel model that fits these coordinates")
        case (.planar, _):
            throw object.error(
                "the Euclidean travel model needs x and y on every location, but this one has \(presentCoordinates); "
                    + "add them, or choose the travel model that fits these coordinates")
        case (.matrix, _):
            guard matrixIndex != nil else {
                throw object.error("the matrix travel model needs \"matrixIndex\" on every location; add it")
            }
        case (.any, .none):
            guard matrixIndex != nil else {
                throw object.error("the location is empty; give latitude and longitude, x and y, or matrixIndex")
            }
        case (.any, _):
            return
        }
    }

    static func encode(_ location: Location) -> JSONOutput {
        var members: [String: JSONOutput] = [:]
        switch location.coordinate {
        case .geographic(let latitude, let longitude):
            members["latitude"] = .number(latitude)
            members["longitude"] = .number(longitude)
        case .planar(let x, let y):
            members["x"] = .number(x)
            members["y"] = .number(y)
        case .none:
            break
        }
        if let matrixIndex = location.matrixIndex {
            members["matrixIndex"] = .integer(matrixIndex)
        }
        return .object(members)
    }
}
