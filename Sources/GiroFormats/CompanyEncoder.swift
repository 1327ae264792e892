import GiroCompany
import GiroModel

/// Turns a `Company` into the JSON of a company file.
///
/// Every value is written, defaults included, except optional values that
/// are nil. Settings objects hold only what their level sets, because a
/// missing key means "inherit". Empty lists are written as `[]`.
enum CompanyEncoder {
    static func encode(_ company: Company) -> JSONOutput {
        var members: [String: JSONOutput] = [
            "planningStart": .string(ValueText.format(company.planningStart)),
            "travel": TravelFormat.encode(company.travel),
            "settings": encodeSettings(company.settings),
            "groups": .array(company.groups.map(encodeGroup)),
            "reps": .array(company.reps.map(encodeRep)),
            "customers": .array(company.customers.map(encodeCustomer)),
            "appointments": .array(company.appointments.map(TerritoryEncoder.encodeAppointment)),
            "reservations": .array(
                company.reservations.map { .object(["id": .string($0.id), "customerId": .string($0.customerID)]) }),
            "visitHistory": .array(company.visitHistory.map(TerritoryEncoder.encodePastVisit)),
            "users": .array(company.users.map(encodeUser)),
            "permissions": encodePermissions(company.permissions),
            "healthThresholds": .object(company.healthThresholds.mapValues(JSONOutput.number)),
        ]
        members["name"] = company.name.map(JSONOutput.string)
        members["startLocation"] = company.startLocation.map(LocationFormat.encode)
        members["startTime"] = company.startTime.map { .string(ClockTime.format($0)) }
        members["endLocation"] = company.endLocation.map(LocationFormat.encode)
        return .object(members)
    }

    private static func encodeGroup(_ group: RepGroup) -> JSONOutput {
        var members: [String: JSONOutput] = [
            "id": .string(group.id),
            "settings": encodeSettings(group.settings),
        ]
        members["name"] = group.name.map(JSONOutput.string)
        return .object(members)
    }

    private static func encodeRep(_ rep: CompanyRep) -> JSONOutput {
        var members: [String: JSONOutput] = [
            "id": .string(rep.id),
            "groupId": .string(rep.groupID),
            "home": LocationFormat.encode(rep.home),
            "daysOff": .array(rep.daysOff.sorted().map { .string(ValueText.format($0)) }),
            "settings": encodeSettings(rep.settings),
        ]
        members["name"] = rep.name.map(JSONOutput.string)
        members["capacity"] = rep.capacity.map(JSONOutput.number)
        return .object(members)
    }

    private static func encodeCustomer(_ customer: CompanyCustomer) -> JSONOutput {
        let blocks = customer.blocks.map { block in
            JSONOutput.object(["from": .string(ValueText.format(block.first)), "to": .string(ValueText.format(block.last))])
        }

        var members: [String: JSONOutput] = [
            "id": .string(customer.id),
            "repId": .string(customer.repID),
            "location": LocationFormat.encode(customer.location),
            "blocks": .array(blocks),
            "demand": .number(customer.demand),
            "settings": encodeSettings(customer.settings),
        ]
        members["name"] = customer.name.map(JSONOutput.string)
        members["lastVisit"] = customer.lastVisit.map { .string(ValueText.format($0)) }
        members["priorityClass"] = customer.priorityClass.map(JSONOutput.string)
        members["priority"] = customer.priority.map(JSONOutput.number)
        members["activationDate"] = customer.activationDate.map { .string(ValueText.format($0)) }
        members["preferredWindows"] = customer.preferredWindows.map(WindowFormat.encodeWeek)
        return .object(members)
    }

    /// Writes `groupIds` and `repId` whenever the user has them, whatever its
    /// role, so that a user that breaks the role rules fails to decode rather
    /// than losing a field.
    private static func encodeUser(_ user: User) -> JSONOutput {
        var members: [String: JSONOutput] = [
            "id": .string(user.id),
            "role": .string(user.role.rawValue),
        ]
        members["name"] = user.name.map(JSONOutput.string)
        if !user.groupIDs.isEmpty {
            members["groupIds"] = .array(user.groupIDs.sorted().map(JSONOutput.string))
        }
        members["repId"] = user.repID.map(JSONOutput.string)
        return .object(members)
    }

    /// Writes the level of every operation, defaults included.
    private static func encodePermissions(_ policy: PermissionPolicy) -> JSONOutput {
        var members: [String: JSONOutput] = [:]
        for operation in Operation.allCases {
            members[operation.rawValue] = .string(policy[operation].rawValue)
        }
        return .object(members)
    }

    /// Writes the values a level sets and, when it locks keys, `locked`.
    static func encodeSettings(_ layer: SettingsLayer) -> JSONOutput {
        var members: [String: JSONOutput] = [:]
        for (key, value) in layer.values {
            members[key.rawValue] = encodeValue(value)
        }
        if !layer.locks.isEmpty {
            members["locked"] = .array(layer.locks.sorted().map { .string($0.rawValue) })
        }
        return .object(members)
    }

    /// Writes one setting value in file units: durations in minutes, times
    /// as `HH:MM`, and null for no break or no overnight rule.
    static func encodeValue(_ value: SettingValue) -> JSONOutput {
        switch value {
        case .integer(let number):
            return .integer(number)
        case .number(let number):
            return .number(number)
        case .duration(let seconds):
            return .minutes(seconds)
        case .workingHours(let hours):
            var days: [String: JSONOutput] = [:]
            for day in Weekday.allCases {
                if let window = hours[day] {
                    days[day.key] = WindowFormat.encodeWindow(window)
                }
            }
            return .object(days)
        case .breakRule(let rule):
            guard let rule else { return .null }
            return .object([
                "frameStart": .string(ClockTime.format(rule.frame.start)),
                "frameEnd": .string(ClockTime.format(rule.frame.end)),
                "minutes": .minutes(rule.duration),
            ])
        case .overnightRule(let rule):
            guard let rule else { return .null }
            return TerritoryEncoder.encodeOvernight(rule)
        case .windows(let week):
            return WindowFormat.encodeWeek(week)
        case .adherence(let adherence):
            return .string(adherence.rawValue)
        case .priorityClasses(let classes):
            return .object(classes.mapValues(JSONOutput.number))
        }
    }
}
