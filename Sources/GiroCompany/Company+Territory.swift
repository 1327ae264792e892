import GiroModel

extension Company {
    /// Builds the territory of one rep with every setting resolved. The rep's
    /// working day and the objective weights come from the rep's effective
    /// settings, and each customer's visits from the customer's.
    ///
    /// Appointments of the rep (or of its customers), reservations and visit
    /// history of its customers come along.
    ///
    /// - Throws: `CompanyError.unknownID` for an unknown rep.
    /// - Complexity: O(C + A + H) for C customers, A appointments and H past
    ///   visits of the company.
    public func territory(forRep repID: String) throws(CompanyError) -> Territory {
        guard let companyRep = rep(id: repID) else { throw .unknownID(kind: "rep", id: repID) }
        let lookup = CompanyLookup(self)
        let settings = try resolvedValues(for: .rep(repID), in: lookup)

        let rep = Rep(
            id: companyRep.id, name: companyRep.name, home: companyRep.home,
            workingHours: settings.workingHours(.workingHours),
            maximumWorkingTime: settings.duration(.maximumWorkingTime).flatMap { $0 > 0 ? $0 : nil },
            daysOff: companyRep.daysOff, breakRule: settings.breakRule(.breakRule),
            overnightRule: settings.overnightRule(.overnightRule), speedFactor: settings.number(.speedFactor) ?? 1,
            capacity: companyRep.capacity)

        let classes = settings.priorityClasses(.priorityClasses)
        var customers: [Customer] = []
        for customer in self.customers(ofRep: repID) {
            let own = try resolvedValues(for: .customer(customer.id), in: lookup)
            let cadence = own.integer(.cadenceDays) ?? 0
            let priority = customer.priority ?? customer.priorityClass.flatMap { classes[$0] } ?? 1
            customers.append(
                Customer(
                    id: customer.id, name: customer.name, location: customer.location, repID: repID,
                    visitDuration: own.duration(.visitDuration) ?? 1800, setupDuration: own.duration(.setupDuration) ?? 0,
                    openingHours: own.windows(.openingHours) ?? .always, adherence: own.adherence(.adherence) ?? .start,
                    preferredWindows: customer.preferredWindows, cadenceDays: cadence > 0 ? cadence : nil,
                    lastVisit: customer.lastVisit, priority: priority, blocks: customer.blocks,
                    activationDate: customer.activationDate, dueAfter: own.number(.dueAfter), demand: customer.demand))
        }

        let customerIDs = Set(customers.map(\.id))
        let appointments = self.appointments.filter { appointment in
            appointment.repID == repID || (appointment.repID == nil && appointment.customerID.map(customerIDs.contains) == true)
        }.map { appointment in
            var own = appointment
            own.repID = repID
            return own
        }

        let planning = PlanningSettings(
            dueAfter: settings.number(.dueAfter) ?? 0.7, drivingTimeWeight: settings.number(.drivingTimeWeight) ?? 1,
            distanceWeight: (settings.number(.distanceWeightPerKilometre) ?? 0) / 1000,
            cadenceWeight: settings.number(.cadenceWeight) ?? 36_000, nightCost: settings.number(.nightCost) ?? 4 * 3600)

        return Territory(
            name: "\(name ?? "company"): rep \(repID)",
            horizon: Horizon(
                start: planningStart, days: settings.integer(.horizonDays) ?? 5, startLocation: startLocation,
                startTime: startTime, endLocation: endLocation),
            travel: travel, settings: planning, reps: [rep], customers: customers, appointments: appointments,
            reservations: reservations.filter { customerIDs.contains($0.customerID) },
            visitHistory: visitHistory.filter { customerIDs.contains($0.customerID) })
    }

    /// Resolves every setting for a scope, by key.
    func resolvedValues(for scope: Scope, in lookup: CompanyLookup? = nil) throws(CompanyError) -> ResolvedSettings {
        var values: [SettingKey: SettingValue] = [:]
        for key in SettingKey.allCases {
            values[key] = try effectiveSetting(key, for: scope, in: lookup).value
        }
        return ResolvedSettings(values: values)
    }
}

/// Effective values by key, read by kind.
struct ResolvedSettings {
    let values: [SettingKey: SettingValue]

    func integer(_ key: SettingKey) -> Int? {
        if case .integer(let value) = values[key] { return value }
        return nil
    }

    func number(_ key: SettingKey) -> Double? {
        if case .number(let value) = values[key] { return value }
        return nil
    }

    func duration(_ key: SettingKey) -> Int? {
        if case .duration(let value) = values[key] { return value }
        return nil
    }

    func workingHours(_ key: SettingKey) -> WorkingHours {
        if case .workingHours(let value) = values[key] { return value }
        return WorkingHours()
    }

    func breakRule(_ key: SettingKey) -> BreakRule? {
        if case .breakRule(let value) = values[key] { return value }
        return nil
    }

    func overnightRule(_ key: SettingKey) -> OvernightRule? {
        if case .overnightRule(let value) = values[key] { return value }
        return nil
    }

    func windows(_ key: SettingKey) -> WeeklyWindows? {
        if case .windows(let value) = values[key] { return value }
        return nil
    }

    func adherence(_ key: SettingKey) -> Adherence? {
        if case .adherence(let value) = values[key] { return value }
        return nil
    }

    func priorityClasses(_ key: SettingKey) -> [String: Double] {
        if case .priorityClasses(let value) = values[key] { return value }
        return [:]
    }
}
