import GiroModel

/// Reading and writing of the `horizon` object, shared by territory and plan
/// files.
enum HorizonFormat {
    static let keys = ["start", "days", "startLocation", "startTime", "endLocation"]

    /// Decodes a horizon; `planTimes` accepts plan clock times with any
    /// number of hours for `startTime`.
    static func decode(_ field: JSONField, rule: LocationRule, planTimes: Bool = false) throws(FormatError) -> Horizon {
        let object = try field.object(keys: keys)
        let start = try object.required("start", hint: "add the first planned date, \"YYYY-MM-DD\"").date()
        let days = try object.required("days", hint: "add the number of days to plan")
            .wholeNumber(in: FormatLimits.horizonDays, unit: "days")
        var startLocation: Location?
        if let locationField = object.optional("startLocation") {
            startLocation = try LocationFormat.decode(locationField, rule: rule)
        }

        var startTime: Int?
        if let timeField = object.optional("startTime") {
            startTime = planTimes ? try timeField.planClockTime() : try timeField.timeOfDay()
        }
        var endLocation: Location?
        if let locationField = object.optional("endLocation") {
            endLocation = try LocationFormat.decode(locationField, rule: rule)
        }
        return Horizon(
            start: start, days: days, startLocation: startLocation, startTime: startTime, endLocation: endLocation)
    }

    static func encode(_ horizon: Horizon) -> JSONOutput {
        var members: [String: JSONOutput] = [
            "start": .string(ValueText.format(horizon.start)),
            "days": .integer(horizon.days),
        ]
        if let location = horizon.startLocation {
            members["startLocation"] = LocationFormat.encode(location)
        }
        if let time = horizon.startTime {
            members["startTime"] = .string(ClockTime.format(time))
        }
        if let location = horizon.endLocation {
            members["endLocation"] = LocationFormat.encode(location)
        }
        return .object(members)
    }
}
