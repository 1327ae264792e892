import GiroModel

/// Changes to customers and their visit history on behalf of a user.
///
/// Every method checks the permission with `authorize(_:_:on:)` first and
/// changes nothing when it throws, so a rejected call leaves the company
/// equal (`==`) to what it was. Settings changes are `setSetting` and `setLock`;
/// moving customers to another rep is `transfer(_:by:)`.
extension Company {
    /// Creates a customer, or replaces the stored customer with the same id,
    /// on behalf of `user`.
    ///
    /// Needs `editCustomers` on the customer's rep: the rep that owns the
    /// stored customer for an edit, `customer.repID` for a new one. A change
    /// of the customer's own settings layer also needs `changeCustomerSetting`
    /// and must pass the same checks as `setSetting` at customer level. An
    /// edit that changes `repID` is rejected, because moving a customer is a
    /// transfer, which carries its appointments along.
    ///
    /// - Throws: `CompanyError.permissionDenied` or `.outOfScope` when the
    ///   user lacks a permission, `.unknownID` for an unknown rep, and
    ///   `.invalidRequest` for an empty id or a change of rep. A bad settings
    ///   layer throws `.levelNotAllowed`, `.invalidSettingValue` or
    ///   `.settingLocked`.
    /// - Complexity: O(C + K) for C customers and K keys in the layer.
    public mutating func upsertCustomer(_ customer: CompanyCustomer, by user: User) throws(CompanyError) {
        guard !customer.id.isEmpty else {
            throw .invalidRequest("a customer needs a non-empty id")
        }
        let index = customers.firstIndex { $0.id == customer.id }
        let ownerID = index.map { customers[$0].repID } ?? customer.repID

        try authorize(user, .editCustomers, on: .rep(ownerID))
        guard customer.repID == ownerID else {
            throw .invalidRequest(
                "customer \(customer.id) belongs to rep \(ownerID), so an edit cannot give it to rep \(customer.repID); "
                    + "transfer it instead, which carries its history, appointments and reservations")
        }

        let storedSettings = index.map { customers[$0].settings } ?? SettingsLayer()
        if customer.settings != storedSettings {
            let scope: Scope = index == nil ? .rep(ownerID) : .customer(customer.id)
            try authorize(user, .changeCustomerSetting, on: scope)
            try checkCustomerSettings(customer.settings, underRep: ownerID)
        }

        if let index {
            customers[index] = customer
        } else {
            customers.append(customer)
        }
    }

    /// Adds a visit to the history of its customer, on behalf of `user`.
    ///
    /// Needs `editPastVisits` on the customer. The visit must lie before
    /// `planningStart`, because the planner reads history only before the
    /// horizon, and must not be in the history already.
    ///
    /// - Throws: `CompanyError.permissionDenied` or `.outOfScope` when the
    ///   user lacks the permission, and `.unknownID` for an unknown customer.
    ///   `.invalidRequest` for a date on or after the planning start, a time
    ///   outside the day, or a duplicate.
    /// - Complexity: O(C + H) for C customers and H history entries.
    public mutating func addPastVisit(_ visit: PastVisit, by user: User) throws(CompanyError) {
        try authorize(user, .editPastVisits, on: .customer(visit.customerID))

        guard visit.date < planningStart else {
            throw .invalidRequest(
                "the visit of customer \(visit.customerID) on \(visit.date) is not before the planning start "
                    + "\(planningStart); only earlier visits belong to the history")
        }
        if let time = visit.time, !(0..<ClockTime.secondsPerDay).contains(time) {
            throw .invalidRequest(
                "the visit time \(time) of customer \(visit.customerID) must lie in 0 to 86399 seconds after midnight")
        }
        guard !visitHistory.contains(visit) else {
            throw .invalidRequest("customer \(visit.customerID) already has the visit \(Self.describe(visit)) in its history")
        }

        visitHistory.append(visit)
    }

    /// Removes one history entry equal to `visit`, on behalf of `user`.
    ///
    /// Needs `editPastVisits` on the customer. When the history contains the
    /// same visit twice, only the first entry goes.
    ///
    /// - Throws: `CompanyError.permissionDenied` or `.outOfScope` when the
    ///   user lacks the permission, `.unknownID` for an unknown customer, and
    ///   `.invalidRequest` when the history contains no such visit.
    /// - Complexity: O(C + H) for C customers and H history entries.
    public mutating func removePastVisit(_ visit: PastVisit, by user: User) throws(CompanyError) {
        try authorize(user, .editPastVisits, on: .customer(visit.customerID))

        guard let index = visitHistory.firstIndex(of: visit) else {
            throw .invalidRequest(
                "customer \(visit.customerID) has no visit \(Self.describe(visit)) in its history, so nothing was removed")
        }

        visitHistory.remove(at: index)
    }

    /// Adds or replaces many customers of rep `repID` at once, on behalf of
    /// `user`: all of them, or none when any check fails.
    ///
    /// Needs `importData` on the rep, and also `changeCustomerSetting` on it
    /// when an imported customer's settings layer differs from the stored
    /// one. Every imported customer must name `repID` as its rep, ids must be
    /// unique within the import, and an id that another rep's customer uses
    /// is rejected, because that would be a transfer. A replaced customer
    /// keeps its place; new customers follow the stored ones in import order.
    ///
    /// - Throws: `CompanyError.permissionDenied` or `.outOfScope` when the
    ///   user lacks a permission, and `.unknownID` for an unknown rep.
    ///   `.invalidRequest` names the customers that break a rule, or the
    ///   customer whose settings layer is rejected.
    /// - Complexity: O(C + N·K) for C stored customers, N imported ones and
    ///   K keys per settings layer.
    public mutating func importCustomers(
        _ imported: [CompanyCustomer], forRep repID: String, by user: User
    ) throws(CompanyError) {
        try authorize(user, .importData, on: .rep(repID))
        guard !imported.isEmpty else {
            throw .invalidRequest("the import for rep \(repID) contains no customers")
        }

        let stored = Dictionary(customers.indices.map { (customers[$0].id, $0) }) { first, _ in first }
        try checkImportOwnership(imported, forRep: repID, stored: stored)

        let changedSettings = imported.filter { customer in
            customer.settings != stored[customer.id].map { customers[$0].settings } ?? SettingsLayer()
        }
        if !changedSettings.isEmpty {
            try authorize(user, .changeCustomerSetting, on: .rep(repID))
        }
        for customer in changedSettings {
            do {
                try checkCustomerSettings(customer.settings, underRep: repID)
            } catch {
                throw .invalidRequest("customer \(customer.id) of the import: \(error)")
            }
        }

        for customer in imported {
            if let index = stored[customer.id] {
                customers[index] = customer
            } else {
                customers.append(customer)
            }
        }
    }

    /// Deletes customers together with their appointments, reservations and
    /// visit history, on behalf of `user`: all of them, or none when any
    /// check fails.
    ///
    /// Needs `bulkDelete` on the rep of every customer. Appointments of a
    /// rep that name none of the customers stay. An id given twice counts
    /// once.
    ///
    /// - Throws: `CompanyError.invalidRequest` for an empty list, and
    ///   `.unknownID` for the first unknown customer. `.permissionDenied` or
    ///   `.outOfScope` names the first rep the user may not delete from.
    /// - Complexity: O(C + A + R + H) over customers, appointments,
    ///   reservations and history entries.
    public mutating func deleteCustomers(_ ids: [String], by user: User) throws(CompanyError) {
        guard !ids.isEmpty else {
            throw .invalidRequest("the delete request names no customers")
        }

        let owners = Dictionary(customers.map { ($0.id, $0.repID) }) { first, _ in first }
        var repIDs: [String] = []
        for id in ids {
            guard let repID = owners[id] else { throw .unknownID(kind: "customer", id: id) }
            if !repIDs.contains(repID) {
                repIDs.append(repID)
            }
        }
        for repID in repIDs {
            try authorize(user, .bulkDelete, on: .rep(repID))
        }

        let deleted = Set(ids)
        customers.removeAll { deleted.contains($0.id) }
        appointments.removeAll { $0.customerID.map(deleted.contains) == true }
        reservations.removeAll { deleted.contains($0.customerID) }
        visitHistory.removeAll { deleted.contains($0.customerID) }
    }

    /// Rejects an import whose customers name another rep, repeat an id, or
    /// reuse the id of another rep's customer.
    private func checkImportOwnership(
        _ imported: [CompanyCustomer], forRep repID: String, stored: [String: Int]
    ) throws(CompanyError) {
        let empty = imported.filter(\.id.isEmpty)
        guard empty.isEmpty else {
            throw .invalidRequest("\(empty.count) customers of the import have an empty id; every customer needs one")
        }

        let otherRep = imported.filter { $0.repID != repID }.map { "\($0.id) (rep \($0.repID))" }
        guard otherRep.isEmpty else {
            throw .invalidRequest(
                "the import for rep \(repID) contains customers of other reps: \(otherRep.joined(separator: ", ")); "
                    + "import them for their own rep")
        }

        var seen: Set<String> = []
        var repeated: [String] = []
        for customer in imported where !seen.insert(customer.id).inserted {
            if !repeated.contains(customer.id) {
                repeated.append(customer.id)
            }
        }
        guard repeated.isEmpty else {
            throw .invalidRequest("the import repeats the customer ids \(repeated.joined(separator: ", ")); give each once")
        }

        let reusedIDs = imported.compactMap { customer -> String? in
            guard let index = stored[customer.id], customers[index].repID != repID else { return nil }
            return "\(customer.id) (rep \(customers[index].repID))"
        }
        guard reusedIDs.isEmpty else {
            throw .invalidRequest(
                "the import for rep \(repID) reuses ids of other reps' customers: \(reusedIDs.joined(separator: ", ")); "
                    + "transfer those customers instead")
        }
    }

    /// Formats a past visit for messages: its date, and its time when
    /// recorded.
    private static func describe(_ visit: PastVisit) -> String {
        guard let time = visit.time else { return "on \(visit.date)" }
        return "on \(visit.date) at \(ClockTime.format(time))"
    }
}
