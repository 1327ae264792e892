import GiroModel

/// Reading and writing of the `travel` object: the road, matrix or Euclidean
/// model.
enum TravelFormat {
    static let modelKeys: [String: [String]] = [
        "road": ["roadFactor", "speedCurve"],
        "matrix": ["durations", "distances"],
        "euclidean": ["secondsPerUnit", "truncateToOneDecimal"],
    ]
    static let models = ["road", "matrix", "euclidean"]
    static let keys = ["model"] + models.flatMap { modelKeys[$0] ?? [] }

    static func decode(_ field: JSONField) throws(FormatError) -> TravelSpecification {
        let object = try field.object(keys: keys)
        let modelField = try object.required("model", hint: "add \"road\", \"matrix\" or \"euclidean\"")
        let model = try modelField.string()
        guard modelKeys[model] != nil else {
            throw modelField.error(
                "model \(MessageText.quoted(model)) is not a travel model; " + KeySuggestion.hint(for: model, among: models))
        }

        // Keys of another model are almost always a mistake in `model`.
        for (otherModel, otherKeys) in modelKeys where otherModel != model {
            for key in otherKeys {
                if let stray = object.optional(key) {
                    throw stray.error(
                        "key \"\(key)\" belongs to the \(otherModel) model, but model is \(MessageText.quoted(model)); "
                            + "remove it or change the model",
                        value: key)
                }
            }
        }

        switch model {
        case "matrix":
            return try decodeMatrix(object)
        case "euclidean":
            return try decodeEuclidean(object)
        default:
            return try decodeRoad(object)
        }
    }

    private static func decodeRoad(_ object: JSONObject) throws(FormatError) -> TravelSpecification {
        var parameters = RoadParameters.standard
        if let field = object.optional("roadFactor") {
            parameters.roadFactor = try field.number(in: FormatLimits.roadFactor)
        }

        if let field = object.optional("speedCurve") {
            let points = try field.array()
            guard !points.isEmpty else {
                throw field.error("speedCurve is empty; give at least one point, or leave it out for the standard curve")
            }
            var curve: [SpeedPoint] = []
            for pointField in points {
                let point = try pointField.object(keys: ["distanceMetres", "speedKmh"])
                let distanceField = try point.required("distanceMetres")
                let distance = try distanceField.number(in: FormatLimits.speedCurveDistance, unit: "metres")
                let speed = try point.required("speedKmh").number(in: FormatLimits.speedKmh, unit: "km/h")
                if let previous = curve.last, distance <= previous.distance {
                    throw distanceField.error(
                        "distanceMetres \(NumberText.format(distance)) is not greater than the previous point's "
                            + "\(NumberText.format(previous.distance)); sort the points by increasing distance")
                }
                curve.append(SpeedPoint(distance: distance, speed: speed))
            }
            parameters.speedCurve = curve
        }
        return .road(parameters)
    }

    private static func decodeMatrix(_ object: JSONObject) throws(FormatError) -> TravelSpecification {
        let durationsField = try object.required("durations", hint: "add the driving times in seconds, one row per origin")
        let durationRows = try squareMatrix(durationsField, size: nil, range: FormatLimits.matrixSeconds, unit: "seconds")
        let distancesField = try object.required("distances", hint: "add the distances in metres, one row per origin")
        let distances = try squareMatrix(
            distancesField, size: durationRows.count, range: FormatLimits.matrixMetres, unit: "metres")

        let durations = durationRows.map { row in row.map { Int($0.rounded()) } }
        return .matrix(durations: durations, distances: distances)
    }

    /// Reads a square matrix of numbers; `size` is the required size, or nil
    /// when the matrix itself sets it.
    private static func squareMatrix(
        _ field: JSONField, size: Int?, range: NumberRange, unit: String
    ) throws(FormatError) -> [[Double]] {
        let rows = try field.array()
        guard !rows.isEmpty else {
            throw field.error("\(field.name) is empty; give one row per location")
        }
        if let size, rows.count != size {
            throw field.error(
                "\(field.name) has \(rows.count) rows but durations has \(size); both matrices must be the same size")
        }

        var matrix: [[Double]] = []
        for rowField in rows {
            let cells = try rowField.array()
            guard cells.count == rows.count else {
                throw rowField.error(
                    "row has \(cells.count) entries but \(field.name) has \(rows.count) rows; "
                        + "the matrix must be square, with one entry per location in every row")
            }
            var row: [Double] = []
            for cell in cells {
                row.append(try cell.number(in: range, unit: unit))
            }
            matrix.append(row)
        }
        return matrix
    }

    private static func decodeEuclidean(_ object: JSONObject) throws(FormatError) -> TravelSpecification {
        let secondsPerUnit = try object.required("secondsPerUnit", hint: "add the seconds of driving per unit of distance")
            .number(in: FormatLimits.secondsPerUnit)
        let truncates = try object.optional("truncateToOneDecimal")?.bool() ?? false
        return .euclidean(EuclideanParameters(secondsPerUnit: secondsPerUnit, truncatesToOneDecimal: truncates))
    }

    static func encode(_ travel: TravelSpecification) -> JSONOutput {
        switch travel {
        case .road(let parameters):
            let curve = parameters.speedCurve.map { point in
                JSONOutput.object(["distanceMetres": .number(point.distance), "speedKmh": .number(point.speed)])
            }
            return .object([
                "model": .string("road"),
                "roadFactor": .number(parameters.roadFactor),
                "speedCurve": .array(curve),
            ])
        case .matrix(let durations, let distances):
            return .object([
                "model": .string("matrix"),
                "durations": .array(durations.map { row in .array(row.map(JSONOutput.integer)) }),
                "distances": .array(distances.map { row in .array(row.map(JSONOutput.number)) }),
            ])
        case .euclidean(let parameters):
            return .object([
                "model": .string("euclidean"),
                "secondsPerUnit": .number(parameters.secondsPerUnit),
                "truncateToOneDecimal": .bool(parameters.truncatesToOneDecimal),
            ])
        }
    }
}

/// Reading and writing of the `settings` object.
enum SettingsFormat {
    static let keys = ["dueAfter", "drivingTimeWeight", "distanceWeight", "cadenceWeight", "routeWeight", "nightCost"]

    static func decode(_ field: JSONField) throws(FormatError) -> PlanningSettings {
        let object = try field.object(keys: keys)
        var settings = PlanningSettings()
        if let value = object.optional("dueAfter") {
            settings.dueAfter = try value.number(in: FormatLimits.ratio)
        }
        if let value = object.optional("drivingTimeWeight") {
            settings.drivingTimeWeight = try value.number(in: FormatLimits.weight)
        }
        if let value = object.optional("distanceWeight") {
            settings.distanceWeight = try value.number(in: FormatLimits.weight)
        }
        if let value = object.optional("cadenceWeight") {
            settings.cadenceWeight = try value.number(in: FormatLimits.weight)
        }
        if let value = object.optional("routeWeight") {
            settings.routeWeight = try value.number(in: FormatLimits.weight)
        }
        if let value = object.optional("nightCost") {
            settings.nightCost = try value.number(in: FormatLimits.weight, unit: "seconds of driving")
        }
        return settings
    }

    static func encode(_ settings: PlanningSettings) -> JSONOutput {
        .object([
            "dueAfter": .number(settings.dueAfter),
            "drivingTimeWeight": .number(settings.drivingTimeWeight),
            "distanceWeight": .number(settings.distanceWeight),
            "cadenceWeight": .number(settings.cadenceWeight),
            "routeWeight": .number(settings.routeWeight),
            "nightCost": .number(settings.nightCost),
        ])
    }
}
