/// Territory-wide planning parameters: cadence rules and objective weights.
///
/// The objective is a weighted sum in seconds of driving: every weight
/// converts its term into an equivalent number of seconds behind the wheel.
public struct PlanningSettings: Hashable, Sendable {
    /// Default smallest elapsed ratio at which a visit is allowed (0 to 1).
    public var dueAfter: Double
    /// Cost of one second of driving.
    public var drivingTimeWeight: Double
    /// Cost of one metre of driving (or one unit of a planar instance).
    public var distanceWeight: Double
    /// Cost of one unit of the cadence term `priority × (days / interval)²`,
    /// in seconds of driving.
    public var cadenceWeight: Double
    /// Cost of every route that is used at all; benchmarks with a fleet cost
    /// set it, field territories keep it zero.
    public var routeWeight: Double
    /// Cost of one night away from home, in seconds of driving: a night is
    /// planned only when it saves more than this.
    public var nightCost: Double

    public init(
        dueAfter: Double = 0.7,
        drivingTimeWeight: Double = 1,
        distanceWeight: Double = 0,
        cadenceWeight: Double = 36_000,
        routeWeight: Double = 0,
        nightCost: Double = 4 * 3600
    ) {
        self.dueAfter = dueAfter
        self.drivingTimeWeight = drivingTimeWeight
        self.distanceWeight = distanceWeight
        self.cadenceWeight = cadenceWeight
        self.routeWeight = routeWeight
        self.nightCost = nightCost
    }
}
