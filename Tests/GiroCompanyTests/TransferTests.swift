import Giro
import Testing

@Suite("Transfers")
struct TransferTests {
    @Test func moveOfSelectionCarriesEverything() throws {
        var company = transferCompany()
        let admin = company.user("admin")
        try company.setSetting(.cadenceDays, to: .integer(14), at: .rep("N2"), by: admin)
        let request = TransferRequest(from: "N1", to: "N2", customerIDs: ["N1-C3", "N1-C1", "N1-C2"])

        let record = try company.transfer(request, by: admin)

        #expect(record.request.customerIDs == ["N1-C1", "N1-C2", "N1-C3"])
        #expect(record.customerCount == 3)
        #expect(record.historyEntryCount == 6)
        #expect(record.appointmentCount == 2)
        #expect(record.reservationCount == 1)
        #expect(record.userID == "admin")
        #expect(company.customers(ofRep: "N1").map(\.id) == ["N1-C4"])
        #expect(company.customers(ofRep: "N2").map(\.id) == ["N1-C1", "N1-C2", "N1-C3", "N2-C1", "N2-C2", "N2-C3", "N2-C4"])

        let appointments = Dictionary(company.appointments.map { ($0.id, $0) }) { first, _ in first }
        #expect(appointments["N1-A1"]?.repID == "N2", "an appointment's rep follows its customer")
        #expect(appointments["N1-A2"]?.repID == nil, "an appointment without a rep stays without one")
        #expect(appointments["N1-A3"]?.repID == "N1", "the rep's own appointment stays with the rep")
        #expect(company.customer(id: "N1-C2")?.blocks.count == 1)
        #expect(company.customer(id: "N1-C1")?.settings[.visitDuration] == .duration(2700))

        let receiving = try company.territory(forRep: "N2")
        let moved = try #require(receiving.customers.first { $0.id == "N1-C1" })
        #expect(moved.visitDuration == 2700, "the customer's own setting moves along")
        #expect(moved.cadenceDays == 14, "the receiving rep's settings apply")
        #expect(receiving.visitHistory.filter { $0.customerID.hasPrefix("N1-") }.count == 6)
        #expect(receiving.reservations.map(\.id).contains("N1-R1"))
        #expect(Set(receiving.appointments.map(\.id)).isSuperset(of: ["N1-A1", "N1-A2"]))

        let giving = try company.territory(forRep: "N1")
        #expect(giving.customers.map(\.id) == ["N1-C4"])
        #expect(giving.appointments.map(\.id) == ["N1-A3"])
    }

    @Test func moveOfAllCustomers() throws {
        var company = transferCompany()
        let record = try company.transfer(TransferRequest(from: "N1", to: "S2"), by: company.user("admin"))

        #expect(record.request.customerIDs == ["N1-C1", "N1-C2", "N1-C3", "N1-C4"])
        #expect(record.resultCustomerIDs == ["N1-C1", "N1-C2", "N1-C3", "N1-C4"])
        #expect(company.customers(ofRep: "N1").isEmpty)
        #expect(company.customers(ofRep: "S2").count == 8)
        #expect(record.historyEntryCount == 8)
        #expect(record.appointmentCount == 2)
        #expect(record.reservationCount == 1)
    }

    @Test func copyOfSelectionDuplicatesData() throws {
        let original = transferCompany()
        var company = original
        let request = TransferRequest(from: "N1", to: "S1", customerIDs: ["N1-C1", "N1-C2"], mode: .copy)

        let record = try company.transfer(request, by: company.user("admin"))

        #expect(record.resultCustomerIDs == ["N1-C1~copy~S1", "N1-C2~copy~S1"])
        #expect(Array(company.customers.prefix(16)) == original.customers, "the originals stay")
        let copy = try #require(company.customer(id: "N1-C1~copy~S1"))
        var expected = try #require(original.customer(id: "N1-C1"))
        expected.id = copy.id
        expected.repID = "S1"
        #expect(copy == expected)

        #expect(company.visitHistory.filter { $0.customerID == "N1-C1~copy~S1" }.count == 2)
        let copiedAppointment = try #require(company.appointments.first { $0.id == "N1-A1~copy~S1" })
        #expect(copiedAppointment.repID == "S1")
        #expect(copiedAppointment.customerID == "N1-C1~copy~S1")
        #expect(company.reservations.last == Reservation(id: "N1-R1~copy~S1", customerID: "N1-C2~copy~S1"))
        #expect(record.historyEntryCount == 4)
        #expect(record.appointmentCount == 1)
        #expect(record.reservationCount == 1)
    }

    @Test func copyIdsStayUniqueWhenRepeated() throws {
        var company = transferCompany()
        let admin = company.user("admin")
        let request = TransferRequest(from: "N1", to: "N2", mode: .copy)

        let first = try company.transfer(request, by: admin)
        let second = try company.transfer(request, by: admin)

        #expect(first.resultCustomerIDs == ["N1-C1~copy~N2", "N1-C2~copy~N2", "N1-C3~copy~N2", "N1-C4~copy~N2"])
        #expect(second.resultCustomerIDs == first.resultCustomerIDs.map { "\($0)~2" })
        #expect(Set(company.customers.map(\.id)).count == company.customers.count)
        #expect(Set(company.appointments.map(\.id)).count == company.appointments.count)
        #expect(Set(company.reservations.map(\.id)).count == company.reservations.count)
        #expect(company.customers(ofRep: "N1").count == 4)
        #expect(company.customers(ofRep: "N2").count == 12)
    }

    @Test(arguments: [
        TransferRequest(from: "N1", to: "N2", customerIDs: ["N1-C2", "N1-C1"]),
        TransferRequest(from: "N1", to: "S1"),
        TransferRequest(from: "S2", to: "N1", customerIDs: ["S2-C4"], mode: .copy),
        TransferRequest(from: "N2", to: "S2", mode: .copy),
    ])
    func undoRestoresCompany(_ request: TransferRequest) throws {
        let original = transferCompany()
        var company = original

        let record = try company.transfer(request, by: company.user("admin"))
        #expect(company != original)
        try company.undo(record)

        #expect(company == original)
    }

    @Test(arguments: TransferMode.allCases)
    func transferLosesNothing(_ mode: TransferMode) throws {
        let original = transferCompany()
        var company = original
        let record = try company.transfer(
            TransferRequest(from: "N1", to: "S1", customerIDs: ["N1-C1", "N1-C2", "N1-C3"], mode: mode),
            by: company.user("admin"))

        let added = mode == .move ? 0 : 1
        #expect(company.customers.count == original.customers.count + added * record.customerCount)
        #expect(company.visitHistory.count == original.visitHistory.count + added * record.historyEntryCount)
        #expect(company.appointments.count == original.appointments.count + added * record.appointmentCount)
        #expect(company.reservations.count == original.reservations.count + added * record.reservationCount)
        #expect(record.customerCount == 3)
        #expect(record.historyEntryCount == 6)
        #expect(record.appointmentCount == 2)
        #expect(record.reservationCount == 1)

        let territories = try company.reps.map { try company.territory(forRep: $0.id) }
        #expect(territories.reduce(0) { $0 + $1.customers.count } == company.customers.count)
        #expect(territories.reduce(0) { $0 + $1.visitHistory.count } == company.visitHistory.count)
        #expect(territories.reduce(0) { $0 + $1.reservations.count } == company.reservations.count)
        #expect(territories.reduce(0) { $0 + $1.appointments.count } == company.appointments.count)
    }

    @Test(arguments: TransferMode.allCases)
    func bothRepsPlanValidlyAfterTransfer(_ mode: TransferMode) throws {
        var company = transferCompany()
        _ = try company.transfer(
            TransferRequest(from: "N1", to: "N2", customerIDs: ["N1-C1", "N1-C3"], mode: mode), by: company.user("admin"))

        let plan = try CompanyPlanner(company: company).plan(reps: ["N1", "N2"])

        #expect(plan.isValid, "\(plan.plans.map(\.validation.description))")
        #expect(plan.plans.map(\.repID) == ["N1", "N2"])
        var owners: [String: [String]] = [:]
        for rep in company.reps {
            for customer in try company.territory(forRep: rep.id).customers {
                owners[customer.id, default: []].append(rep.id)
            }
        }
        #expect(owners.count == company.customers.count)
        #expect(owners.values.allSatisfy { $0.count == 1 }, "\(owners.filter { $0.value.count != 1 })")
        let receiving = try #require(plan.plans.last)
        #expect(receiving.territory.customers.count == 6)
        #expect(receiving.plan.unplanned.allSatisfy { !$0.id.hasPrefix("N1-A") }, "carried appointments are planned")
    }

    @Test func rejectionsLeaveCompanyUnchanged() throws {
        var company = transferCompany()
        try company.setSetting(.visitDuration, to: .duration(1800), at: .group("south"), by: company.user("admin"))
        try company.setLock(.visitDuration, locked: true, at: .group("south"), by: company.user("admin"))
        var emptied = company
        _ = try emptied.transfer(TransferRequest(from: "N2", to: "N1"), by: company.user("admin"))

        let cases: [(Company, TransferRequest, String, CompanyError?, [String])] = [
            (company, TransferRequest(from: "X9", to: "N2"), "admin", .unknownID(kind: "rep", id: "X9"), []),
            (company, TransferRequest(from: "N1", to: "X9"), "admin", .unknownID(kind: "rep", id: "X9"), []),
            (company, TransferRequest(from: "N1", to: "N1"), "admin", nil, ["rep N1 is both the source and the destination"]),
            (
                company, TransferRequest(from: "N1", to: "N2", customerIDs: ["N1-C1", "N2-C1", "ZZ", "ZZ"]), "admin", nil,
                ["does not own the customers N2-C1 (rep N2), ZZ (unknown customer);"]
            ),
            (company, TransferRequest(from: "N1", to: "N2", customerIDs: []), "admin", nil, ["selects no customers"]),
            (emptied, TransferRequest(from: "N2", to: "N1"), "admin", nil, ["rep N2 has no customers"]),
            (
                company, TransferRequest(from: "N1", to: "N2"), "rep-N1",
                .permissionDenied(userID: "rep-N1", operation: .transferCustomers, level: .supervisorsAndAdmins), []
            ),
            (
                company, TransferRequest(from: "N1", to: "S1"), "boss-north",
                .outOfScope(userID: "boss-north", operation: .transferCustomers, scope: .rep("S1")), []
            ),
            (
                company, TransferRequest(from: "S1", to: "N1"), "boss-north",
                .outOfScope(userID: "boss-north", operation: .transferCustomers, scope: .rep("S1")), []
            ),
            (
                company, TransferRequest(from: "N1", to: "S1", customerIDs: ["N1-C1", "N1-C2"]), "admin", nil,
                ["rep S1 cannot take these customers: customer N1-C1 sets visitDuration, which group south locks"]
            ),
        ]
        for (baseline, request, userID, expectedError, fragments) in cases {
            var attempt = baseline
            do throws(CompanyError) {
                _ = try attempt.transfer(request, by: baseline.user(userID))
                Issue.record("accepted \(request)")
            } catch {
                if let expectedError {
                    #expect(error == expectedError)
                }
                for fragment in fragments {
                    #expect(error.description.contains(fragment), "\(error)")
                }
            }
            #expect(attempt == baseline, "\(request)")
        }
    }

    @Test func undoRejectsLaterChanges() throws {
        let original = transferCompany()
        let admin = original.user("admin")
        let move = TransferRequest(from: "N1", to: "N2", customerIDs: ["N1-C1", "N1-C2"])
        let copy = TransferRequest(from: "N1", to: "N2", customerIDs: ["N1-C1", "N1-C2"], mode: .copy)

        let cases: [(TransferRequest, String, (inout Company) throws -> Void)] = [
            (move, "customer N1-C1 was edited", { company in
                var customer = company.customer(id: "N1-C1")!
                customer.name = "Edited"
                try company.upsertCustomer(customer, by: admin)
            }),
            (move, "customer N1-C2 was deleted", { try $0.deleteCustomers(["N1-C2"], by: admin) }),
            (move, "appointment N1-A1 was edited or deleted", { company in
                let index = company.appointments.firstIndex { $0.id == "N1-A1" }!
                company.appointments[index].duration = 900
            }),
            (move, "rep N1, the source of the transfer, no longer exists", { company in
                company.reps.removeAll { $0.id == "N1" }
            }),
            (move, "customer N1-C1 sets visitDuration, which rep N1 locks", { company in
                try company.setLock(.visitDuration, locked: true, at: .rep("N1"), by: admin)
            }),
            (copy, "the visit history of customer N1-C1~copy~N2 changed", { company in
                let visit = PastVisit(customerID: "N1-C1~copy~N2", date: company.planningStart.adding(days: -2))
                try company.addPastVisit(visit, by: admin)
            }),
            (copy, "customer N1-C2~copy~N2 was deleted", { try $0.deleteCustomers(["N1-C2~copy~N2"], by: admin) }),
            (copy, "the reservations of customer N1-C2~copy~N2 changed", { company in
                company.reservations.append(Reservation(id: "extra", customerID: "N1-C2~copy~N2"))
            }),
        ]
        for (request, expected, change) in cases {
            var company = original
            let record = try company.transfer(request, by: admin)
            try change(&company)
            let changed = company

            do throws(CompanyError) {
                try company.undo(record)
                Issue.record("undo accepted after: \(expected)")
            } catch {
                #expect(error.description.contains("cannot undo the \(request.mode) of 2 customers"), "\(error)")
                #expect(error.description.contains(expected), "\(error)")
            }
            #expect(company == changed, "\(expected)")
        }
    }

    @Test(arguments: TransferMode.allCases)
    func secondUndoIsRejected(_ mode: TransferMode) throws {
        var company = transferCompany()
        let record = try company.transfer(
            TransferRequest(from: "N1", to: "N2", customerIDs: ["N1-C4"], mode: mode), by: company.user("admin"))
        try company.undo(record)
        let restored = company

        #expect(throws: CompanyError.self) {
            try company.undo(record)
        }
        #expect(company == restored)
    }

    @Test func undoKeepsUnrelatedLaterChanges() throws {
        let original = transferCompany()
        var company = original
        let admin = company.user("admin")
        let record = try company.transfer(TransferRequest(from: "N1", to: "N2", customerIDs: ["N1-C1"]), by: admin)
        try company.setSetting(.cadenceDays, to: .integer(21), at: .rep("S1"), by: admin)

        try company.undo(record)

        var expected = original
        try expected.setSetting(.cadenceDays, to: .integer(21), at: .rep("S1"), by: admin)
        #expect(company == expected)
    }
}

/// Builds the small company with two past visits per customer and, per rep,
/// a reservation and three appointments: one with the rep and a customer, one
/// with a customer only, and one with the rep only. N1-C1 sets its own visit
/// duration and N1-C2 has a block.
private func transferCompany() -> Company {
    var company = smallCompany()
    let start = company.planningStart
    for rep in company.reps {
        for number in 1...4 {
            let customerID = "\(rep.id)-C\(number)"
            company.visitHistory.append(
                PastVisit(customerID: customerID, date: start.adding(days: -20 - number), time: 9 * 3600 + number * 600))
            company.visitHistory.append(PastVisit(customerID: customerID, date: start.adding(days: -50 - number)))
        }
        company.reservations.append(Reservation(id: "\(rep.id)-R1", customerID: "\(rep.id)-C2"))
        company.appointments += [
            Appointment(
                id: "\(rep.id)-A1", repID: rep.id, customerID: "\(rep.id)-C1", kind: .onDay(date: start.adding(days: 1)),
                window: TimeWindow(start: 9 * 3600, end: 12 * 3600), duration: 1800),
            Appointment(
                id: "\(rep.id)-A2", customerID: "\(rep.id)-C3", kind: .inWeek(weekStart: start),
                window: TimeWindow(start: 10 * 3600, end: 16 * 3600), duration: 1800),
            Appointment(
                id: "\(rep.id)-A3", repID: rep.id, kind: .fixed(date: start.adding(days: 2)),
                window: TimeWindow(start: 14 * 3600, end: 15 * 3600), duration: 3600),
        ]
    }

    let first = company.customers.firstIndex { $0.id == "N1-C1" }!
    company.customers[first].settings[.visitDuration] = .duration(2700)
    let second = company.customers.firstIndex { $0.id == "N1-C2" }!
    company.customers[second].blocks = [DateRange(first: start.adding(days: 2), last: start.adding(days: 3))]
    return company
}

extension TransferRequest: CustomTestStringConvertible {
    public var testDescription: String {
        "\(mode) \(customerIDs?.joined(separator: ",") ?? "all") from \(fromRepID) to \(toRepID)"
    }
}
