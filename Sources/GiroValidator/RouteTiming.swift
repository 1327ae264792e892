import GiroModel

/// The times of one route as the validator recomputes them from the plan's
/// decisions (departure, service starts, the break) and the territory.
struct RouteTiming {
    /// One drive: into a stop, or from the last stop to the end location.
    struct Leg {
        /// When the rep sets off: the previous service end, or the departure.
        var start: Int
        /// The rep's driving time in seconds; zero into an appointment
        /// without a location.
        var travel: Int
        var distance: Double
        /// When the rep reaches the leg's end, including a break on the road.
        var arrival: Int
        /// Whether the break is taken during this drive, delaying the arrival.
        var breakOnRoad: Bool
    }

    /// The recomputed times of one stop.
    struct StopTimes {
        var arrival: Int
        /// Setup charged at this stop: the customer's setup on arrival from
        /// another site, otherwise zero.
        var setup: Int
        var setupStart: Int
        var serviceEnd: Int
        /// Setup start minus arrival; negative when the rep cannot be there in
        /// time for the reported service start.
        var slack: Int
        /// Slack minus a break taken at this stop while waiting.
        var waiting: Int
        /// Whether the break is taken at this stop while waiting.
        var breakAtStop: Bool
    }

    /// n + 1 legs for n stops; the last one leads to the end location.
    var legs: [Leg]
    var stops: [StopTimes]
    var finalArrival: Int
    var drivingTime: Int
    var distance: Double
    /// Index of the leg that contains the break. It is nil without a break, and
    /// for a break before departure, after arrival or after a missing stop.
    var breakLeg: Int?
    /// The reported break's length (end minus start, at least zero).
    var breakLength: Int
    /// The reported break's end, clamped.
    var breakEnd: Int

    /// Returns the index of the leg that a break placement refers to. Leg 0
    /// leads to the first stop and leg n leads home.
    static func leg(of placement: PlannedBreak.Placement, stopCount: Int) -> Int? {
        switch placement {
        case .beforeFirstStop:
            return 0
        case .afterStop(let index):
            guard index >= 0, index < stopCount else { return nil }
            return index + 1
        case .beforeDeparture, .afterArrival:
            return nil
        }
    }
}
