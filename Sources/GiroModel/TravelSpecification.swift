/// The travel model a territory uses, as data. `GiroTravel` turns it into
/// times and distances.
public enum TravelSpecification: Hashable, Sendable {
    /// Geographic coordinates on roads: great-circle distance times a road
    /// factor, and driving time from a speed curve over that distance.
    case road(RoadParameters)
    /// Explicit matrices indexed by `Location.matrixIndex`: driving times in
    /// seconds and distances in metres, row = from, column = to.
    case matrix(durations: [[Int]], distances: [[Double]])
    /// Planar benchmark coordinates: distance is Euclidean in the instance's
    /// unit, and one unit of distance takes `secondsPerUnit` seconds.
    case euclidean(EuclideanParameters)
}

/// Parameters of the road model for geographic coordinates.
public struct RoadParameters: Hashable, Sendable {
    /// Ratio of road distance to great-circle distance, at least 1.
    public var roadFactor: Double
    /// Average driving speed by road distance, as points (metres, km/h)
    /// sorted by distance. Speeds between points are interpolated linearly;
    /// beyond the last point its speed holds.
    public var speedCurve: [SpeedPoint]

    public init(roadFactor: Double = RoadParameters.defaultRoadFactor, speedCurve: [SpeedPoint] = RoadParameters.defaultSpeedCurve) {
        self.roadFactor = roadFactor
        self.speedCurve = speedCurve
    }

    public static let standard = RoadParameters()

    /// Typical ratio of road to straight-line distance in European road
    /// networks; see docs/travel-model.md for the source.
    public static let defaultRoadFactor = 1.3

    /// Slow in towns, faster on longer trips that use main roads and
    /// motorways; see docs/travel-model.md for how the values were chosen.
    public static let defaultSpeedCurve: [SpeedPoint] = [
        SpeedPoint(distance: 0, speed: 25),
        SpeedPoint(distance: 2_000, speed: 30),
        SpeedPoint(distance: 10_000, speed: 45),
        SpeedPoint(distance: 30_000, speed: 60),
        SpeedPoint(distance: 100_000, speed: 80),
        SpeedPoint(distance: 300_000, speed: 90),
    ]
}

/// One point of a speed curve.
public struct SpeedPoint: Hashable, Sendable {
    /// Road distance of the trip in metres.
    public var distance: Double
    /// Average speed over the whole trip in km/h. Positive.
    public var speed: Double

    public init(distance: Double, speed: Double) {
        self.distance = distance
        self.speed = speed
    }
}

/// Parameters of the Euclidean model for planar benchmark instances.
public struct EuclideanParameters: Hashable, Sendable {
    /// Seconds of driving per unit of distance. Travel times are rounded up to
    /// whole seconds, so a plan that is feasible here is also feasible in
    /// exact arithmetic.
    public var secondsPerUnit: Double
    /// Whether each arc's distance is truncated to one decimal before use (the
    /// DIMACS 2021 convention); otherwise distances are unrounded doubles.
    public var truncatesToOneDecimal: Bool

    public init(secondsPerUnit: Double = 1, truncatesToOneDecimal: Bool = false) {
        self.secondsPerUnit = secondsPerUnit
        self.truncatesToOneDecimal = truncatesToOneDecimal
    }
}
