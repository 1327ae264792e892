/// The planner's result for a territory: one route per rep and working day
/// with visits, and everything due or required that could not be planned.
public struct Plan: Hashable, Sendable {
    public var territoryName: String?
    public var horizon: Horizon
    /// Routes ordered by rep and date. Days without visits have no route.
    public var routes: [DayRoute]
    public var unplanned: [UnplannedVisit]
    /// The objective value in seconds of driving equivalent (see
    /// `PlanningSettings`), as the solver computed it.
    public var objective: Double

    public init(
        territoryName: String? = nil,
        horizon: Horizon,
        routes: [DayRoute],
        unplanned: [UnplannedVisit],
        objective: Double = 0
    ) {
        self.territoryName = territoryName
        self.horizon = horizon
        self.routes = routes
        self.unplanned = unplanned
        self.objective = objective
    }

    /// Number of customer visits and appointments over all routes.
    public var visitCount: Int {
        routes.reduce(0) { $0 + $1.stops.count }
    }
}

/// One rep's day: where it starts and ends, every stop with its times, the
/// break, and the day's totals. All clock times are seconds after midnight of
/// `date`.
public struct DayRoute: Hashable, Sendable {
    public var repID: String
    public var date: CalendarDate
    public var startLocation: Location
    public var departure: Int
    public var stops: [PlannedStop]
    public var breakTaken: PlannedBreak?
    /// The place where the night is spent, which is home for a day trip.
    public var endLocation: Location
    /// Final arrival at `endLocation`.
    public var arrival: Int
    /// Sum of driving times in seconds.
    public var drivingTime: Int
    /// Sum of driving distances in metres (instance units for planar
    /// benchmarks).
    public var distance: Double
    /// From departure to final arrival, in seconds.
    public var workingTime: Int
    /// Sum of waiting in seconds, excluding the break.
    public var waitingTime: Int
    /// Load carried, for benchmark families with capacity.
    public var load: Double

    public init(
        repID: String,
        date: CalendarDate,
        startLocation: Location,
        departure: Int,
        stops: [PlannedStop],
        breakTaken: PlannedBreak?,
        endLocation: Location,
        arrival: Int,
        drivingTime: Int,
        distance: Double,
        workingTime: Int,
        waitingTime: Int,
        load: Double = 0
    ) {
        self.repID = repID
        self.date = date
        self.startLocation = startLocation
        self.departure = departure
        self.stops = stops
        self.breakTaken = breakTaken
        self.endLocation = endLocation
        self.arrival = arrival
        self.drivingTime = drivingTime
        self.distance = distance
        self.workingTime = workingTime
        self.waitingTime = waitingTime
        self.load = load
    }

    /// Number of stops (customer visits and appointments).
    public var visitCount: Int { stops.count }
}

/// One stop of a route: a customer visit or an appointment, with its times in
/// seconds after midnight.
public struct PlannedStop: Hashable, Sendable {
    public var kind: Kind
    /// The customer visited; nil for an appointment without a customer.
    public var customerID: String?
    /// The appointment kept at this stop, if any.
    public var appointmentID: String?
    /// When the rep reaches the stop's location.
    public var arrival: Int
    /// Idle time at the stop before setup, excluding a break taken there.
    public var waitingTime: Int
    /// Setup in seconds; it ends when the service starts.
    public var setupDuration: Int
    public var serviceStart: Int
    public var serviceEnd: Int
    /// The opening window (or appointment window) that the service start
    /// falls in.
    public var window: TimeWindow?

    public enum Kind: String, Hashable, Sendable {
        case visit
        case appointment
    }

    public init(
        kind: Kind,
        customerID: String?,
        appointmentID: String? = nil,
        arrival: Int,
        waitingTime: Int,
        setupDuration: Int,
        serviceStart: Int,
        serviceEnd: Int,
        window: TimeWindow?
    ) {
        self.kind = kind
        self.customerID = customerID
        self.appointmentID = appointmentID
        self.arrival = arrival
        self.waitingTime = waitingTime
        self.setupDuration = setupDuration
        self.serviceStart = serviceStart
        self.serviceEnd = serviceEnd
        self.window = window
    }

    /// When setup starts: `setupDuration` before the service.
    public var setupStart: Int { serviceStart - setupDuration }
}

/// The day's break and where in the day it falls.
public struct PlannedBreak: Hashable, Sendable {
    public var start: Int
    public var end: Int
    public var placement: Placement

    public enum Placement: Hashable, Sendable {
        /// At the start location before departure; outside working time.
        case beforeDeparture
        /// After the stop with this index (0-based) and before the next one,
        /// on the road or while waiting.
        case afterStop(Int)
        /// Between departure and the first stop.
        case beforeFirstStop
        /// After the final arrival; outside working time.
        case afterArrival
    }

    public init(start: Int, end: Int, placement: Placement) {
        self.start = start
        self.end = end
        self.placement = placement
    }
}

/// Something due or required that the plan does not contain, with the reason.
public struct UnplannedVisit: Hashable, Sendable {
    public var kind: Kind
    /// The customer, reservation or appointment id.
    public var id: String
    public var repID: String?
    public var reason: UnplannedReason
    /// A sentence for people: what was tried and what would help.
    public var message: String

    public enum Kind: String, Hashable, Sendable, CaseIterable {
        case customer
        case reservation
        case appointment
    }

    public init(kind: Kind, id: String, repID: String?, reason: UnplannedReason, message: String) {
        self.kind = kind
        self.id = id
        self.repID = repID
        self.reason = reason
        self.message = message
    }
}

/// The reason a due customer, reservation or appointment is not in the plan.
public enum UnplannedReason: String, Hashable, Sendable, CaseIterable {
    /// Closed, or outside the rep's working hours, on every day of the horizon.
    case closedOnEveryDay
    /// Cannot be reached and left again within one working day, and no night
    /// away is allowed.
    case tooFarForDayTrip
    /// Blocked, on a day off, or not yet active on every day it could be seen.
    case blocked
    /// Its cadence allows no visit within the horizon yet.
    case notYetEligible
    /// Every working day that could take it is already full: working hours,
    /// maximum working time, the break or capacity leave no room.
    case noTimeLeft
    /// Conflicts with a higher-ranked appointment.
    case appointmentConflict
    /// Its data cannot be planned, for example an unknown customer or rep.
    case invalidData
}
