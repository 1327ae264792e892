import Giro
import Testing

/// Rules of the editing API beyond permissions: what each call checks and
/// what it changes. `PermissionTests` covers who may call what.
@Suite("Editing customers and history")
struct EditingTests {
    @Test func upsertCannotMoveCustomer() throws {
        let company = editingCompany()
        var edited = company
        var customer = try #require(company.customer(id: "N1-C1"))
        customer.repID = "N2"

        do throws(CompanyError) {
            try edited.upsertCustomer(customer, by: company.user("admin"))
            Issue.record("an edit moved a customer to another rep")
        } catch {
            guard case .invalidRequest(let message) = error else {
                Issue.record("unexpected \(error)")
                return
            }
            #expect(message.contains("customer N1-C1 belongs to rep N1"))
            #expect(message.contains("transfer"))
        }
        #expect(edited == company)
    }

    @Test func upsertOfNewCustomerNeedsKnownRep() {
        var company = editingCompany()
        let customer = CompanyCustomer(id: "X1", repID: "X9", location: .geographic(latitude: 45, longitude: 9))
        #expect(throws: CompanyError.unknownID(kind: "rep", id: "X9")) {
            try company.upsertCustomer(customer, by: company.user("admin"))
        }
    }

    @Test func upsertReplacesInPlaceAndAppendsNew() throws {
        var company = editingCompany()
        let admin = company.user("admin")
        var edited = try #require(company.customer(id: "N1-C2"))
        edited.name = "Edited"
        let created = CompanyCustomer(id: "N1-C9", repID: "N1", location: .geographic(latitude: 45.6, longitude: 9.6))

        try company.upsertCustomer(edited, by: admin)
        try company.upsertCustomer(created, by: admin)

        #expect(company.customers[1] == edited)
        #expect(company.customers.last == created)
        #expect(company.customers.count == 17)
    }

    @Test func settingsChangeInUpsertNeedsSettingPermission() throws {
        var company = editingCompany()
        company.permissions[.changeCustomerSetting] = .nobody
        let admin = company.user("admin")
        var customer = try #require(company.customer(id: "N1-C1"))
        customer.name = "Same settings"
        try company.upsertCustomer(customer, by: admin)

        customer.settings[.visitDuration] = .duration(2700)
        let before = company
        #expect(
            throws: CompanyError.permissionDenied(userID: "admin", operation: .changeCustomerSetting, level: .nobody)
        ) {
            try company.upsertCustomer(customer, by: admin)
        }
        #expect(company == before)
    }

    @Test func upsertChecksCustomerSettingsLikeSetSetting() throws {
        var company = editingCompany()
        let admin = company.user("admin")
        try company.setSetting(.dueAfter, to: .number(0.8), at: .group("north"), by: admin)
        try company.setLock(.dueAfter, locked: true, at: .group("north"), by: admin)
        let stored = try #require(company.customer(id: "N1-C1"))

        var locked = stored
        locked.settings[.dueAfter] = .number(0.5)
        #expect(throws: CompanyError.settingLocked(key: .dueAfter, level: .customer, lockedBy: .group("north"))) {
            try company.upsertCustomer(locked, by: admin)
        }

        var repOnly = stored
        repOnly.settings[.speedFactor] = .number(1.2)
        #expect(throws: CompanyError.levelNotAllowed(key: .speedFactor, level: .customer)) {
            try company.upsertCustomer(repOnly, by: admin)
        }

        var badValue = stored
        badValue.settings[.visitDuration] = .duration(0)
        #expect(throws: CompanyError.self) {
            try company.upsertCustomer(badValue, by: admin)
        }

        var withLock = stored
        withLock.settings.locks = [.cadenceDays]
        #expect(throws: CompanyError.invalidRequest(
            "a customer cannot lock settings because customers have no lower level; remove the locks on cadenceDays")
        ) {
            try company.upsertCustomer(withLock, by: admin)
        }
        #expect(company.customer(id: "N1-C1") == stored)
    }

    @Test func pastVisitsAreAddedAndRemoved() throws {
        var company = editingCompany()
        let boss = company.user("boss-north")
        let visit = PastVisit(customerID: "N2-C3", date: company.planningStart.adding(days: -7), time: 11 * 3600)

        try company.addPastVisit(visit, by: boss)
        #expect(company.visitHistory.last == visit)
        #expect(try company.territory(forRep: "N2").visitHistory.contains(visit))

        try company.removePastVisit(visit, by: boss)
        #expect(company == editingCompany())
    }

    @Test func pastVisitRulesRejectBadVisits() {
        var company = editingCompany()
        let admin = company.user("admin")
        let start = company.planningStart
        let before = company

        let cases: [(PastVisit, String)] = [
            (PastVisit(customerID: "N1-C1", date: start), "is not before the planning start"),
            (PastVisit(customerID: "N1-C1", date: start.adding(days: -1), time: 90_000), "must lie in 0 to 86399"),
            (PastVisit(customerID: "N1-C1", date: start.adding(days: -10), time: 10 * 3600), "already has the visit"),
        ]
        for (visit, expected) in cases {
            do throws(CompanyError) {
                try company.addPastVisit(visit, by: admin)
                Issue.record("accepted \(visit)")
            } catch {
                #expect(error.description.contains(expected), "\(error)")
            }
        }

        #expect(throws: CompanyError.unknownID(kind: "customer", id: "ZZ")) {
            try company.addPastVisit(PastVisit(customerID: "ZZ", date: start.adding(days: -1)), by: admin)
        }
        do throws(CompanyError) {
            try company.removePastVisit(PastVisit(customerID: "N1-C2", date: start.adding(days: -1)), by: admin)
            Issue.record("removed a visit that is not in the history")
        } catch {
            #expect(error.description.contains("customer N1-C2 has no visit on"))
        }
        #expect(company == before)
    }

    @Test func importAddsAndReplaces() throws {
        var company = editingCompany()
        var replaced = try #require(company.customer(id: "S1-C2"))
        replaced.demand = 3
        let first = CompanyCustomer(id: "S1-C7", repID: "S1", location: .geographic(latitude: 45.8, longitude: 9.6))
        let second = CompanyCustomer(id: "S1-C8", repID: "S1", location: .geographic(latitude: 45.9, longitude: 9.6))

        try company.importCustomers([first, replaced, second], forRep: "S1", by: company.user("admin"))

        #expect(company.customers.count == 18)
        #expect(company.customers[9] == replaced)
        #expect(company.customers.suffix(2).map(\.id) == ["S1-C7", "S1-C8"])
    }

    @Test func importIsAllOrNothing() throws {
        let company = editingCompany()
        let admin = company.user("admin")
        let good = CompanyCustomer(id: "S1-C7", repID: "S1", location: .geographic(latitude: 45.8, longitude: 9.6))
        var otherRep = good
        otherRep.id = "S2-C9"
        otherRep.repID = "S2"
        var taken = good
        taken.id = "N1-C1"
        var lockedCustomer = good
        lockedCustomer.id = "S1-C8"
        lockedCustomer.settings.locks = [.dueAfter]

        let cases: [([CompanyCustomer], String)] = [
            ([], "contains no customers"),
            ([good, otherRep], "customers of other reps: S2-C9 (rep S2)"),
            ([good, good], "repeats the customer ids S1-C7"),
            ([good, taken], "reuses ids of other reps' customers: N1-C1 (rep N1)"),
            ([good, lockedCustomer], "customer S1-C8 of the import: a customer cannot lock settings"),
        ]
        for (imported, expected) in cases {
            var attempt = company
            do throws(CompanyError) {
                try attempt.importCustomers(imported, forRep: "S1", by: admin)
                Issue.record("accepted an import that should fail with: \(expected)")
            } catch {
                #expect(error.description.contains(expected), "\(error)")
            }
            #expect(attempt == company, "\(expected)")
        }
    }

    @Test func deleteRemovesDependentData() throws {
        var company = editingCompany()
        try company.deleteCustomers(["N1-C1", "N1-C4", "N1-C1"], by: company.user("admin"))

        #expect(company.customers.count == 14)
        #expect(!company.visitHistory.contains { $0.customerID == "N1-C1" })
        #expect(!company.appointments.contains { $0.customerID == "N1-C4" })
        #expect(company.appointments.contains { $0.id == "N1-A2" }, "the rep's own appointment stays")
        #expect(company.reservations.map(\.customerID) == ["N1-C3", "N2-C3", "S1-C3", "S2-C3"])
        #expect(company.visitHistory.count == 3)
    }

    @Test func deleteIsAllOrNothing() throws {
        var company = editingCompany()
        company.permissions[.bulkDelete] = .supervisorsAndAdmins
        let before = company

        #expect(throws: CompanyError.unknownID(kind: "customer", id: "ZZ")) {
            try company.deleteCustomers(["N1-C1", "ZZ"], by: company.user("admin"))
        }
        #expect(
            throws: CompanyError.outOfScope(userID: "boss-north", operation: .bulkDelete, scope: .rep("S1"))
        ) {
            try company.deleteCustomers(["N1-C1", "S1-C1"], by: company.user("boss-north"))
        }
        #expect(throws: CompanyError.invalidRequest("the delete request names no customers")) {
            try company.deleteCustomers([], by: company.user("admin"))
        }
        #expect(company == before)
    }
}

/// Builds the small company with one past visit, one reservation, one appointment
/// with a customer and one appointment without a customer per rep.
private func editingCompany() -> Company {
    var company = smallCompany()
    let start = company.planningStart
    for rep in company.reps {
        company.visitHistory.append(PastVisit(customerID: "\(rep.id)-C1", date: start.adding(days: -10), time: 10 * 3600))
        company.reservations.append(Reservation(id: "\(rep.id)-R1", customerID: "\(rep.id)-C3"))
        company.appointments += [
            Appointment(
                id: "\(rep.id)-A1", repID: rep.id, customerID: "\(rep.id)-C4", kind: .onDay(date: start.adding(days: 1)),
                window: TimeWindow(start: 9 * 3600, end: 12 * 3600), duration: 1800),
            Appointment(
                id: "\(rep.id)-A2", repID: rep.id, kind: .fixed(date: start.adding(days: 2)),
                window: TimeWindow(start: 14 * 3600, end: 15 * 3600), duration: 3600),
        ]
    }
    return company
}
