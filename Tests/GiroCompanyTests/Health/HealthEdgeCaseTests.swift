import Foundation
@testable import GiroCompany
import Giro
import Testing

@Suite("Health check edge cases")
struct HealthEdgeCaseTests {
    @Test func unusableHomeCountsForTheRep() throws {
        let company = HealthFixture.company { company in
            company.updateRep("A") { $0.home = Location(coordinate: .none) }
        }
        let report = try HealthCheck.run(company: company, scope: .rep("A"))
        let finding = try #require(report.findings(of: "DQ-01").first)

        #expect(finding.measuredValue == 1)
        #expect(finding.repIDs == ["A"])
        #expect(finding.customerIDs == [])
        #expect(finding.message.contains("the rep's home"))
        #expect(report.findings(of: "DQ-07").isEmpty)
        #expect(report.findings(of: "TR-02").isEmpty)
    }

    @Test func unknownReferencesOfEveryKindAreCounted() throws {
        let company = HealthFixture.company { company in
            company.updateRep("C") { $0.groupID = "west" }
            company.appointments = [
                Appointment(
                    id: "AP-1", repID: "Q", customerID: "X-9", kind: .fixed(date: HealthFixture.start),
                    window: HealthFixture.window("09:00", "10:00"), duration: 3600)
            ]
            company.reservations = [Reservation(id: "R-1", customerID: "X-8")]
            company.visitHistory.append(PastVisit(customerID: "X-7", date: HealthFixture.start.adding(days: -3)))
        }
        let finding = try #require(try HealthCheck.run(company: company).findings(of: "DQ-17").first)

        #expect(finding.measuredValue == 5)
        #expect(finding.repIDs == ["C"])
        #expect(finding.message.contains("appointment AP-1 names unknown rep Q"))
        #expect(finding.message.contains("appointment AP-1 names unknown customer X-9"))
        #expect(finding.message.contains("reservation R-1 names unknown customer X-8"))

        let repReport = try HealthCheck.run(company: company, scope: .rep("C"))
        #expect(repReport.findings(of: "DQ-17").first?.measuredValue == 1)
    }

    @Test func complianceNeedsRecordedHistory() throws {
        let company = HealthFixture.company { company in
            company.visitHistory.removeAll()
            for id in ["A-1", "A-2", "A-3", "A-4"] {
                company.updateCustomer(id) { $0.lastVisit = HealthFixture.start.adding(days: -40) }
            }
        }
        let report = try HealthCheck.run(company: company, scope: .rep("A"))

        #expect(report.findings(of: "US-04").isEmpty)
        #expect(report.findings(of: "US-01").first?.measuredValue == 1)
    }

    @Test func emptyCompanyHasNoFinding() throws {
        let company = Company(planningStart: HealthFixture.start)

        #expect(try HealthCheck.run(company: company).findings.isEmpty)
    }

    @Test func repWithoutPlausibleLocationsIsChecked() throws {
        let company = HealthFixture.company { company in
            for id in ["A-1", "A-2", "A-3", "A-4"] {
                company.updateCustomer(id) { $0.location = HealthFixture.location(0, 0) }
            }
        }
        let report = try HealthCheck.run(company: company, scope: .rep("A"))

        #expect(report.findings(of: "DQ-02").first?.measuredValue == 4)
        #expect(report.findings(of: "DQ-03").isEmpty)
        #expect(report.findings(of: "TR-07").isEmpty)
    }

    @Test func planarCustomersAtOnePointAreFound() throws {
        let customers = [
            CompanyCustomer(id: "P-1", name: "North", repID: "P", location: .planar(x: 10, y: 10)),
            CompanyCustomer(id: "P-2", name: "South", repID: "P", location: .planar(x: 10, y: 10)),
            CompanyCustomer(id: "P-3", name: "East", repID: "P", location: .planar(x: 40, y: 10)),
        ]
        let company = Company(
            planningStart: HealthFixture.start, travel: .euclidean(EuclideanParameters(secondsPerUnit: 60)),
            groups: [RepGroup(id: "g")], reps: [CompanyRep(id: "P", groupID: "g", home: .planar(x: 0, y: 0))],
            customers: customers)
        let finding = try #require(try HealthCheck.run(company: company).findings(of: "DQ-06").first)

        #expect(finding.customerIDs == ["P-1", "P-2"])
        #expect(finding.measuredValue == 0)
    }

    @Test func gridFindsTheSamePairsAsBruteForce() {
        var generator = SplitMix(seed: 7)
        var locations: [Location] = []
        for _ in 0..<400 {
            let latitude = 45 + Double(generator.next() % 10_000) / 1_000_000
            let longitude = 9 + Double(generator.next() % 10_000) / 1_000_000
            locations.append(.geographic(latitude: latitude, longitude: longitude))
        }
        locations.append(Location(coordinate: .none))
        locations.append(.planar(x: 1, y: 2))

        let found = LocationGrid.pairs(of: locations, closerThan: 50).map { [$0.first, $0.second] }
        var expected: [[Int]] = []
        for first in 0..<400 {
            for second in (first + 1)..<400 where chord(locations[first], locations[second]) < 50 {
                expected.append([first, second])
            }
        }

        #expect(!expected.isEmpty)
        #expect(found == expected)
    }

    @Test func companySizedCheckFinishes() throws {
        var company = Company(planningStart: HealthFixture.start, groups: [RepGroup(id: "g")])
        var generator = SplitMix(seed: 11)
        for repNumber in 0..<12 {
            let latitude = 44 + Double(repNumber / 4) * 0.5
            let longitude = 8 + Double(repNumber % 4) * 0.5
            company.reps.append(
                CompanyRep(id: "R\(repNumber)", groupID: "g", home: .geographic(latitude: latitude, longitude: longitude)))
            for number in 0..<170 {
                let offset = (Double(generator.next() % 4000) / 10_000, Double(generator.next() % 4000) / 10_000)
                company.customers.append(
                    CompanyCustomer(
                        id: "R\(repNumber)-\(number)", repID: "R\(repNumber)",
                        location: .geographic(latitude: latitude - 0.2 + offset.0, longitude: longitude - 0.2 + offset.1),
                        lastVisit: HealthFixture.start.adding(days: -Int(generator.next() % 40))))
            }
        }

        let clock = ContinuousClock()
        let started = clock.now
        let report = try HealthCheck.run(company: company)
        let elapsed = clock.now - started

        #expect(report.criteriaChecked == HealthCheck.criteria.count)
        #expect(report.findings(of: "US-01").count == 12)
        // A debug build took about 2 s here (Swift 6.3.1, 2-core x86_64
        // Linux). The generous bound only catches a check that became
        // quadratic in the whole company's size.
        #expect(elapsed < .seconds(120), "took \(elapsed)")
    }
}

/// Straight-line distance in metres between two geographic locations on the
/// mean Earth sphere, for comparison with the grid.
private func chord(_ first: Location, _ second: Location) -> Double {
    guard case .geographic(let lat1, let lon1) = first.coordinate, case .geographic(let lat2, let lon2) = second.coordinate
    else { return .infinity }
    func point(_ latitude: Double, _ longitude: Double) -> (Double, Double, Double) {
        let phi = latitude * Double.pi / 180
        let lambda = longitude * Double.pi / 180
        return (cos(phi) * cos(lambda), cos(phi) * sin(lambda), sin(phi))
    }
    let a = point(lat1, lon1)
    let b = point(lat2, lon2)
    let squared = (a.0 - b.0) * (a.0 - b.0) + (a.1 - b.1) * (a.1 - b.1) + (a.2 - b.2) * (a.2 - b.2)
    return 6_371_008.8 * squared.squareRoot()
}

/// A small deterministic random number generator (SplitMix64) for test data.
private struct SplitMix {
    var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var value = state
        value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
        return value ^ (value >> 31)
    }
}
