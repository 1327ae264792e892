/// A solution of a periodic VRP instance in the `.res` format of Cordeau's
/// instances: the total cost and each route's day, vehicle and visits.
public struct PeriodicVRPSolution: Hashable, Sendable {
    /// One vehicle's route on one day.
    public struct Route: Hashable, Sendable {
        /// 0-based day index; the file counts days from 1.
        public var dayIndex: Int
        /// The vehicle number as the file gives it, from 1.
        public var vehicle: Int
        /// The route duration that the file states.
        public var duration: Double
        /// The load that the file states.
        public var load: Double
        /// The visited customers' node ids in visit order, without the depot
        /// at both ends.
        public var customerIDs: [Int]

        public init(dayIndex: Int, vehicle: Int, duration: Double, load: Double, customerIDs: [Int]) {
            self.dayIndex = dayIndex
            self.vehicle = vehicle
            self.duration = duration
            self.load = load
            self.customerIDs = customerIDs
        }
    }

    /// The total cost that the file states.
    public var cost: Double
    public var routes: [Route]

    public init(cost: Double, routes: [Route]) {
        self.cost = cost
        self.routes = routes
    }
}
