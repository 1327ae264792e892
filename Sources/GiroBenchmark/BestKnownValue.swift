/// The best-known solution of one benchmark instance, as a BKS file lists it.
public struct BestKnownValue: Hashable, Sendable {
    /// The instance name as the file writes it, such as `C101` or `C1_2_1`.
    public var instance: String
    /// Routes of the best-known solution.
    public var vehicles: Int
    /// Total distance of the best-known solution, in instance units.
    public var distance: Double

    public init(instance: String, vehicles: Int, distance: Double) {
        self.instance = instance
        self.vehicles = vehicles
        self.distance = distance
    }
}
