import GiroModel

extension TerritoryDecoder {
    static let appointmentKinds: [String: [String]] = [
        "fixed": ["date", "start"],
        "onDay": ["date", "earliest", "latest"],
        "inWeek": ["weekOf", "earliest", "latest"],
    ]
    static let appointmentKeys = [
        "id", "repId", "customerId", "location", "kind", "minutes", "date", "start", "earliest", "latest", "weekOf",
    ]

    /// Decodes the `appointments` list; needs reps and customers.
    func decodeAppointments(_ field: JSONField) throws(FormatError) -> [Appointment] {
        var ids = UniqueIDs(kind: "appointment")
        var appointments: [Appointment] = []
        for element in try field.array() {
            let object = try element.object(keys: TerritoryDecoder.appointmentKeys)
            let idField = try object.required("id", hint: "add a unique id such as \"a-1\"")
            let id = try idField.identifier()
            try ids.insert(id, from: idField)
            appointments.append(try decodeAppointment(object, id: id))
        }
        return appointments
    }

    private func decodeAppointment(_ object: JSONObject, id: String) throws(FormatError) -> Appointment {
        var repID: String?
        if let field = object.optional("repId") {
            repID = try repReference(field)
        }

        var customerID: String?
        if let field = object.optional("customerId") {
            customerID = try customerReference(field)
        }

        var location: Location?
        if let field = object.optional("location") {
            guard customerID == nil else {
                throw field.error(
                    "appointment \(MessageText.quoted(id)) has both customerId and location; keep customerId to meet "
                        + "the customer at its location, or location for another address")
            }
            location = try LocationFormat.decode(field, rule: locationRule)
        }

        if repID == nil, customerID == nil, repIDs.count > 1 {
            throw object.error(
                "appointment \(MessageText.quoted(id)) has neither repId nor customerId, but the territory has \(repIDs.count) reps; "
                    + "add \"repId\"")
        }

        let minutesField = try object.required("minutes", hint: "add the length of the appointment in minutes")
        let duration = try minutesField.minutes(in: FormatLimits.appointmentMinutes)
        let (kind, window) = try decodeAppointmentTiming(object, duration: duration, minutesField: minutesField)

        return Appointment(
            id: id, repID: repID, customerID: customerID, location: location, kind: kind, window: window,
            duration: duration)
    }

    /// Reads `kind` and the keys that belong to it, and returns the kind
    /// with the appointment's window.
    private func decodeAppointmentTiming(
        _ object: JSONObject, duration: Int, minutesField: JSONField
    ) throws(FormatError) -> (Appointment.Kind, TimeWindow) {
        let kindField = try object.required("kind", hint: "add \"fixed\", \"onDay\" or \"inWeek\"")
        let kindName = try kindField.string()
        let kinds = ["fixed", "onDay", "inWeek"]
        guard let ownKeys = TerritoryDecoder.appointmentKinds[kindName] else {
            throw kindField.error(
                "kind \(MessageText.quoted(kindName)) is not an appointment kind; " + KeySuggestion.hint(for: kindName, among: kinds))
        }
        for key in ["date", "start", "earliest", "latest", "weekOf"] where !ownKeys.contains(key) {
            if let stray = object.optional(key) {
                throw stray.error(
                    "key \"\(key)\" does not belong to a \(kindName) appointment; remove it, "
                        + "or change kind (a \(kindName) appointment uses \(ownKeys.joined(separator: ", ")))",
                    value: key)
            }
        }

        switch kindName {
        case "fixed":
            let date = try object.required("date", hint: "add the date of the appointment").date()
            let startField = try object.required("start", hint: "add the start time, \"HH:MM\"")
            let start = try startField.timeOfDay()
            guard start + duration <= ValueText.latestTimeOfDay else {
                throw minutesField.error(
                    "the appointment from \(ClockTime.format(start)) lasting \(NumberText.minutes(fromSeconds: duration)) "
                        + "minutes ends after 48:00; start it earlier or shorten it")
            }
            return (.fixed(date: date), TimeWindow(start: start, end: start + duration))
        case "onDay":
            let date = try object.required("date", hint: "add the date of the appointment").date()
            let window = try decodeFlexibleWindow(object, duration: duration)
            return (.onDay(date: date), window)
        default:
            let weekOf = try object.required("weekOf", hint: "add a date in the week of the appointment").date()
            let window = try decodeFlexibleWindow(object, duration: duration)
            return (.inWeek(weekStart: weekOf.startOfWeek), window)
        }
    }

    /// The window from `earliest` (default 00:00) to `latest` (default
    /// 24:00), which must hold the whole appointment.
    private func decodeFlexibleWindow(_ object: JSONObject, duration: Int) throws(FormatError) -> TimeWindow {
        let earliestField = object.optional("earliest")
        let latestField = object.optional("latest")
        let earliest = try earliestField?.timeOfDay() ?? 0
        let latest = try latestField?.timeOfDay() ?? ClockTime.secondsPerDay
        let blame = latestField ?? earliestField ?? object.field

        let window: TimeWindow
        do {
            window = try ValueText.window(
                start: earliest, end: latest, startName: "earliest", endName: "latest",
                hint: "swap the times or fix the window")
        } catch {
            throw blame.error(error)
        }

        guard window.length >= duration else {
            throw blame.error(
                "the window \(window) is \(NumberText.minutes(fromSeconds: window.length)) minutes long, shorter "
                    + "than the appointment's \(NumberText.minutes(fromSeconds: duration)) minutes; "
                    + "widen the window or shorten the appointment")
        }
        return window
    }

    /// Decodes the `reservations` list; needs the customers.
    func decodeReservations(_ field: JSONField) throws(FormatError) -> [Reservation] {
        var ids = UniqueIDs(kind: "reservation")
        var reservations: [Reservation] = []
        for element in try field.array() {
            let object = try element.object(keys: ["id", "customerId"])
            let idField = try object.required("id", hint: "add a unique id such as \"r-1\"")
            let id = try idField.identifier()
            try ids.insert(id, from: idField)
            let customerID = try customerReference(object.required("customerId", hint: "add the customer to visit"))
            reservations.append(Reservation(id: id, customerID: customerID))
        }
        return reservations
    }

    /// Decodes the `visitHistory` list; needs the customers.
    func decodeVisitHistory(_ field: JSONField) throws(FormatError) -> [PastVisit] {
        var visits: [PastVisit] = []
        for element in try field.array() {
            let object = try element.object(keys: ["customerId", "date", "time"])
            let customerID = try customerReference(object.required("customerId", hint: "add the customer visited"))
            let date = try object.required("date", hint: "add the date of the visit").date()
            let time = try object.optional("time")?.timeOfDay()
            visits.append(PastVisit(customerID: customerID, date: date, time: time))
        }
        return visits
    }
}
