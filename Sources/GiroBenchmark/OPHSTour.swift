import GiroFormats
import GiroModel

/// A plan read back as the tour of an orienteering instance with hotel
/// selection, checked against the instance alone: its score, and the first
/// rule it breaks.
///
/// The check does not trust the planner's times or distances. It recomputes
/// each trip's length from the instance's coordinates, so that a plan is
/// only counted when its tour is a solution of the published instance.
struct OPHSTour {
    /// Sum of the scores of the visited vertices, each counted once.
    let score: Double
    /// Visited vertices.
    let visits: Int
    /// Trips that end at an extra hotel.
    let extraHotelNights: Int
    /// The first broken rule, or nil.
    let problem: String?

    /// Largest excess of a trip over its length limit, in instance units,
    /// that still counts as within it: rounding in the last digits of the
    /// published lengths.
    static let lengthTolerance = 1e-6

    /// Reads the routes of `plan` as the tour over `trips`.
    ///
    /// - Parameters:
    ///   - trips: the trips with a positive length limit, in order, each
    ///     with its number in the instance. Trip `k` of the list is day `k`
    ///     of the horizon that starts on `start`.
    ///   - vertexByCustomer: the vertex index of each customer identifier.
    /// - Complexity: O(S + D) for S stops and D trips.
    init(
        plan: Plan, instance: OPHSInstance, trips: [(number: Int, length: Double)], start: CalendarDate,
        vertexByCustomer: [String: Int]
    ) {
        var score = 0.0
        var visited = Set<Int>()
        var extraHotelNights = 0
        var problem: String?
        func fail(_ message: String) {
            if problem == nil {
                problem = message
            }
        }

        let routesByDay = Dictionary(plan.routes.map { ($0.date.days(since: start), $0) }, uniquingKeysWith: { first, _ in first })
        if plan.routes.count != routesByDay.count {
            fail("the plan has more than one route on a day")
        }
        var position = instance.hotels[0]
        var previousTrip = 0
        for (day, trip) in trips.enumerated() {
            defer { previousTrip = trip.number }
            guard let route = routesByDay[day] else { continue }
            guard OPHSTour.isAt(route.startLocation, position) else {
                fail("trip \(trip.number) starts away from where trip \(previousTrip) ended")
                break
            }

            var length = 0.0
            var previous = position
            for stop in route.stops {
                guard let id = stop.customerID, let vertex = vertexByCustomer[id] else {
                    fail("trip \(trip.number) has a stop that is no vertex")
                    continue
                }
                let point = instance.vertices[vertex]
                length += OPHSTour.distance(previous, point)
                previous = point
                if visited.insert(vertex).inserted {
                    score += point.score
                } else {
                    fail("vertex \(vertex + 1) is visited twice")
                }
            }
            guard let hotel = instance.hotels.firstIndex(where: { OPHSTour.isAt(route.endLocation, $0) }) else {
                fail("trip \(trip.number) ends away from every hotel")
                break
            }
            length += OPHSTour.distance(previous, instance.hotels[hotel])
            if length > trip.length + OPHSTour.lengthTolerance {
                fail("trip \(trip.number) is \(length) long, above its limit of \(trip.length)")
            }
            if hotel >= 2 {
                extraHotelNights += 1
            }
            position = instance.hotels[hotel]
        }
        if problem == nil, position.x != instance.hotels[1].x || position.y != instance.hotels[1].y {
            fail("the tour ends away from the end hotel")
        }

        self.score = score
        visits = visited.count
        self.extraHotelNights = extraHotelNights
        self.problem = problem
    }

    private static func distance(_ a: OPHSInstance.Point, _ b: OPHSInstance.Point) -> Double {
        let dx = a.x - b.x
        let dy = a.y - b.y
        return (dx * dx + dy * dy).squareRoot()
    }

    private static func isAt(_ location: Location, _ point: OPHSInstance.Point) -> Bool {
        guard case .planar(let x, let y) = location.coordinate else { return false }
        return x == point.x && y == point.y
    }
}
