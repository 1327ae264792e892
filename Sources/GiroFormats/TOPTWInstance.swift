/// A team orienteering instance with time windows: points with a score, a
/// service time and a window for the start of service, of which tours from
/// one depot visit a subset to collect the largest total score.
///
/// The number of tours is not part of the file; the benchmark chooses it.
/// Coordinates, distances and times are in the instance's own units, and
/// travel time equals Euclidean distance.
public struct TOPTWInstance: Hashable, Sendable {
    /// A point of the file: the depot or a customer.
    public struct Point: Hashable, Sendable {
        /// The point number in the file; the depot is point 0.
        public var id: Int
        public var x: Double
        public var y: Double
        public var serviceDuration: Double
        /// The score collected by visiting the point; 0 for the depot.
        public var score: Double
        /// Earliest start of service; for the depot, the earliest departure.
        public var windowOpen: Double
        /// Latest start of service; for the depot, the latest return, which
        /// is each tour's time budget.
        public var windowClose: Double

        public init(
            id: Int, x: Double, y: Double, serviceDuration: Double, score: Double, windowOpen: Double,
            windowClose: Double
        ) {
            self.id = id
            self.x = x
            self.y = y
            self.serviceDuration = serviceDuration
            self.score = score
            self.windowOpen = windowOpen
            self.windowClose = windowClose
        }
    }

    /// The file name without its extension, such as `c101`.
    public var name: String
    public var depot: Point
    /// The customers in file order.
    public var customers: [Point]

    public init(name: String, depot: Point, customers: [Point]) {
        self.name = name
        self.depot = depot
        self.customers = customers
    }
}
