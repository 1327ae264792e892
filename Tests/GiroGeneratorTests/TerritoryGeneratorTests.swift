import Foundation
import Giro
import GiroGenerator
import Testing

@Suite("Territory generator")
struct TerritoryGeneratorTests {
    private static let monday = CalendarDate(year: 2027, month: 3, day: 8)!

    /// The seats of Italian regions and provinces in the repository's
    /// datasets folder.
    private static let italianTowns: [Town] = {
        let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("datasets/towns/italy-capitals.csv").path
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return [] }
        return text.split(separator: "\n").dropFirst().compactMap { line in
            let fields = line.split(separator: ",").map(String.init)
            guard fields.count == 5, let latitude = Double(fields[2]), let longitude = Double(fields[3]) else { return nil }
            return Town(name: fields[0], latitude: latitude, longitude: longitude, population: Int(fields[4]))
        }
    }()

    private func settings(
        area: GeneratorSettings.Area = .region, placement: GeneratorSettings.Placement = .towns, reps: Int = 2,
        customersPerRep: Int = 40, seed: UInt64 = 7
    ) -> GeneratorSettings {
        // Centre near Bologna, so that the region contains several seats.
        GeneratorSettings(
            name: "test", seed: seed, area: area, centerLatitude: 44.5, centerLongitude: 11.3, placement: placement,
            reps: reps, customersPerRep: customersPerRep, horizonStart: Self.monday, horizonDays: 10)
    }

    @Test func sameSettingsGiveTheSameTerritory() throws {
        let first = try TerritoryGenerator.territory(settings(), towns: Self.italianTowns)
        let second = try TerritoryGenerator.territory(settings(), towns: Self.italianTowns)
        let other = try TerritoryGenerator.territory(settings(seed: 8), towns: Self.italianTowns)

        #expect(first == second)
        #expect(first != other)
    }

    @Test func countsFollowTheSettings() throws {
        let territory = try TerritoryGenerator.territory(settings(reps: 3, customersPerRep: 50), towns: Self.italianTowns)

        #expect(territory.reps.map(\.id) == ["R01", "R02", "R03"])
        #expect(territory.customers.count == 150)
        #expect(Set(territory.customers.map(\.id)).count == 150)
        #expect(territory.customers.allSatisfy { $0.repID != nil })
        #expect(territory.appointments.count == 3 * 3)
        #expect(territory.horizon.days == 10)
    }

    @Test(arguments: GeneratorSettings.Area.allCases)
    func customersStayNearTheArea(area: GeneratorSettings.Area) throws {
        let territory = try TerritoryGenerator.territory(settings(area: area), towns: Self.italianTowns)

        for customer in territory.customers {
            guard case .geographic(let latitude, let longitude) = customer.location.coordinate else {
                Issue.record("customer \(customer.id) has no geographic location")
                continue
            }
            let distance = TerritoryGeneratorTests.kilometres(44.5, 11.3, latitude, longitude)
            #expect(distance <= area.radiusKilometres + 4, "\(customer.id) lies \(distance) km away")
        }
    }

    @Test func onlyCountryRepsMayStayAway() throws {
        let region = try TerritoryGenerator.territory(settings(area: .region), towns: Self.italianTowns)
        let country = try TerritoryGenerator.territory(settings(area: .country), towns: Self.italianTowns)

        #expect(region.reps.allSatisfy { $0.overnightRule == nil })
        #expect(country.reps.allSatisfy { $0.overnightRule != nil })
        #expect(country.reps.first?.overnightRule?.hotels.isEmpty == false)
    }

    /// A far region 150 km from the centre takes its share of the
    /// customers, and every rep may stay in its five hotels.
    @Test func farRegionTakesItsShareAndBringsHotels() throws {
        var far = settings(placement: .uniform, reps: 1, customersPerRep: 400)
        far.farRegion = GeneratorSettings.FarRegion(
            centerLatitude: 45.85, centerLongitude: 11.3, radiusKilometres: 20, share: 0.25)
        let territory = try TerritoryGenerator.territory(far, towns: [])

        let inRegion = territory.customers.filter { customer in
            guard case .geographic(let latitude, let longitude) = customer.location.coordinate else { return false }
            return TerritoryGeneratorTests.kilometres(45.85, 11.3, latitude, longitude) <= 20.5
        }
        #expect((70...130).contains(inRegion.count), "\(inRegion.count) of 400 in the far region")
        let rule = try #require(territory.reps.first?.overnightRule)
        #expect(rule.hotels.filter { $0.id.hasPrefix("H-far-") }.count == 5)
        #expect(rule.minimumDistanceFromHome == 100_000)
    }

    /// In a steady state every customer was seen within its interval; with
    /// a backlog some were seen longer ago.
    @Test func steadyHistoryKeepsLastVisitsWithinTheInterval() throws {
        var steady = settings(reps: 1, customersPerRep: 200)
        steady.history = .steady
        let backlog = try TerritoryGenerator.territory(settings(reps: 1, customersPerRep: 200), towns: Self.italianTowns)
        let territory = try TerritoryGenerator.territory(steady, towns: Self.italianTowns)

        func isWithinInterval(_ customer: Customer) -> Bool {
            guard let last = customer.lastVisit, let interval = customer.cadenceDays else { return true }
            return Self.monday.days(since: last) <= interval
        }
        #expect(territory.customers.allSatisfy(isWithinInterval))
        #expect(!backlog.customers.allSatisfy(isWithinInterval))
    }

    @Test func uniformPlacementNeedsNoTowns() throws {
        let territory = try TerritoryGenerator.territory(settings(placement: .uniform), towns: [])

        #expect(territory.customers.count == 80)
    }

    @Test func placementAroundTownsNeedsTownsInTheArea() {
        #expect(throws: TerritoryGenerator.Failure.noTownsInArea(radiusKilometres: 75)) {
            try TerritoryGenerator.territory(settings(), towns: [])
        }
    }

    /// A uniform area around a centre near the pole would place customers
    /// past latitude 90, which no territory file accepts.
    @Test func uniformAreaPastAPoleIsRejected() {
        var polar = settings(placement: .uniform)
        polar.centerLatitude = 89.9
        polar.centerLongitude = 179.9

        #expect(throws: TerritoryGenerator.Failure.self) {
            try TerritoryGenerator.territory(polar, towns: [])
        }
    }

    @Test func settingsOutOfRangeAreRejected() {
        var bad = settings()
        bad.cadences = []

        #expect(throws: TerritoryGenerator.Failure.self) {
            try TerritoryGenerator.territory(bad, towns: Self.italianTowns)
        }
    }

    /// A small generated territory plans, and the validator accepts the plan.
    @Test func generatedTerritoryPlansValidly() throws {
        let territory = try TerritoryGenerator.territory(
            settings(area: .city, reps: 1, customersPerRep: 30), towns: Self.italianTowns)
        let plan = try Planner(territory: territory).plan(options: PlannerOptions(seed: 1, iterationLimit: 5))

        let report = try PlanValidator(territory: territory).validate(plan)
        #expect(report.isValid, "\(report.description)")
        #expect(plan.visitCount > 0)
    }

    private static func kilometres(_ latitude1: Double, _ longitude1: Double, _ latitude2: Double, _ longitude2: Double)
        -> Double
    {
        let radians = Double.pi / 180
        let dLatitude = (latitude2 - latitude1) * radians
        let dLongitude = (longitude2 - longitude1) * radians
        let a = sin(dLatitude / 2) * sin(dLatitude / 2)
            + cos(latitude1 * radians) * cos(latitude2 * radians) * sin(dLongitude / 2) * sin(dLongitude / 2)
        return 2 * 6371 * asin(min(1, sqrt(a)))
    }
}
