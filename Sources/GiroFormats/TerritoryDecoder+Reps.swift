import GiroModel

extension TerritoryDecoder {
    static let repKeys = [
        "id", "name", "home", "workingHours", "maximumWorkingMinutes", "daysOff", "break", "overnight",
        "speedFactor", "capacity",
    ]
    static let breakKeys = ["frameStart", "frameEnd", "minutes"]
    static let overnightKeys = [
        "allowedNights", "minimumDistanceMetres", "minimumDrivingMinutes", "maximumDriveToHotelMinutes", "hotels",
        "maximumConsecutiveNights", "maximumNightsPerWeek", "hotelChoice",
    ]

    /// Decodes the `reps` list and records the rep ids for later references.
    mutating func decodeReps(_ field: JSONField) throws(FormatError) -> [Rep] {
        let elements = try field.array()
        guard !elements.isEmpty else {
            throw field.error("reps is empty; a territory needs at least one rep")
        }

        var ids = UniqueIDs(kind: "rep")
        var reps: [Rep] = []
        for element in elements {
            let object = try element.object(keys: TerritoryDecoder.repKeys)
            let idField = try object.required("id", hint: "add a unique id such as \"rep-1\"")
            let id = try idField.identifier()
            try ids.insert(id, from: idField)
            reps.append(try decodeRep(object, id: id))
        }

        repPaths = ids.paths
        repIDs = ids.ordered
        return reps
    }

    private func decodeRep(_ object: JSONObject, id: String) throws(FormatError) -> Rep {
        let home = try LocationFormat.decode(object.required("home", hint: "add the rep's home location"), rule: locationRule)
        let workingHours = try decodeWorkingHours(
            object.required("workingHours", hint: "add hours per weekday, such as {\"mon\": {\"start\": \"08:00\", \"end\": \"17:00\"}}"))
        var rep = Rep(id: id, home: home, workingHours: workingHours)

        rep.name = try object.optional("name")?.string()
        if let field = object.optional("maximumWorkingMinutes") {
            rep.maximumWorkingTime = try field.minutes(in: FormatLimits.maximumWorkingMinutes)
        }
        if let field = object.optional("daysOff") {
            rep.daysOff = try decodeDateSet(field)
        }
        if let field = object.optional("break") {
            rep.breakRule = try decodeBreak(field)
        }
        if let field = object.optional("overnight") {
            rep.overnightRule = try decodeOvernight(field)
        }
        if let field = object.optional("speedFactor") {
            rep.speedFactor = try field.number(in: FormatLimits.speedFactor)
        }
        if let field = object.optional("capacity") {
            rep.capacity = try field.number(in: FormatLimits.load)
        }
        return rep
    }

    func decodeWorkingHours(_ field: JSONField) throws(FormatError) -> WorkingHours {
        let object = try field.object(keys: Weekday.allCases.map(\.key))
        var hours = WorkingHours()
        for day in Weekday.allCases {
            guard let dayField = object.optional(day.key) else { continue }
            hours[day] = try WindowFormat.decodeWindow(dayField, hint: "swap the times or fix the working hours")
        }
        return hours
    }

    func decodeDateSet(_ field: JSONField) throws(FormatError) -> Set<CalendarDate> {
        var dates: Set<CalendarDate> = []
        for element in try field.array() {
            let date = try element.date()
            guard dates.insert(date).inserted else {
                throw element.error("\(date) appears twice in \(field.name); remove the repeated date")
            }
        }
        return dates
    }

    func decodeBreak(_ field: JSONField) throws(FormatError) -> BreakRule {
        let object = try field.object(keys: TerritoryDecoder.breakKeys)
        let startField = try object.required("frameStart", hint: "add the earliest start of the break, \"HH:MM\"")
        let endField = try object.required("frameEnd", hint: "add the latest end of the break, \"HH:MM\"")
        let minutesField = try object.required("minutes", hint: "add the length of the break in minutes")
        let start = try startField.timeOfDay()
        let end = try endField.timeOfDay()
        let duration = try minutesField.minutes(in: FormatLimits.breakMinutes)

        let frame: TimeWindow
        do {
            frame = try ValueText.window(
                start: start, end: end, startName: "frameStart", endName: "frameEnd",
                hint: "swap the times or fix the frame")
        } catch {
            throw endField.error(error)
        }

        guard duration <= frame.length else {
            throw minutesField.error(
                "break of \(NumberText.minutes(fromSeconds: duration)) minutes does not fit its frame \(frame) "
                    + "(\(NumberText.minutes(fromSeconds: frame.length)) minutes); shorten the break or widen the frame")
        }
        return BreakRule(frame: frame, duration: duration)
    }

    func decodeOvernight(_ field: JSONField) throws(FormatError) -> OvernightRule {
        let object = try field.object(keys: TerritoryDecoder.overnightKeys)
        var rule = OvernightRule(allowedNights: [])

        if let nightsField = object.optional("allowedNights") {
            for element in try nightsField.array() {
                let day = try element.weekday()
                guard rule.allowedNights.insert(day).inserted else {
                    throw element.error("\(day.key) appears twice in allowedNights; remove the repeated weekday")
                }
            }
        }
        if let value = object.optional("minimumDistanceMetres") {
            rule.minimumDistanceFromHome = try value.number(in: FormatLimits.overnightDistance, unit: "metres")
        }
        if let value = object.optional("minimumDrivingMinutes") {
            rule.minimumDrivingTimeFromHome = try value.minutes(in: FormatLimits.overnightDrivingMinutes)
        }
        if let value = object.optional("maximumDriveToHotelMinutes") {
            rule.maximumDriveToHotel = try value.minutes(in: FormatLimits.driveToHotelMinutes)
        }
        if let value = object.optional("hotels") {
            rule.hotels = try decodeHotels(value)
        }
        if let value = object.optional("maximumConsecutiveNights") {
            rule.maximumConsecutiveNights = try value.wholeNumber(in: FormatLimits.consecutiveNights, unit: "nights")
        }
        if let value = object.optional("maximumNightsPerWeek") {
            rule.maximumNightsPerWeek = try value.wholeNumber(in: FormatLimits.nightsPerWeek, unit: "nights")
        }
        if let value = object.optional("hotelChoice") {
            rule.hotelChoice = try decodeHotelChoice(value)
        }
        return rule
    }

    /// Decodes `hotelChoice`, one of the raw values of `HotelChoice`.
    private func decodeHotelChoice(_ field: JSONField) throws(FormatError) -> HotelChoice {
        let names = HotelChoice.allCases.map(\.rawValue)
        let allowed = names.map { MessageText.quoted($0) }.joined(separator: " or ")
        guard case .string(let text) = field.node.value else {
            throw field.typeError(expected: allowed)
        }
        guard let choice = HotelChoice(rawValue: text) else {
            var message = "hotelChoice \(MessageText.quoted(text)) is not valid; use \(allowed)"
            if let nearest = KeySuggestion.nearest(to: text, among: names) {
                message = "hotelChoice \(MessageText.quoted(text)) is not valid; did you mean "
                    + "\(MessageText.quoted(nearest))? Use \(allowed)"
            }
            throw field.error(message)
        }
        return choice
    }

    private func decodeHotels(_ field: JSONField) throws(FormatError) -> [Hotel] {
        var ids = UniqueIDs(kind: "hotel")
        var hotels: [Hotel] = []
        for element in try field.array() {
            let object = try element.object(keys: ["id", "name", "location"])
            let idField = try object.required("id", hint: "add an id for the hotel")
            let id = try idField.identifier()
            try ids.insert(id, from: idField)
            let location = try LocationFormat.decode(
                object.required("location", hint: "add the hotel's location"), rule: locationRule)
            hotels.append(Hotel(id: id, name: try object.optional("name")?.string(), location: location))
        }
        return hotels
    }
}
