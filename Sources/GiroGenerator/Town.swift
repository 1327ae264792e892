/// A real town around which a synthetic territory places customers.
public struct Town: Hashable, Sendable {
    public var name: String
    /// WGS 84 degrees.
    public var latitude: Double
    /// WGS 84 degrees.
    public var longitude: Double
    /// Inhabitants; larger towns get more customers. Nil counts as 10,000.
    public var population: Int?

    public init(name: String, latitude: Double, longitude: Double, population: Int? = nil) {
        self.name = name
        self.latitude = latitude
        self.longitude = longitude
        self.population = population
    }
}
