import GiroModel

extension Company {
    /// Reverts a transfer, so that the company is equal (`==`) to what it was
    /// before, provided nothing else changed since.
    ///
    /// Undoing a move gives the customers and the changed appointments back
    /// their former values. Undoing a copy deletes the copies and their
    /// history, appointments and reservations. Other changes made since the
    /// transfer stay.
    ///
    /// Undo throws instead when it could lose or break data. That is the
    /// case when a moved or copied customer, or an appointment that the
    /// transfer changed or created, differs from the record's after-state or
    /// is gone. It is also the case when the copies gained or lost history,
    /// appointments or reservations, when the source rep no longer exists,
    /// or when the source rep's cascade now locks a key that a moved
    /// customer sets. Nothing changes when the call throws.
    ///
    /// Undo checks no permission: it only reverts a transfer that the
    /// record's user was allowed to make.
    ///
    /// - Throws: `CompanyError.invalidRequest` listing every reason.
    /// - Complexity: O(C + A + R + H + n·A) over customers, appointments,
    ///   reservations and history entries, with n appointments in the
    ///   record.
    public mutating func undo(_ record: TransferRecord) throws(CompanyError) {
        switch record.request.mode {
        case .move:
            try undoMove(record)
        case .copy:
            try undoCopy(record)
        }
    }

    private mutating func undoMove(_ record: TransferRecord) throws(CompanyError) {
        let sourceID = record.request.fromRepID
        guard rep(id: sourceID) != nil else {
            throw undoError(record, ["rep \(sourceID), the source of the transfer, no longer exists"])
        }

        var problems: [String] = []
        let customerIndices = matchingCustomerIndices(record, problems: &problems)
        let appointmentIndices = matchingAppointmentIndices(record, problems: &problems)
        guard problems.isEmpty else { throw undoError(record, problems) }
        do {
            try checkLocks(of: record.sourceCustomers, underRep: sourceID, action: "take back")
        } catch {
            throw undoError(record, ["\(error)"])
        }

        for (index, source) in zip(customerIndices, record.sourceCustomers) {
            customers[index] = source
        }
        for (index, source) in zip(appointmentIndices, record.sourceAppointments) {
            appointments[index] = source
        }
    }

    private mutating func undoCopy(_ record: TransferRecord) throws(CompanyError) {
        var problems: [String] = []
        _ = matchingCustomerIndices(record, problems: &problems)

        let copyIDs = Set(record.resultCustomerIDs)
        problems += changedCopies(
            "appointments", expected: record.resultAppointments, current: appointments, copyIDs: copyIDs
        ) { $0.customerID }
        problems += changedCopies(
            "reservations", expected: record.addedReservations, current: reservations, copyIDs: copyIDs
        ) { $0.customerID }
        problems += changedCopies(
            "visit history", expected: record.addedVisitHistory, current: visitHistory, copyIDs: copyIDs
        ) { $0.customerID }
        guard problems.isEmpty else { throw undoError(record, problems) }

        customers.removeAll { copyIDs.contains($0.id) }
        appointments.removeAll { $0.customerID.map(copyIDs.contains) == true }
        reservations.removeAll { copyIDs.contains($0.customerID) }
        visitHistory.removeAll { copyIDs.contains($0.customerID) }
    }

    /// Finds the index of each result customer of the record, in record
    /// order, and appends a problem for each one that is gone or differs.
    private func matchingCustomerIndices(_ record: TransferRecord, problems: inout [String]) -> [Int] {
        let indices = Dictionary(customers.indices.map { (customers[$0].id, $0) }) { first, _ in first }
        var result: [Int] = []
        for expected in record.resultCustomers {
            guard let index = indices[expected.id] else {
                problems.append("customer \(expected.id) was deleted")
                continue
            }
            if customers[index] != expected {
                problems.append("customer \(expected.id) was edited")
            }
            result.append(index)
        }
        return result
    }

    /// Finds the index of each result appointment of the record, in record
    /// order. Each one matches a distinct stored appointment equal to it, so
    /// duplicate ids do not matter. Appends a problem for each one that has
    /// no match.
    private func matchingAppointmentIndices(_ record: TransferRecord, problems: inout [String]) -> [Int] {
        var used: Set<Int> = []
        var result: [Int] = []
        for expected in record.resultAppointments {
            let match = appointments.indices.first { !used.contains($0) && appointments[$0] == expected }
            guard let match else {
                problems.append("appointment \(expected.id) was edited or deleted")
                continue
            }
            used.insert(match)
            result.append(match)
        }
        return result
    }

    /// Lists a problem for each copied customer whose entries in `current`
    /// differ from the ones the copy created, in order.
    private func changedCopies<Entry: Equatable>(
        _ kind: String, expected: [Entry], current: [Entry], copyIDs: Set<String>,
        customerID: (Entry) -> String?
    ) -> [String] {
        let expectedByCopy = Dictionary(grouping: expected) { customerID($0) ?? "" }
        let currentByCopy = Dictionary(grouping: current.filter { customerID($0).map(copyIDs.contains) == true }) {
            customerID($0) ?? ""
        }
        return copyIDs.sorted().compactMap { id in
            (expectedByCopy[id] ?? []) == (currentByCopy[id] ?? []) ? nil : "the \(kind) of customer \(id) changed"
        }
    }

    private func undoError(_ record: TransferRecord, _ problems: [String]) -> CompanyError {
        let request = record.request
        let verb = request.mode == .move ? "move" : "copy"
        return .invalidRequest(
            "cannot undo the \(verb) of \(record.customerCount) customers from rep \(request.fromRepID) "
                + "to rep \(request.toRepID), because the company changed since: \(problems.joined(separator: "; ")). "
                + "An undo now would lose or break those changes; revert them first or change the data by hand")
    }
}
