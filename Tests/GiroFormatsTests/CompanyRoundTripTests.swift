import Foundation
import Giro
import Testing

private func roundTrip(_ company: Company) throws -> Company {
    try CompanyFile.decode(CompanyFile.encode(company), fileName: "round-trip.json")
}

private func loadDemoTerritory() throws -> (territory: Territory, company: Company) {
    let data = try Data(contentsOf: URL(fileURLWithPath: CompanySamples.demoTerritoryPath))
    let territory = try TerritoryFile.decode(data, fileName: "demo.json")
    let company = try CompanyFile.decode(data, fileName: "demo.json")
    return (territory, company)
}

/// Builds the territory that `Company.territory(forRep:)` gives back for a
/// converted one-rep territory. It equals the original, except for the
/// company's name for it, the rep's id on every customer and appointment,
/// and every customer's effective `dueAfter`.
private func expectedRoundTrip(of territory: Territory, repID: String) -> Territory {
    var expected = territory
    expected.name = "\(territory.name ?? "company"): rep \(repID)"
    expected.customers = territory.customers.map { customer in
        var own = customer
        own.repID = repID
        own.dueAfter = territory.dueAfter(of: customer)
        return own
    }
    expected.appointments = territory.appointments.map { appointment in
        var own = appointment
        own.repID = repID
        return own
    }
    return expected
}

@Suite("company file round trips")
struct CompanyRoundTripTests {
    @Test func documentedExampleRoundTrips() throws {
        let company = try CompanyFile.decode(Data(CompanySamples.documentedExample().utf8), fileName: "example.json")

        let encoded = CompanyFile.encode(company)
        let decoded = try CompanyFile.decode(encoded, fileName: "round-trip.json")

        #expect(decoded == company)
        #expect(CompanyFile.encode(decoded) == encoded)
    }

    @Test func replanningFieldsRoundTrip() throws {
        var company = try CompanyFile.decode(Data(CompanySamples.documentedExample().utf8), fileName: "example.json")
        company.name = nil
        company.startLocation = .geographic(latitude: 45.6, longitude: 9.8)
        company.startTime = 10 * 3600 + 15 * 60 + 30
        company.settings[.setupDuration] = .duration(150)
        company.permissions = PermissionPolicy([.importData: .nobody, .editCustomers: .supervisorsAndAdmins])

        #expect(try roundTrip(company) == company)
    }

    @Test func endLocationRoundTrips() throws {
        var company = try CompanyFile.decode(Data(CompanySamples.documentedExample().utf8), fileName: "example.json")
        company.endLocation = .geographic(latitude: 46.1, longitude: 10.2)
        let text = String(decoding: CompanyFile.encode(company), as: UTF8.self)

        #expect(try roundTrip(company) == company)
        #expect(text.contains("\"endLocation\""))
    }

    @Test func horizonEndAndHotelChoiceComeBack() throws {
        let json = try DocumentationExamples.block(
            in: "territory-format.md", after: "## Complete example", language: "json")
        var territory = try TerritoryFile.decode(Data(json.utf8), fileName: "example.json")
        territory.horizon.endLocation = .geographic(latitude: 53.0, longitude: 10.5)
        territory.reps[0].overnightRule?.hotelChoice = .anyInReach
        let company = try CompanyFile.decode(TerritoryFile.encode(territory), fileName: "converted.json")
        let back = try company.territory(forRep: territory.reps[0].id)

        #expect(company.endLocation == territory.horizon.endLocation)
        #expect(back.horizon == territory.horizon)
        #expect(back.reps[0].overnightRule?.hotelChoice == .anyInReach)
        #expect(try roundTrip(company) == company)
    }

    @Test func convertedDemoRoundTrips() throws {
        let company = try loadDemoTerritory().company

        let encoded = CompanyFile.encode(company)
        let decoded = try CompanyFile.decode(encoded, fileName: "round-trip.json")

        #expect(decoded == company)
        #expect(CompanyFile.encode(decoded) == encoded)
    }

    @Test func demoConversionShape() throws {
        let (territory, company) = try loadDemoTerritory()

        #expect(company.name == territory.name)
        #expect(company.planningStart == territory.horizon.start)
        #expect(company.groups.map(\.id) == ["default"])
        #expect(company.reps.map(\.id) == ["R1"])
        #expect(company.reps.map(\.groupID) == ["default"])
        #expect(company.customers.count == territory.customers.count)
        #expect(company.users == [User(id: "admin", role: .admin)])
        #expect(company.settings[.horizonDays] == .integer(5))
        #expect(company.settings[.dueAfter] == .number(0.7))
        #expect(company.reps[0].settings[.maximumWorkingTime] == .duration(570 * 60))
        #expect(company.reps[0].settings[.overnightRule] == .overnightRule(nil))

        let first = try #require(company.customers.first)
        #expect(first.settings[.visitDuration] == .duration(45 * 60))
        #expect(first.settings[.adherence] == .adherence(.entire))
        #expect(first.settings[.cadenceDays] == .integer(56))
        #expect(first.settings[.dueAfter] == nil)
        #expect(first.priority == 2)
        #expect(company.lockViolations().isEmpty)
    }

    @Test func demoTerritoryComesBack() throws {
        let (territory, company) = try loadDemoTerritory()

        let back = try company.territory(forRep: "R1")
        let expected = expectedRoundTrip(of: territory, repID: "R1")

        #expect(back.name == expected.name)
        #expect(back.horizon == expected.horizon)
        #expect(back.travel == expected.travel)
        #expect(back.settings == expected.settings)
        #expect(back.reps == expected.reps)
        #expect(back.customers == expected.customers)
        #expect(back.appointments == expected.appointments)
        #expect(back.reservations == expected.reservations)
        #expect(back.visitHistory == expected.visitHistory)
        #expect(back == expected)
    }

    @Test func multiRepTerritoryComesBack() throws {
        let json = try DocumentationExamples.block(
            in: "territory-format.md", after: "## Complete example", language: "json")
        let territory = try TerritoryFile.decode(Data(json.utf8), fileName: "example.json")
        let company = try CompanyFile.decode(Data(json.utf8), fileName: "example.json")

        #expect(company.reps.map(\.id) == ["anna", "ben"])
        #expect(company.appointments.map(\.repID) == ["anna", "ben", "anna"])
        #expect(try roundTrip(company) == company)

        for rep in territory.reps {
            let back = try company.territory(forRep: rep.id)
            #expect(back.reps == [rep])
            #expect(back.horizon == territory.horizon)
            #expect(back.settings == territory.settings)

            let own = territory.customers.filter { $0.repID == rep.id }.map { customer in
                var expected = customer
                expected.dueAfter = territory.dueAfter(of: customer)
                return expected
            }
            #expect(back.customers == own)
        }
    }
}
