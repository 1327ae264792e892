import GiroCompany
import GiroModel

/// Converts a territory into a company with one group `default`, so that a
/// territory file can be read as a company file.
///
/// Rep data that the company takes from settings (working hours, break,
/// overnight rule, maximum working time, speed factor) becomes rep-level
/// settings. Each customer's visit duration, setup, cadence (0 for a manual
/// customer) and adherence become customer-level settings, as do its opening
/// hours unless it is open all day, every day, and its `dueAfter` when it has
/// one. The territory's planning settings and horizon length become company
/// settings. `Company.territory(forRep:)` gives the territory back, apart
/// from the differences listed in `docs/company-format.md`.
enum CompanyTerritoryConversion {
    static let groupID = "default"
    static let adminID = "admin"

    /// Converts `territory`, decoded from `file`, whose fields are used to
    /// place errors.
    ///
    /// - Throws: `FormatError` for a value that no company setting can hold:
    ///   a maximum working time above 24 hours, or a route weight other
    ///   than 0.
    static func company(from territory: Territory, file: JSONField) throws(FormatError) -> Company {
        guard territory.settings.routeWeight == 0 else {
            throw locate(["settings", "routeWeight"], in: file).error(
                "routeWeight must be 0 to read a territory as a company, because companies have no route weight; "
                    + "remove routeWeight or set it to 0")
        }

        var company = Company(
            name: territory.name, planningStart: territory.horizon.start, startLocation: territory.horizon.startLocation,
            startTime: territory.horizon.startTime, endLocation: territory.horizon.endLocation,
            travel: territory.travel,
            groups: [RepGroup(id: groupID)], reservations: territory.reservations,
            visitHistory: territory.visitHistory, users: [User(id: adminID, role: .admin)])
        company.settings = try companySettings(of: territory, file: file)

        for (index, rep) in territory.reps.enumerated() {
            company.reps.append(try companyRep(rep, file: file, index: index))
        }
        let onlyRepID = territory.reps.count == 1 ? territory.reps[0].id : nil
        for (index, customer) in territory.customers.enumerated() {
            company.customers.append(try companyCustomer(customer, onlyRepID: onlyRepID, file: file, index: index))
        }

        let repOfCustomer = Dictionary(company.customers.map { ($0.id, $0.repID) }) { first, _ in first }
        company.appointments = territory.appointments.map { appointment in
            var owned = appointment
            owned.repID = appointment.repID ?? appointment.customerID.flatMap { repOfCustomer[$0] } ?? onlyRepID
            return owned
        }
        return company
    }

    private static func companySettings(of territory: Territory, file: JSONField) throws(FormatError) -> SettingsLayer {
        let planning = territory.settings
        let values: [(SettingKey, SettingValue, [String])] = [
            (.dueAfter, .number(planning.dueAfter), ["settings", "dueAfter"]),
            (.drivingTimeWeight, .number(planning.drivingTimeWeight), ["settings", "drivingTimeWeight"]),
            (.distanceWeightPerKilometre, .number(planning.distanceWeight * 1000), ["settings", "distanceWeight"]),
            (.cadenceWeight, .number(planning.cadenceWeight), ["settings", "cadenceWeight"]),
            (.nightCost, .number(planning.nightCost), ["settings", "nightCost"]),
            (.horizonDays, .integer(territory.horizon.days), ["horizon", "days"]),
        ]
        return try layer(values, file: file, prefix: [])
    }

    private static func companyRep(_ rep: Rep, file: JSONField, index: Int) throws(FormatError) -> CompanyRep {
        let values: [(SettingKey, SettingValue, [String])] = [
            (.workingHours, .workingHours(rep.workingHours), ["workingHours"]),
            (.maximumWorkingTime, .duration(rep.maximumWorkingTime ?? 0), ["maximumWorkingMinutes"]),
            (.breakRule, .breakRule(rep.breakRule), ["break"]),
            (.overnightRule, .overnightRule(rep.overnightRule), ["overnight"]),
            (.speedFactor, .number(rep.speedFactor), ["speedFactor"]),
        ]
        let settings = try layer(values, file: file, prefix: [.key("reps"), .index(index)])
        return CompanyRep(
            id: rep.id, name: rep.name, groupID: groupID, home: rep.home, daysOff: rep.daysOff, capacity: rep.capacity,
            settings: settings)
    }

    private static func companyCustomer(
        _ customer: Customer, onlyRepID: String?, file: JSONField, index: Int
    ) throws(FormatError) -> CompanyCustomer {
        var values: [(SettingKey, SettingValue, [String])] = [
            (.visitDuration, .duration(customer.visitDuration), ["visitMinutes"]),
            (.setupDuration, .duration(customer.setupDuration), ["setupMinutes"]),
            (.cadenceDays, .integer(customer.cadenceDays ?? 0), ["cadenceDays"]),
            (.adherence, .adherence(customer.adherence), ["adherence"]),
        ]
        if customer.openingHours != .always {
            values.append((.openingHours, .windows(customer.openingHours), ["openingHours"]))
        }
        if let dueAfter = customer.dueAfter {
            values.append((.dueAfter, .number(dueAfter), ["dueAfter"]))
        }
        let settings = try layer(values, file: file, prefix: [.key("customers"), .index(index)])

        // The territory decoder requires a repId whenever there are several
        // reps, so a customer without one has the only rep.
        return CompanyCustomer(
            id: customer.id, name: customer.name, repID: customer.repID ?? onlyRepID ?? "", location: customer.location,
            lastVisit: customer.lastVisit, priority: customer.priority, blocks: customer.blocks,
            activationDate: customer.activationDate, preferredWindows: customer.preferredWindows,
            demand: customer.demand, settings: settings)
    }

    /// Builds a settings layer after checking each value with
    /// `SettingKey.problem(with:)`; a rejected value is reported at its
    /// territory key, found below `prefix`.
    private static func layer(
        _ values: [(SettingKey, SettingValue, [String])], file: JSONField, prefix: [JSONPath.Component]
    ) throws(FormatError) -> SettingsLayer {
        var layer = SettingsLayer()
        for (key, value, territoryKeys) in values {
            if let problem = key.problem(with: value) {
                let field = locate(prefix + territoryKeys.map(JSONPath.Component.key), in: file)
                throw field.error(
                    "\(field.name) \(field.node.value.sourceText) cannot become the company setting "
                        + "\(key.rawValue): \(problem)")
            }
            layer[key] = value
        }
        return layer
    }

    /// Finds the field at `components` below `root`, or the deepest field on
    /// the way when the file leaves a key out.
    private static func locate(_ keys: [String], in root: JSONField) -> JSONField {
        locate(keys.map(JSONPath.Component.key), in: root)
    }

    private static func locate(_ components: [JSONPath.Component], in root: JSONField) -> JSONField {
        var field = root
        for component in components {
            var next: JSONField?
            switch (component, field.node.value) {
            case (.key(let key), .object):
                next = field.memberFields.first { $0.name == key }
            case (.index(let index), .array(let elements)) where elements.indices.contains(index):
                next = JSONField(node: elements[index], path: field.path.appending(index), fileName: field.fileName)
            default:
                next = nil
            }
            guard let next else { return field }
            field = next
        }
        return field
    }
}
