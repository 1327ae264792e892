import Foundation
import Giro
import Testing

/// Builds a company of two groups with two reps of three customers each, a past
/// visit and an appointment per customer, a reservation per rep, and users
/// `admin`, `boss-north` (supervisor of north) and `rep-N1`.
private func transferCommandCompany() -> Company {
    let start = CalendarDate(year: 2026, month: 12, day: 7)!
    var reps: [CompanyRep] = []
    var customers: [CompanyCustomer] = []
    var appointments: [Appointment] = []
    var reservations: [Reservation] = []
    var history: [PastVisit] = []
    for (index, id) in ["N1", "N2", "S1", "S2"].enumerated() {
        let latitude = 45.5 + Double(index) * 0.1
        reps.append(
            CompanyRep(id: id, groupID: index < 2 ? "north" : "south", home: .geographic(latitude: latitude, longitude: 9.6)))
        for number in 1...3 {
            let customerID = "\(id)-C\(number)"
            customers.append(
                CompanyCustomer(
                    id: customerID, repID: id,
                    location: .geographic(latitude: latitude + 0.02 * Double(number), longitude: 9.62),
                    lastVisit: start.adding(days: -20 - number)))
            history.append(PastVisit(customerID: customerID, date: start.adding(days: -20 - number), time: 10 * 3600))
            appointments.append(
                Appointment(
                    id: "\(customerID)-A", repID: id, customerID: customerID,
                    kind: .onDay(date: start.adding(days: number)),
                    window: TimeWindow(start: 9 * 3600, end: 12 * 3600), duration: 1800))
        }
        reservations.append(Reservation(id: "\(id)-R", customerID: "\(id)-C1"))
    }
    let users = [
        User(id: "admin", role: .admin),
        User(id: "boss-north", role: .supervisor, groupIDs: ["north"]),
        User(id: "rep-N1", role: .rep, repID: "N1"),
    ]
    return Company(
        name: "Transfer", planningStart: start, groups: [RepGroup(id: "north"), RepGroup(id: "south")], reps: reps,
        customers: customers, appointments: appointments, reservations: reservations, visitHistory: history,
        users: users)
}

/// Writes the test company to a new temporary folder and returns the folder.
private func companyFolder() throws -> URL {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("giro-transfer-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    try CompanyFile.encode(transferCommandCompany()).write(to: folder.appendingPathComponent("company.json"))
    return folder
}

@Suite("giro transfer", .serialized)
struct TransferCommandTests {
    @Test func moveWritesChangedCompany() throws {
        let folder = try companyFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("company.json").path
        let output = folder.appendingPathComponent("moved.json").path

        let result = try runGiro([
            "transfer", input, "--from", "N1", "--to", "N2", "--customers", "N1-C1, N1-C2", "--as", "boss-north",
            "--output", output,
        ])

        #expect(result.status == 0, "\(result.error)")
        #expect(result.output.contains("Moved 2 customers from rep N1 to rep N2 as user boss-north:"))
        #expect(result.output.contains("  N1-C1\n  N1-C2\n"))
        #expect(result.output.contains("Moved along: 2 visit history entries, 2 appointments, 1 reservation."))
        #expect(result.output.contains("Company written to \(output)."))

        var expected = transferCommandCompany()
        _ = try expected.transfer(
            TransferRequest(from: "N1", to: "N2", customerIDs: ["N1-C1", "N1-C2"]), by: expected.user(id: "boss-north")!)
        #expect(try CompanyFile.load(path: output) == expected)
        #expect(try CompanyFile.load(path: input) == transferCommandCompany(), "the input file stays unchanged")
    }

    @Test func copyOfAllCustomersByDefaultAdmin() throws {
        let folder = try companyFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("company.json").path
        let output = folder.appendingPathComponent("copied.json").path

        let result = try runGiro(["transfer", input, "--from", "S1", "--to", "N1", "--copy", "--output", output])

        #expect(result.status == 0, "\(result.error)")
        #expect(result.output.contains("Copied 3 customers from rep S1 to rep N1 as user admin:"))
        #expect(result.output.contains("  S1-C3 -> S1-C3~copy~N1"))
        #expect(result.output.contains("Copied along: 3 visit history entries, 3 appointments, 1 reservation."))
        let company = try CompanyFile.load(path: output)
        #expect(company.customers(ofRep: "N1").map(\.id).suffix(3) == ["S1-C1~copy~N1", "S1-C2~copy~N1", "S1-C3~copy~N1"])
        #expect(company.customers(ofRep: "S1").count == 3)
    }

    @Test func rejectedTransferExitsWithTwo() throws {
        let folder = try companyFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("company.json").path
        let output = folder.appendingPathComponent("rejected.json").path

        let denied = try runGiro([
            "transfer", input, "--from", "N1", "--to", "N2", "--as", "rep-N1", "--output", output,
        ])
        #expect(denied.status == 2)
        #expect(
            denied.error.contains(
                "transfer rejected: user rep-N1 may not transfer customers: the permission level for it is supervisors and admins only"),
            "\(denied.error)")
        #expect(!FileManager.default.fileExists(atPath: output), "a rejected transfer writes no file")

        let foreign = try runGiro([
            "transfer", input, "--from", "N1", "--to", "N2", "--customers", "N1-C1,S1-C1", "--output", output,
        ])
        #expect(foreign.status == 2)
        #expect(foreign.error.contains("rep N1 does not own the customers S1-C1 (rep S1)"), "\(foreign.error)")

        let unknownUser = try runGiro([
            "transfer", input, "--from", "N1", "--to", "N2", "--as", "nobody", "--output", output,
        ])
        #expect(unknownUser.status == 2)
        #expect(unknownUser.error.contains("user 'nobody' is not in"), "\(unknownUser.error)")

        let unknownRep = try runGiro(["transfer", input, "--from", "N1", "--to", "X9", "--output", output])
        #expect(unknownRep.status == 2)
        #expect(unknownRep.error.contains("rep 'X9' is not in \(input), which has the reps N1, N2, S1, S2"))

        let missingOutput = try runGiro(["transfer", input, "--from", "N1", "--to", "N2"])
        #expect(missingOutput.status == 2)
        #expect(missingOutput.error.contains("--output NEW.json is missing"), "\(missingOutput.error)")
        #expect(!FileManager.default.fileExists(atPath: output))
    }

    @Test func companyWithoutAdminNeedsAsOption() throws {
        let folder = try companyFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("no-admin.json")
        var company = transferCommandCompany()
        company.users.removeAll { $0.role == .admin }
        try CompanyFile.encode(company).write(to: input)

        let result = try runGiro([
            "transfer", input.path, "--from", "N1", "--to", "N2", "--output", folder.appendingPathComponent("new.json").path,
        ])

        #expect(result.status == 2)
        #expect(result.error.contains("\(input.path) has no admin user; name the acting user with --as USER"))
    }

    @Test func helpListsEveryOption() throws {
        let result = try runGiro(["transfer", "--help"])

        #expect(result.status == 0)
        #expect(result.output.contains("Usage: giro transfer COMPANY --from REP --to REP"))
        for option in ["--from REP", "--to REP", "--customers ID,ID", "--copy", "--as USER", "--output NEW.json"] {
            #expect(result.output.contains(option), "\(option)")
        }
        #expect(try runGiro(["--help"]).output.contains("transfer COMPANY"))
    }
}
