/// The figures of a plan that a sales manager reads: workload, driving, how
/// well the plan keeps the cadences, and the terms of the objective.
public struct PlanKPIs: Hashable, Sendable {
    /// Customer visits and appointments over all routes.
    public var visits: Int
    /// Routes, one per rep and working day with at least one stop.
    public var routeDays: Int
    /// Visits per route day, or 0 without routes.
    public var visitsPerDay: Double
    /// Driving time over all routes, in seconds.
    public var drivingTime: Int
    /// Working time over all routes, in seconds.
    public var workingTime: Int
    /// Driving time as a share of working time, from 0 to 1, or 0 without routes.
    public var drivingShare: Double
    /// Distance over all routes in kilometres. For planar benchmark instances,
    /// this is instance units divided by 1,000.
    public var kilometres: Double
    /// Kilometres per visit, or 0 without visits.
    public var kilometresPerVisit: Double
    /// Routes that end away from the rep's home: nights at a hotel or at the
    /// last customer. The end of a rep's last working day at the horizon's
    /// end location is no night of the horizon and is not counted.
    public var nightsAway: Int
    /// Customers with a cadence whose due date falls within the horizon. Customers
    /// already overdue on the first day are not counted.
    public var dueCustomers: Int
    /// Of the due customers, those visited on or before their due date.
    public var dueCustomersVisitedInTime: Int
    /// `dueCustomersVisitedInTime / dueCustomers`, or 1 when no customer is due.
    public var cadenceCompliance: Double
    /// Customers with a cadence that are overdue at the end of the horizon:
    /// their last visit, planned or past, lies more than one interval before
    /// the day after the horizon.
    public var overdueAtHorizonEnd: Int
    /// The driving term of the objective: time, distance and route weights.
    public var drivingCost: Double
    /// The cadence term of the objective.
    public var cadenceCost: Double
    /// The night term of the objective: the night cost times the nights
    /// away.
    public var nightCost: Double

    public init(
        visits: Int, routeDays: Int, visitsPerDay: Double, drivingTime: Int, workingTime: Int, drivingShare: Double,
        kilometres: Double, kilometresPerVisit: Double, nightsAway: Int, dueCustomers: Int,
        dueCustomersVisitedInTime: Int, cadenceCompliance: Double, overdueAtHorizonEnd: Int, drivingCost: Double,
        cadenceCost: Double, nightCost: Double = 0
    ) {
        self.visits = visits
        self.routeDays = routeDays
        self.visitsPerDay = visitsPerDay
        self.drivingTime = drivingTime
        self.workingTime = workingTime
        self.drivingShare = drivingShare
        self.kilometres = kilometres
        self.kilometresPerVisit = kilometresPerVisit
        self.nightsAway = nightsAway
        self.dueCustomers = dueCustomers
        self.dueCustomersVisitedInTime = dueCustomersVisitedInTime
        self.cadenceCompliance = cadenceCompliance
        self.overdueAtHorizonEnd = overdueAtHorizonEnd
        self.drivingCost = drivingCost
        self.cadenceCost = cadenceCost
        self.nightCost = nightCost
    }
}
