/// A place on the map, or a point of a benchmark instance's plane.
public struct Location: Hashable, Sendable {
    /// The position of the place.
    public var coordinate: Coordinate
    /// The row and column of this place in an explicit travel matrix, when the
    /// territory brings one.
    public var matrixIndex: Int?

    public init(coordinate: Coordinate, matrixIndex: Int? = nil) {
        self.coordinate = coordinate
        self.matrixIndex = matrixIndex
    }

    /// Makes a WGS 84 location from degrees.
    public static func geographic(latitude: Double, longitude: Double) -> Location {
        Location(coordinate: .geographic(latitude: latitude, longitude: longitude))
    }

    /// Makes a point of a planar benchmark instance.
    public static func planar(x: Double, y: Double) -> Location {
        Location(coordinate: .planar(x: x, y: y))
    }
}

/// A coordinate in one of the two systems the planner understands.
public enum Coordinate: Hashable, Sendable {
    /// WGS 84 latitude and longitude in degrees.
    case geographic(latitude: Double, longitude: Double)
    /// Plain x and y of a benchmark instance, in the instance's own unit.
    case planar(x: Double, y: Double)
    /// No coordinate: the location is only known through its matrix index.
    case none
}
