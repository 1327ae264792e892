import GiroModel

/// An explanation of one customer's place in a plan: whether it is visited
/// and why not, when it is next due, and what a visit on its cheapest free
/// day would cost.
public struct CustomerExplanation: Hashable, Sendable {
    /// The customer's standing in the plan.
    public enum Status: Hashable, Sendable {
        /// The plan visits the customer, or keeps an appointment with it.
        case planned
        /// The customer was due, or has a reservation, and the plan lists
        /// the customer or the reservation as unplanned with this entry.
        case unplanned(UnplannedVisit)
        /// The visit history logs a visit on the first day of a re-plan,
        /// before the plan starts.
        case visitedBeforeReplan
        /// The cadence allows the next visit only after the horizon.
        case notYetEligible
        /// The cadence allows a visit within the horizon, but no day can
        /// take one: closed, blocked, a day off, or too far on every
        /// eligible day.
        case noDayAvailable
        /// The customer could be visited early, is not due within the
        /// horizon, and the planner found no day where an early visit pays
        /// for its drive.
        case notDue
        /// The customer has no cadence, so only appointments and
        /// reservations bring a visit.
        case manual
    }

    /// A visit of the customer in the plan.
    public struct Visit: Hashable, Sendable {
        public var repID: String
        public var date: CalendarDate
        /// Start of service, in seconds from midnight.
        public var serviceStart: Int
        /// Whether the visit is an appointment.
        public var isAppointment: Bool
    }

    /// The cost of a visit of the customer on one day: an added visit for
    /// a customer that the plan does not visit, or its one visit moved
    /// there for a customer that it does.
    public struct DayCost: Hashable, Sendable {
        public var repID: String
        public var date: CalendarDate
        /// The date the visit moves from; nil for an added visit.
        public var movedFrom: CalendarDate?
        /// Change of the routes' driving time, in seconds: the new day's
        /// extra driving, less what leaving the old day saves for a move.
        public var extraDrivingTime: Int
        /// Change of the planner's objective, in its units: the driving
        /// cost change minus the change of cadence benefit. Negative means
        /// the plan would improve.
        public var objectiveChange: Double
    }

    public var customerID: String
    public var repID: String?
    public var status: Status
    /// The plan's visits of the customer, in date order.
    public var visits: [Visit]
    /// Target days between visits; nil for a manual customer.
    public var cadenceDays: Int?
    /// The last visit before the horizon; nil for a customer never visited.
    public var lastVisit: CalendarDate?
    /// The date by which the next visit is due; nil for a manual customer.
    public var dueDate: CalendarDate?
    /// The first date on which the cadence allows a visit: `dueAfter` of the
    /// interval after the last visit, or the activation date. Nil for a
    /// manual customer.
    public var eligibleFrom: CalendarDate?
    /// The number of days in the horizon on which a visit could be planned,
    /// by opening hours, working days, blocks and cadence.
    public var candidateDays: Int
    /// Ids of the customer's reservations.
    public var reservationIDs: [String]
    /// The cheapest other day for a visit, into the plan's routes as they
    /// are. Nil when no candidate day has room, and for a customer whose
    /// plan has an appointment or more than one visit.
    public var cheapestDay: DayCost?

    public init(
        customerID: String, repID: String?, status: Status, visits: [Visit], cadenceDays: Int?, lastVisit: CalendarDate?,
        dueDate: CalendarDate?, eligibleFrom: CalendarDate?, candidateDays: Int, reservationIDs: [String],
        cheapestDay: DayCost?
    ) {
        self.customerID = customerID
        self.repID = repID
        self.status = status
        self.visits = visits
        self.cadenceDays = cadenceDays
        self.lastVisit = lastVisit
        self.dueDate = dueDate
        self.eligibleFrom = eligibleFrom
        self.candidateDays = candidateDays
        self.reservationIDs = reservationIDs
        self.cheapestDay = cheapestDay
    }
}
