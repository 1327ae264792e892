import Foundation
import GiroModel

/// Builds synthetic field-sales territories from settings and real towns.
///
/// Every random choice comes from one SplitMix64 generator seeded by the
/// settings, in a fixed order, so the same settings and towns give the same
/// territory.
public enum TerritoryGenerator {
    /// The reasons settings cannot give a territory.
    public enum Failure: Error, Hashable, Sendable, CustomStringConvertible {
        case invalidSetting(name: String, reason: String)
        case noTownsInArea(radiusKilometres: Double)

        public var description: String {
            switch self {
            case .invalidSetting(let name, let reason):
                return "setting \(name) is invalid: \(reason)"
            case .noTownsInArea(let radius):
                return "no town lies within \(Int(radius)) km of the centre; move the centre, choose a larger area, "
                    + "or place customers uniformly"
            }
        }
    }

    /// Mean Earth radius in kilometres, for great-circle distances.
    static let earthRadiusKilometres = 6371.0

    /// Returns the territory of the settings.
    ///
    /// Reps live in the largest towns of the area, spread apart; without
    /// towns, at random points. Each customer belongs to the nearest rep, so
    /// reps get `customersPerRep` customers on average. Reps work Monday to
    /// Friday 08:00–18:00, at most 9 h 30 min, with a 45-minute break within
    /// 12:00–14:30. In a country area they may spend Monday to Thursday
    /// nights away at least 150 km from home, in hotels in towns of 50,000
    /// inhabitants or more. With a far region, a share of the customers
    /// spreads over it instead, and the reps may spend Monday to Thursday
    /// nights away at least 100 km from home, also in five hotels of the
    /// region: one at its centre and four at 60 % of its radius to the
    /// north, east, south and west.
    ///
    /// - Throws: `Failure` for settings out of range, or when customers
    ///   should be placed around towns and none lies in the area.
    /// - Complexity: O(C·(T + R)) for C customers, T towns and R reps.
    public static func territory(_ settings: GeneratorSettings, towns: [Town]) throws(Failure) -> Territory {
        try check(settings)
        var random = SplitMix64(seed: settings.seed)
        let radius = settings.area.radiusKilometres
        let areaTowns = towns.filter {
            distance(settings.centerLatitude, settings.centerLongitude, $0.latitude, $0.longitude) <= radius
        }
        if settings.placement == .towns, areaTowns.isEmpty {
            throw .noTownsInArea(radiusKilometres: radius)
        }

        let homes = repHomes(settings, towns: areaTowns, random: &random)
        let reps = homes.enumerated().map { index, home in
            makeRep(index: index, home: home, settings: settings, hotelTowns: areaTowns)
        }

        var customers: [Customer] = []
        var reservations: [Reservation] = []
        let count = settings.reps * settings.customersPerRep
        let townWeights = areaTowns.map { pow(Double($0.population ?? 10_000), 0.8) }
        for index in 0..<count {
            var (latitude, longitude, townName) = customerPlace(
                settings, towns: areaTowns, weights: townWeights, random: &random)
            if let far = settings.farRegion, random.unit() < far.share {
                (latitude, longitude) = offset(
                    far.centerLatitude, far.centerLongitude, kilometres: far.radiusKilometres, random: &random)
                townName = nil
            }
            let nearest = homes.indices.min { lhs, rhs in
                distance(latitude, longitude, homes[lhs].latitude, homes[lhs].longitude)
                    < distance(latitude, longitude, homes[rhs].latitude, homes[rhs].longitude)
            } ?? 0
            let customer = makeCustomer(
                index: index, latitude: latitude, longitude: longitude, townName: townName, repID: reps[nearest].id,
                settings: settings, random: &random)
            customers.append(customer)
            if random.unit() < settings.reservationShare {
                reservations.append(Reservation(id: "RES-\(customer.id)", customerID: customer.id))
            }
        }

        let appointments = makeAppointments(settings: settings, reps: reps, customers: customers, random: &random)
        return Territory(
            name: settings.name, horizon: Horizon(start: settings.horizonStart, days: settings.horizonDays),
            reps: reps, customers: customers, appointments: appointments, reservations: reservations)
    }

    private static func check(_ settings: GeneratorSettings) throws(Failure) {
        guard (1...1_000).contains(settings.reps) else {
            throw .invalidSetting(name: "reps", reason: "\(settings.reps) is not from 1 to 1,000")
        }
        guard (1...100_000).contains(settings.customersPerRep) else {
            throw .invalidSetting(name: "customersPerRep", reason: "\(settings.customersPerRep) is not from 1 to 100,000")
        }
        guard (1...366).contains(settings.horizonDays) else {
            throw .invalidSetting(name: "horizonDays", reason: "\(settings.horizonDays) is not from 1 to 366")
        }
        guard !settings.cadences.isEmpty,
            settings.cadences.allSatisfy({ $0.days >= 1 && $0.share >= 0 }),
            settings.cadences.contains(where: { $0.share > 0 })
        else {
            throw .invalidSetting(
                name: "cadences", reason: "give at least one cadence of 1 day or more with a positive share")
        }
        let mix = settings.openingHours
        let shares = [mix.allDay, mix.lunchClosure, mix.closedDay, mix.narrowWindow]
        guard shares.allSatisfy({ $0 >= 0 }), shares.contains(where: { $0 > 0 }) else {
            throw .invalidSetting(name: "openingHours", reason: "the shares must be 0 or more, and one positive")
        }
        guard (0...1).contains(settings.reservationShare), (0...100).contains(settings.appointmentsPerRepWeek) else {
            throw .invalidSetting(
                name: "reservationShare or appointmentsPerRepWeek",
                reason: "the share must be from 0 to 1 and the appointments from 0 to 100 per week")
        }
        guard (-90...90).contains(settings.centerLatitude), (-180...180).contains(settings.centerLongitude) else {
            throw .invalidSetting(name: "center", reason: "latitude and longitude must be WGS 84 degrees")
        }
        guard settings.areaStaysWithinCoordinateRange else {
            throw .invalidSetting(
                name: "center",
                reason: "the area reaches past a pole or longitude 180; move its center, choose a smaller area, "
                    + "or place customers around towns")
        }
        if let far = settings.farRegion {
            guard (-90...90).contains(far.centerLatitude), (-180...180).contains(far.centerLongitude) else {
                throw .invalidSetting(name: "farRegion.center", reason: "latitude and longitude must be WGS 84 degrees")
            }
            guard (1...500).contains(far.radiusKilometres), (0...1).contains(far.share) else {
                throw .invalidSetting(
                    name: "farRegion", reason: "the radius must be from 1 to 500 km and the share from 0 to 1")
            }
            guard far.staysWithinCoordinateRange else {
                throw .invalidSetting(
                    name: "farRegion",
                    reason: "the region reaches past a pole or longitude 180; move its center or shrink its radius")
            }
        }
    }

    /// Returns the great-circle distance in kilometres between two points
    /// given in degrees.
    static func distance(_ latitude1: Double, _ longitude1: Double, _ latitude2: Double, _ longitude2: Double) -> Double {
        let radians = Double.pi / 180
        let dLatitude = (latitude2 - latitude1) * radians
        let dLongitude = (longitude2 - longitude1) * radians
        let a = sin(dLatitude / 2) * sin(dLatitude / 2)
            + cos(latitude1 * radians) * cos(latitude2 * radians) * sin(dLongitude / 2) * sin(dLongitude / 2)
        return 2 * earthRadiusKilometres * asin(min(1, sqrt(a)))
    }

    /// Picks the reps' homes: the largest towns that lie at least a spacing
    /// apart, halving the spacing until there are enough, or random points
    /// of the area without towns.
    private static func repHomes(
        _ settings: GeneratorSettings, towns: [Town], random: inout SplitMix64
    ) -> [(latitude: Double, longitude: Double)] {
        guard !towns.isEmpty else {
            return (0..<settings.reps).map { _ in randomPoint(settings, random: &random) }
        }
        let byPopulation = towns.sorted { ($0.population ?? 10_000, $1.name) > ($1.population ?? 10_000, $0.name) }
        var spacing = 2 * settings.area.radiusKilometres / max(1, Double(settings.reps).squareRoot())
        var homes: [Town] = []
        while homes.count < settings.reps {
            homes = []
            for town in byPopulation where homes.count < settings.reps {
                let farEnough = homes.allSatisfy {
                    distance($0.latitude, $0.longitude, town.latitude, town.longitude) >= spacing
                }
                if farEnough {
                    homes.append(town)
                }
            }
            if spacing < 0.01 {
                // More reps than towns: the rest share the largest towns.
                while homes.count < settings.reps {
                    homes.append(byPopulation[homes.count % byPopulation.count])
                }
            }
            spacing /= 2
        }
        return homes.map { (offset($0.latitude, $0.longitude, kilometres: 1, random: &random)) }
    }

    private static func customerPlace(
        _ settings: GeneratorSettings, towns: [Town], weights: [Double], random: inout SplitMix64
    ) -> (latitude: Double, longitude: Double, townName: String?) {
        guard settings.placement == .towns, !towns.isEmpty else {
            let point = randomPoint(settings, random: &random)
            return (point.latitude, point.longitude, nil)
        }
        let town = towns[random.index(weights: weights)]
        let spread = min(3, settings.area.radiusKilometres / 10)
        let point = offset(town.latitude, town.longitude, kilometres: spread, random: &random)
        return (point.latitude, point.longitude, town.name)
    }

    /// Returns a uniform random point of the area's disc.
    private static func randomPoint(
        _ settings: GeneratorSettings, random: inout SplitMix64
    ) -> (latitude: Double, longitude: Double) {
        offset(settings.centerLatitude, settings.centerLongitude, kilometres: settings.area.radiusKilometres, random: &random)
    }

    /// Returns a uniform random point within `kilometres` of a point, by an
    /// equirectangular step that is accurate at these distances.
    private static func offset(
        _ latitude: Double, _ longitude: Double, kilometres: Double, random: inout SplitMix64
    ) -> (latitude: Double, longitude: Double) {
        let angle = 2 * Double.pi * random.unit()
        let reach = kilometres * random.unit().squareRoot()
        let kilometresPerDegree = earthRadiusKilometres * Double.pi / 180
        let newLatitude = latitude + reach * sin(angle) / kilometresPerDegree
        let newLongitude = longitude + reach * cos(angle) / (kilometresPerDegree * max(0.01, cos(latitude * Double.pi / 180)))
        return ((newLatitude * 1e5).rounded() / 1e5, (newLongitude * 1e5).rounded() / 1e5)
    }

    private static func makeRep(
        index: Int, home: (latitude: Double, longitude: Double), settings: GeneratorSettings, hotelTowns: [Town]
    ) -> Rep {
        var overnight: OvernightRule?
        if settings.area == .country {
            let hotels = hotelTowns.filter { ($0.population ?? 0) >= 50_000 }.map {
                Hotel(id: "H-\($0.name)", name: "Hotel \($0.name)", location: .geographic(latitude: $0.latitude, longitude: $0.longitude))
            }
            overnight = OvernightRule(
                allowedNights: [.monday, .tuesday, .wednesday, .thursday], minimumDistanceFromHome: 150_000,
                maximumDriveToHotel: 1800, hotels: hotels, maximumConsecutiveNights: 3, maximumNightsPerWeek: 3)
        }
        if let far = settings.farRegion {
            var rule = overnight ?? OvernightRule(
                allowedNights: [.monday, .tuesday, .wednesday, .thursday], maximumDriveToHotel: 1800,
                maximumConsecutiveNights: 3, maximumNightsPerWeek: 3)
            rule.minimumDistanceFromHome = min(rule.minimumDistanceFromHome ?? 100_000, 100_000)
            rule.hotels += farRegionHotels(far)
            overnight = rule
        }
        let number = index + 1
        return Rep(
            id: number < 10 ? "R0\(number)" : "R\(number)", home: .geographic(latitude: home.latitude, longitude: home.longitude),
            workingHours: .weekdays(TimeWindow(start: 8 * 3600, end: 18 * 3600)), maximumWorkingTime: 9 * 3600 + 1800,
            breakRule: BreakRule(frame: TimeWindow(start: 12 * 3600, end: 14 * 3600 + 1800), duration: 2700),
            overnightRule: overnight)
    }

    /// Returns the far region's hotels: one at its centre and four at 60 %
    /// of its radius to the north, east, south and west.
    private static func farRegionHotels(_ far: GeneratorSettings.FarRegion) -> [Hotel] {
        let kilometresPerDegree = earthRadiusKilometres * Double.pi / 180
        let reach = 0.6 * far.radiusKilometres
        let latitudeStep = reach / kilometresPerDegree
        let longitudeStep = reach / (kilometresPerDegree * max(0.01, cos(far.centerLatitude * Double.pi / 180)))
        let places: [(String, Double, Double)] = [
            ("centre", 0, 0), ("north", latitudeStep, 0), ("east", 0, longitudeStep), ("south", -latitudeStep, 0),
            ("west", 0, -longitudeStep),
        ]
        return places.map { name, north, east in
            let latitude = ((far.centerLatitude + north) * 1e5).rounded() / 1e5
            let longitude = ((far.centerLongitude + east) * 1e5).rounded() / 1e5
            return Hotel(
                id: "H-far-\(name)", name: "Far region hotel, \(name)",
                location: .geographic(latitude: latitude, longitude: longitude))
        }
    }

    private static func makeCustomer(
        index: Int, latitude: Double, longitude: Double, townName: String?, repID: String, settings: GeneratorSettings,
        random: inout SplitMix64
    ) -> Customer {
        let id = "C" + String(repeating: "0", count: max(0, 5 - String(index + 1).count)) + String(index + 1)
        let interval = settings.cadences[random.index(weights: settings.cadences.map(\.share))].days
        let neverVisited = random.unit() < 0.05
        let daysAgo: Int
        switch settings.history {
        case .backlog:
            daysAgo = random.integer(max(1, Int((0.3 * Double(interval)).rounded(.up)))...max(1, Int(1.3 * Double(interval))))
        case .steady:
            daysAgo = random.integer(1...max(1, interval))
        }
        let priorityDraw = random.unit()
        let visitMinutes = 5 * random.integer(4...12)
        return Customer(
            id: id, name: townName.map { "Customer \(index + 1) (\($0))" }, location: .geographic(latitude: latitude, longitude: longitude),
            repID: repID, visitDuration: visitMinutes * 60, setupDuration: random.unit() < 0.3 ? 300 : 0,
            openingHours: openingHours(settings.openingHours, random: &random),
            adherence: random.unit() < 0.85 ? .start : .entire, cadenceDays: interval,
            lastVisit: neverVisited ? nil : settings.horizonStart.adding(days: -daysAgo),
            priority: priorityDraw < 0.75 ? 1 : (priorityDraw < 0.95 ? 2 : 3))
    }

    private static func openingHours(_ mix: GeneratorSettings.OpeningHoursMix, random: inout SplitMix64) -> WeeklyWindows {
        let pattern = random.index(weights: [mix.allDay, mix.lunchClosure, mix.closedDay, mix.narrowWindow])
        let allDay = [TimeWindow(start: 8 * 3600 + 1800, end: 18 * 3600 + 1800)]
        let lunch = [TimeWindow(start: 8 * 3600 + 1800, end: 12 * 3600 + 1800), TimeWindow(start: 15 * 3600, end: 19 * 3600)]
        let weekdays: [Weekday] = [.monday, .tuesday, .wednesday, .thursday, .friday]
        var windows: [Weekday: [TimeWindow]] = [:]
        switch pattern {
        case 0:
            weekdays.forEach { windows[$0] = allDay }
        case 1:
            weekdays.forEach { windows[$0] = lunch }
        case 2:
            let closed = weekdays[random.integer(0...4)]
            weekdays.filter { $0 != closed }.forEach { windows[$0] = lunch }
        default:
            let start = (8 + random.integer(0...7)) * 3600
            weekdays.forEach { windows[$0] = [TimeWindow(start: start, end: start + 2 * 3600)] }
        }
        return WeeklyWindows(windows)
    }

    private static func makeAppointments(
        settings: GeneratorSettings, reps: [Rep], customers: [Customer], random: inout SplitMix64
    ) -> [Appointment] {
        let workingDays = (0..<settings.horizonDays).map { settings.horizonStart.adding(days: $0) }.filter {
            $0.weekday.rawValue <= 5
        }
        guard !workingDays.isEmpty else { return [] }
        let perRep = Int((settings.appointmentsPerRepWeek * Double(settings.horizonDays) / 7).rounded())

        var appointments: [Appointment] = []
        for rep in reps {
            var candidates = customers.filter { $0.repID == rep.id }
            for number in 0..<min(perRep, candidates.count) {
                let customer = candidates.remove(at: random.integer(0...(candidates.count - 1)))
                let date = workingDays[random.integer(0...(workingDays.count - 1))]
                let start = 9 * 3600 + 1800 * random.integer(0...14)
                appointments.append(
                    Appointment(
                        id: "A-\(rep.id)-\(number + 1)", repID: rep.id, customerID: customer.id, kind: .fixed(date: date),
                        window: TimeWindow(start: start, end: start + customer.visitDuration),
                        duration: customer.visitDuration))
            }
        }
        return appointments
    }
}
