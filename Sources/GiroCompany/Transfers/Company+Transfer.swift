import GiroModel

extension Company {
    /// Moves or copies customers from one rep to another, on behalf of
    /// `user`, and returns the record that `undo(_:)` takes.
    ///
    /// A move sets the customers' `repID` to the receiving rep. Their visit
    /// history and reservations refer to the customer id, so they follow.
    /// Blocks and the customer's own settings are part of the customer and
    /// follow too. Every appointment with a moved customer that names a rep
    /// gets the receiving rep; one without a rep already follows its
    /// customer.
    ///
    /// A copy appends new customers for the receiving rep, with the ids of
    /// `CopyIdentifier` (`ID~copy~REP`, then `~2`, `~3`, … when taken).
    /// Their history, appointments and reservations are duplicated, and
    /// copied appointments and reservations get new ids of the same scheme.
    /// The originals stay unchanged.
    ///
    /// From then on the receiving rep's group, rep and company values apply
    /// to every setting that the customer does not set itself, such as the
    /// default cadence, the visit duration or the weights of priority
    /// classes. A customer whose class the new cascade lacks gets
    /// priority 1.
    ///
    /// Needs `transferCustomers` on both reps. Nothing changes when the call
    /// throws.
    ///
    /// - Throws: `CompanyError.permissionDenied` or `.outOfScope` when the
    ///   user may not transfer customers of either rep, and `.unknownID` for
    ///   an unknown rep. `.invalidRequest` when both reps are the same or the
    ///   selection is empty. It also names the selected customers that the
    ///   source rep does not own, and those that set a key which the
    ///   receiving rep's cascade locks.
    /// - Complexity: O(C + A + R + H) over customers, appointments,
    ///   reservations and history entries, plus O(G + R) to authorize.
    public mutating func transfer(_ request: TransferRequest, by user: User) throws(CompanyError) -> TransferRecord {
        try authorize(user, .transferCustomers, on: .rep(request.fromRepID))
        try authorize(user, .transferCustomers, on: .rep(request.toRepID))
        guard request.fromRepID != request.toRepID else {
            throw .invalidRequest(
                "rep \(request.fromRepID) is both the source and the destination of the transfer; choose two different reps")
        }

        let selected = try transferSelection(for: request)
        try checkLocks(of: selected.map { customers[$0] }, underRep: request.toRepID, action: "take")

        var resolved = request
        resolved.customerIDs = selected.map { customers[$0].id }
        switch request.mode {
        case .move:
            return moveCustomers(at: selected, request: resolved, userID: user.id)
        case .copy:
            return copyCustomers(at: selected, request: resolved, userID: user.id)
        }
    }

    /// Finds the indices of the customers a request selects, in company
    /// order.
    ///
    /// - Throws: `CompanyError.invalidRequest` for an empty selection or ids
    ///   that the source rep does not own, naming each such id.
    private func transferSelection(for request: TransferRequest) throws(CompanyError) -> [Int] {
        let sourceID = request.fromRepID
        guard let ids = request.customerIDs else {
            let all = customers.indices.filter { customers[$0].repID == sourceID }
            guard !all.isEmpty else {
                throw .invalidRequest("rep \(sourceID) has no customers, so there is nothing to transfer")
            }
            return all
        }
        guard !ids.isEmpty else {
            throw .invalidRequest(
                "the transfer selects no customers; give ids of customers of rep \(sourceID), or none for all of them")
        }

        let requested = Set(ids)
        let selected = customers.indices.filter {
            customers[$0].repID == sourceID && requested.contains(customers[$0].id)
        }
        let owned = Set(selected.map { customers[$0].id })

        var foreign: [String] = []
        var listed: Set<String> = []
        for id in ids where !owned.contains(id) {
            guard listed.insert(id).inserted else { continue }
            let owner = customer(id: id).map { "rep \($0.repID)" } ?? "unknown customer"
            foreign.append("\(id) (\(owner))")
        }
        guard foreign.isEmpty else {
            throw .invalidRequest(
                "rep \(sourceID) does not own the customers \(foreign.joined(separator: ", ")); "
                    + "a transfer takes only customers of its source rep")
        }
        return selected
    }

    /// Rejects customers that set a key which the cascade above rep `repID`
    /// locks, because they would break that lock under the rep.
    ///
    /// - Parameter action: the verb for the message, such as "take".
    func checkLocks(of moving: [CompanyCustomer], underRep repID: String, action: String) throws(CompanyError) {
        let owners = try lockOwners(aboveCustomersOf: repID)
        var conflicts: [String] = []
        for customer in moving {
            for key in customer.settings.values.keys.sorted() {
                guard let owner = owners[key] else { continue }
                let ownerName = owner == .company ? "the company" : "\(owner)"
                conflicts.append("customer \(customer.id) sets \(key.rawValue), which \(ownerName) locks")
            }
        }
        guard conflicts.isEmpty else {
            throw .invalidRequest(
                "rep \(repID) cannot \(action) these customers: \(conflicts.joined(separator: "; ")). "
                    + "Clear the customers' own values or remove the locks first")
        }
    }

    /// Moves the customers at `indices` to the receiving rep.
    private mutating func moveCustomers(at indices: [Int], request: TransferRequest, userID: String) -> TransferRecord {
        let receiverID = request.toRepID
        let sourceCustomers = indices.map { customers[$0] }
        let movedIDs = Set(sourceCustomers.map(\.id))

        for index in indices {
            customers[index].repID = receiverID
        }

        var sourceAppointments: [Appointment] = []
        var resultAppointments: [Appointment] = []
        var appointmentCount = 0
        for index in appointments.indices {
            guard let customerID = appointments[index].customerID, movedIDs.contains(customerID) else { continue }
            appointmentCount += 1
            guard let repID = appointments[index].repID, repID != receiverID else { continue }
            sourceAppointments.append(appointments[index])
            appointments[index].repID = receiverID
            resultAppointments.append(appointments[index])
        }

        return TransferRecord(
            request: request, userID: userID, sourceCustomers: sourceCustomers,
            resultCustomers: indices.map { customers[$0] }, sourceAppointments: sourceAppointments,
            resultAppointments: resultAppointments, addedReservations: [], addedVisitHistory: [],
            historyEntryCount: visitHistory.count { movedIDs.contains($0.customerID) },
            appointmentCount: appointmentCount,
            reservationCount: reservations.count { movedIDs.contains($0.customerID) })
    }

    /// Appends copies of the customers at `indices`, and of their history,
    /// appointments and reservations, for the receiving rep.
    private mutating func copyCustomers(at indices: [Int], request: TransferRequest, userID: String) -> TransferRecord {
        let receiverID = request.toRepID
        let sourceCustomers = indices.map { customers[$0] }

        var usedCustomerIDs = Set(customers.map(\.id))
        var copyIDs: [String: String] = [:]
        var copies: [CompanyCustomer] = []
        for source in sourceCustomers {
            var copy = source
            copy.id = CopyIdentifier.make(from: source.id, forRep: receiverID, avoiding: &usedCustomerIDs)
            copy.repID = receiverID
            copyIDs[source.id] = copy.id
            copies.append(copy)
        }

        var usedAppointmentIDs = Set(appointments.map(\.id))
        var sourceAppointments: [Appointment] = []
        var copiedAppointments: [Appointment] = []
        for appointment in appointments {
            guard let copyID = appointment.customerID.flatMap({ copyIDs[$0] }) else { continue }
            var copy = appointment
            copy.id = CopyIdentifier.make(from: appointment.id, forRep: receiverID, avoiding: &usedAppointmentIDs)
            copy.customerID = copyID
            copy.repID = appointment.repID == nil ? nil : receiverID
            sourceAppointments.append(appointment)
            copiedAppointments.append(copy)
        }

        var usedReservationIDs = Set(reservations.map(\.id))
        var copiedReservations: [Reservation] = []
        for reservation in reservations {
            guard let copyID = copyIDs[reservation.customerID] else { continue }
            let id = CopyIdentifier.make(from: reservation.id, forRep: receiverID, avoiding: &usedReservationIDs)
            copiedReservations.append(Reservation(id: id, customerID: copyID))
        }

        let copiedHistory = visitHistory.compactMap { visit -> PastVisit? in
            guard let copyID = copyIDs[visit.customerID] else { return nil }
            return PastVisit(customerID: copyID, date: visit.date, time: visit.time)
        }

        customers += copies
        appointments += copiedAppointments
        reservations += copiedReservations
        visitHistory += copiedHistory

        return TransferRecord(
            request: request, userID: userID, sourceCustomers: sourceCustomers, resultCustomers: copies,
            sourceAppointments: sourceAppointments, resultAppointments: copiedAppointments,
            addedReservations: copiedReservations, addedVisitHistory: copiedHistory,
            historyEntryCount: copiedHistory.count, appointmentCount: copiedAppointments.count,
            reservationCount: copiedReservations.count)
    }
}
