import Foundation
import GiroModel

extension RouteMap {
    /// Creates the map of one rep's routes in a plan: one route per day,
    /// home, every night away and the horizon's end location as a hotel
    /// marker, and the rep's customers without a visit as grey dots.
    ///
    /// WGS 84 coordinates are projected onto a plane by an equirectangular
    /// projection around the mean latitude of the routes' ends. East–west
    /// distances then stretch by about 2 % per degree of latitude away from
    /// it at 45° north, which is accurate enough for a picture. Places
    /// without coordinates, known only by a matrix index, are left out.
    ///
    /// - Parameters:
    ///   - plan: the plan to draw.
    ///   - territory: the territory the plan was made for; it gives the
    ///     positions of customers, appointments and home.
    ///   - repID: the rep whose routes are drawn.
    public init(plan: Plan, territory: Territory, repID: String) {
        let rep = territory.reps.first { $0.id == repID }
        let customers = Dictionary(territory.customers.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let appointments = Dictionary(territory.appointments.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let days = plan.routes.filter { $0.repID == repID }
        let lastWorkingDay = rep.flatMap { rep in territory.horizon.dates.last { rep.workingHours(on: $0) != nil } }

        var latitudes: [Double] = []
        for day in days {
            for location in [day.startLocation, day.endLocation] {
                if case .geographic(let latitude, _) = location.coordinate {
                    latitudes.append(latitude)
                }
            }
        }
        let projection = Projection(meanLatitude: latitudes.isEmpty ? 0 : latitudes.reduce(0, +) / Double(latitudes.count))

        var routes: [Route] = []
        var markers: [Marker] = []
        var visited: Set<String> = []
        if let home = rep.flatMap({ projection.position(of: $0.home) }) {
            markers.append(Marker(kind: .home, position: home, label: "home of \(repID)"))
        }

        for day in days {
            var positions: [Position] = []
            var labels: [String] = []
            if let start = projection.position(of: day.startLocation) {
                positions.append(start)
                labels.append("start")
            }
            for stop in day.stops {
                if let customerID = stop.customerID {
                    visited.insert(customerID)
                }
                let appointmentLocation = stop.appointmentID.flatMap { appointments[$0]?.location }
                let location = appointmentLocation ?? stop.customerID.flatMap { customers[$0]?.location }
                guard let location, let position = projection.position(of: location) else { continue }
                positions.append(position)
                labels.append(Self.label(of: stop, customer: stop.customerID.flatMap { customers[$0] }))
            }
            if let end = projection.position(of: day.endLocation) {
                positions.append(end)
                labels.append("end")
                let isHorizonEnd = day.date == lastWorkingDay && day.endLocation == territory.horizon.endLocation
                if let home = rep?.home, day.endLocation != home {
                    let label = isHorizonEnd ? "end of the horizon after \(day.date)" : "night after \(day.date)"
                    markers.append(Marker(kind: .hotel, position: end, label: label))
                }
            }
            routes.append(Route(name: "\(Self.weekdayName(day.date.weekday)) \(day.date)", positions: positions, labels: labels))
        }

        let others = territory.customers
            .filter { ($0.repID == nil || $0.repID == repID) && !visited.contains($0.id) }
            .compactMap { projection.position(of: $0.location) }
        self.init(title: "Routes of \(rep?.name ?? repID)", routes: routes, markers: markers, otherPlaces: others)
    }

    private static func label(of stop: PlannedStop, customer: Customer?) -> String {
        let name = customer?.name ?? stop.customerID ?? stop.appointmentID ?? "appointment"
        return "\(name), \(clockText(stop.serviceStart))–\(clockText(stop.serviceEnd))"
    }

    /// Writes seconds after midnight as `HH:MM`, with hours past 24 for a
    /// day that runs past midnight.
    static func clockText(_ seconds: Int) -> String {
        let minutes = max(seconds, 0) / 60
        let hours = minutes / 60
        let rest = minutes % 60
        return "\(hours < 10 ? "0" : "")\(hours):\(rest < 10 ? "0" : "")\(rest)"
    }

    static func weekdayName(_ weekday: Weekday) -> String {
        ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][weekday.rawValue - 1]
    }
}

/// The equirectangular projection of WGS 84 coordinates onto a plane in
/// kilometres, which keeps planar coordinates as they are.
private struct Projection {
    /// Kilometres per degree of latitude on a sphere of the mean Earth
    /// radius, 6,371 km.
    static let kilometresPerDegree = 6371.0 * Double.pi / 180

    let meanLatitude: Double

    func position(of location: Location) -> RouteMap.Position? {
        switch location.coordinate {
        case .geographic(let latitude, let longitude):
            let x = longitude * Self.kilometresPerDegree * cos(meanLatitude * Double.pi / 180)
            return RouteMap.Position(x: x, y: latitude * Self.kilometresPerDegree)
        case .planar(let x, let y):
            return RouteMap.Position(x: x, y: y)
        case .none:
            return nil
        }
    }
}
