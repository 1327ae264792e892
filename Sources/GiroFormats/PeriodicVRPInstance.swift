/// A periodic vehicle routing instance in Cordeau's format. Each customer
/// needs a given number of visits over a horizon of days, on one of its
/// allowed visit-day combinations. The same number of vehicles serves every
/// day from one depot.
///
/// Coordinates, distances and durations are in the instance's own units;
/// travel time equals Euclidean distance.
public struct PeriodicVRPInstance: Hashable, Sendable {
    /// The limits of every route on one day.
    public struct DayLimits: Hashable, Sendable {
        /// Maximum route duration (driving plus service), or nil for none.
        public var maximumDuration: Double?
        /// Vehicle capacity in demand units, or nil for none.
        public var capacity: Double?

        public init(maximumDuration: Double?, capacity: Double?) {
            self.maximumDuration = maximumDuration
            self.capacity = capacity
        }
    }

    /// A customer and its visit pattern.
    public struct Customer: Hashable, Sendable {
        /// The node number in the file; the depot is node 0.
        public var id: Int
        public var x: Double
        public var y: Double
        /// Service time of every visit.
        public var serviceDuration: Double
        /// Demand of every visit.
        public var demand: Double
        /// Number of visits over the horizon.
        public var frequency: Int
        /// The allowed visit-day combinations. Each lists `frequency` distinct
        /// 0-based day indices in increasing order.
        public var combinations: [[Int]]

        public init(
            id: Int, x: Double, y: Double, serviceDuration: Double, demand: Double, frequency: Int,
            combinations: [[Int]]
        ) {
            self.id = id
            self.x = x
            self.y = y
            self.serviceDuration = serviceDuration
            self.demand = demand
            self.frequency = frequency
            self.combinations = combinations
        }
    }

    /// The file name without its extension, such as `p01`.
    public var name: String
    /// Number of vehicles, and so of routes at most, on each day.
    public var vehiclesPerDay: Int
    /// The limits of each day of the horizon, in day order.
    public var days: [DayLimits]
    public var depotX: Double
    public var depotY: Double
    /// The customers in file order.
    public var customers: [Customer]

    public init(
        name: String, vehiclesPerDay: Int, days: [DayLimits], depotX: Double, depotY: Double, customers: [Customer]
    ) {
        self.name = name
        self.vehiclesPerDay = vehiclesPerDay
        self.days = days
        self.depotX = depotX
        self.depotY = depotY
        self.customers = customers
    }
}
