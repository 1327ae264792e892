/// An orienteering instance with hotel selection: a tour of a given number
/// of trips that collects the largest total score from the vertices it
/// visits. Trip `d` is at most `tripLengths[d]` long and ends at a hotel
/// where trip `d + 1` starts. The first trip starts at the start hotel and
/// the last one ends at the end hotel.
///
/// Coordinates and lengths are in the instance's own units, and a trip's
/// length is the sum of the Euclidean distances of its legs.
public struct OPHSInstance: Hashable, Sendable {
    /// A point with coordinates and the score collected by visiting it.
    public struct Point: Hashable, Sendable {
        public var x: Double
        public var y: Double
        /// The score; the published sets give hotels 0, and the score of a
        /// hotel is never collected.
        public var score: Double

        public init(x: Double, y: Double, score: Double) {
            self.x = x
            self.y = y
            self.score = score
        }
    }

    /// The file name without its extension, such as `T1-65-1-2`.
    public var name: String
    /// The length of the whole tour that the file states. In the published
    /// sets the trip lengths add up to slightly less, so the trip lengths
    /// are the limits that bind.
    public var totalLength: Double
    /// The maximum length of each trip, in trip order.
    public var tripLengths: [Double]
    /// The hotels: the start hotel, the end hotel, then the extra hotels,
    /// in file order.
    public var hotels: [Point]
    /// The vertices that carry a score, in file order.
    public var vertices: [Point]

    public init(name: String, totalLength: Double, tripLengths: [Double], hotels: [Point], vertices: [Point]) {
        self.name = name
        self.totalLength = totalLength
        self.tripLengths = tripLengths
        self.hotels = hotels
        self.vertices = vertices
    }
}
