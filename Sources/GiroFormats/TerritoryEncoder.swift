import GiroModel

/// Turns a `Territory` into the JSON of a territory file.
///
/// Every value is written, defaults included, except optional values that
/// are nil and opening hours that are open all day, every day. Empty lists
/// are written as `[]`.
enum TerritoryEncoder {
    static func encode(_ territory: Territory) -> JSONOutput {
        var members: [String: JSONOutput] = [
            "horizon": HorizonFormat.encode(territory.horizon),
            "travel": TravelFormat.encode(territory.travel),
            "settings": SettingsFormat.encode(territory.settings),
            "reps": .array(territory.reps.map(encodeRep)),
            "customers": .array(territory.customers.map(encodeCustomer)),
            "appointments": .array(territory.appointments.map(encodeAppointment)),
            "reservations": .array(
                territory.reservations.map { .object(["id": .string($0.id), "customerId": .string($0.customerID)]) }),
            "visitHistory": .array(territory.visitHistory.map(encodePastVisit)),
        ]
        if let name = territory.name {
            members["name"] = .string(name)
        }
        return .object(members)
    }

    private static func encodeRep(_ rep: Rep) -> JSONOutput {
        var hours: [String: JSONOutput] = [:]
        for day in Weekday.allCases {
            if let window = rep.workingHours[day] {
                hours[day.key] = WindowFormat.encodeWindow(window)
            }
        }

        var members: [String: JSONOutput] = [
            "id": .string(rep.id),
            "home": LocationFormat.encode(rep.home),
            "workingHours": .object(hours),
            "daysOff": .array(rep.daysOff.sorted().map { .string(ValueText.format($0)) }),
            "speedFactor": .number(rep.speedFactor),
        ]
        members["name"] = rep.name.map(JSONOutput.string)
        members["maximumWorkingMinutes"] = rep.maximumWorkingTime.map(JSONOutput.minutes)
        members["capacity"] = rep.capacity.map(JSONOutput.number)
        if let rule = rep.breakRule {
            members["break"] = .object([
                "frameStart": .string(ClockTime.format(rule.frame.start)),
                "frameEnd": .string(ClockTime.format(rule.frame.end)),
                "minutes": .minutes(rule.duration),
            ])
        }
        if let rule = rep.overnightRule {
            members["overnight"] = encodeOvernight(rule)
        }
        return .object(members)
    }

    static func encodeOvernight(_ rule: OvernightRule) -> JSONOutput {
        let hotels = rule.hotels.map { hotel in
            var members: [String: JSONOutput] = ["id": .string(hotel.id), "location": LocationFormat.encode(hotel.location)]
            members["name"] = hotel.name.map(JSONOutput.string)
            return JSONOutput.object(members)
        }

        var members: [String: JSONOutput] = [
            "allowedNights": .array(rule.allowedNights.sorted().map { .string($0.key) }),
            "maximumDriveToHotelMinutes": .minutes(rule.maximumDriveToHotel),
            "hotels": .array(hotels),
            "hotelChoice": .string(rule.hotelChoice.rawValue),
        ]
        members["minimumDistanceMetres"] = rule.minimumDistanceFromHome.map(JSONOutput.number)
        members["minimumDrivingMinutes"] = rule.minimumDrivingTimeFromHome.map(JSONOutput.minutes)
        members["maximumConsecutiveNights"] = rule.maximumConsecutiveNights.map(JSONOutput.integer)
        members["maximumNightsPerWeek"] = rule.maximumNightsPerWeek.map(JSONOutput.integer)
        return .object(members)
    }

    private static func encodeCustomer(_ customer: Customer) -> JSONOutput {
        let blocks = customer.blocks.map { block in
            JSONOutput.object(["from": .string(ValueText.format(block.first)), "to": .string(ValueText.format(block.last))])
        }

        var members: [String: JSONOutput] = [
            "id": .string(customer.id),
            "location": LocationFormat.encode(customer.location),
            "visitMinutes": .minutes(customer.visitDuration),
            "setupMinutes": .minutes(customer.setupDuration),
            "adherence": .string(customer.adherence.rawValue),
            "priority": .number(customer.priority),
            "blocks": .array(blocks),
            "demand": .number(customer.demand),
        ]
        members["name"] = customer.name.map(JSONOutput.string)
        members["repId"] = customer.repID.map(JSONOutput.string)
        if customer.openingHours != .always {
            members["openingHours"] = WindowFormat.encodeWeek(customer.openingHours)
        }
        members["preferredWindows"] = customer.preferredWindows.map(WindowFormat.encodeWeek)
        members["cadenceDays"] = customer.cadenceDays.map(JSONOutput.integer)
        members["lastVisit"] = customer.lastVisit.map { .string(ValueText.format($0)) }
        members["activationDate"] = customer.activationDate.map { .string(ValueText.format($0)) }
        members["dueAfter"] = customer.dueAfter.map(JSONOutput.number)
        if !customer.visitPatterns.isEmpty {
            members["visitPatterns"] = .array(
                customer.visitPatterns.map { pattern in .array(pattern.map { .string(ValueText.format($0)) }) })
        }
        return .object(members)
    }

    static func encodeAppointment(_ appointment: Appointment) -> JSONOutput {
        var members: [String: JSONOutput] = [
            "id": .string(appointment.id),
            "minutes": .minutes(appointment.duration),
        ]
        members["repId"] = appointment.repID.map(JSONOutput.string)
        members["customerId"] = appointment.customerID.map(JSONOutput.string)
        members["location"] = appointment.location.map(LocationFormat.encode)

        let earliest = JSONOutput.string(ClockTime.format(appointment.window.start))
        let latest = JSONOutput.string(ClockTime.format(appointment.window.end))
        switch appointment.kind {
        case .fixed(let date):
            // The file has no end for a fixed appointment: it ends `minutes`
            // after `start`, as the decoder builds it.
            members["kind"] = .string("fixed")
            members["date"] = .string(ValueText.format(date))
            members["start"] = earliest
        case .onDay(let date):
            members["kind"] = .string("onDay")
            members["date"] = .string(ValueText.format(date))
            members["earliest"] = earliest
            members["latest"] = latest
        case .inWeek(let weekStart):
            members["kind"] = .string("inWeek")
            members["weekOf"] = .string(ValueText.format(weekStart))
            members["earliest"] = earliest
            members["latest"] = latest
        }
        return .object(members)
    }

    static func encodePastVisit(_ visit: PastVisit) -> JSONOutput {
        var members: [String: JSONOutput] = [
            "customerId": .string(visit.customerID),
            "date": .string(ValueText.format(visit.date)),
        ]
        members["time"] = visit.time.map { .string(ClockTime.format($0)) }
        return .object(members)
    }
}
