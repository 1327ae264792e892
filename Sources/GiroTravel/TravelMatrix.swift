import GiroModel

/// Driving times and distances between every pair of a fixed list of
/// locations, computed once and read in constant time.
///
/// Storage is two flat row-major arrays of n² entries: about 16 bytes per
/// pair, so 2,000 locations take about 64 MB.
public struct TravelMatrix: Sendable {
    /// Number of locations.
    public let count: Int
    @usableFromInline let seconds: [Int]
    @usableFromInline let metres: [Double]

    /// Creates a matrix from flat row-major tables of `count × count` entries.
    ///
    /// - Precondition: both tables have `count × count` entries.
    public init(count: Int, seconds: [Int], metres: [Double]) {
        precondition(seconds.count == count * count && metres.count == count * count, "matrix size mismatch")
        self.count = count
        self.seconds = seconds
        self.metres = metres
    }

    /// Computes the matrix for `locations` under a travel specification.
    ///
    /// - Throws: `TravelError` when a location lacks what the model needs
    ///   (coordinates of the right kind, or a matrix index in range).
    /// - Complexity: O(n²) for n locations; a symmetric model computes each
    ///   pair once and mirrors it.
    public init(locations: [Location], specification: TravelSpecification) throws(TravelError) {
        let model = try TravelModel(specification: specification)
        let count = locations.count
        var seconds = [Int](repeating: 0, count: count * count)
        var metres = [Double](repeating: 0, count: count * count)
        let isSymmetric = model.isSymmetric
        for from in 0..<count {
            for to in 0..<count where from != to {
                if isSymmetric, to < from {
                    seconds[from * count + to] = seconds[to * count + from]
                    metres[from * count + to] = metres[to * count + from]
                    continue
                }
                let leg = try model.leg(from: locations[from], to: locations[to])
                seconds[from * count + to] = leg.seconds
                metres[from * count + to] = leg.metres
            }
        }
        self.init(count: count, seconds: seconds, metres: metres)
    }

    /// Driving time in seconds from location index `from` to `to`.
    @inlinable
    public func time(from: Int, to: Int) -> Int {
        seconds[from &* count &+ to]
    }

    /// Driving distance in metres (instance units for planar benchmarks).
    @inlinable
    public func distance(from: Int, to: Int) -> Double {
        metres[from &* count &+ to]
    }

    /// Driving time for a rep whose speed factor is `speedFactor`: the matrix
    /// time divided by the factor, rounded up to whole seconds, and at most
    /// `TravelModel.longestLeg`.
    @inlinable
    public func time(from: Int, to: Int, speedFactor: Double) -> Int {
        let base = seconds[from &* count &+ to]
        guard speedFactor != 1 else { return base }
        // A tiny or invalid factor could overflow Int; such legs are capped at
        // about 31 years, which no working day can absorb.
        let scaled = (Double(base) / speedFactor).rounded(.up)
        guard scaled.isFinite, scaled < TravelModel.longestLeg else { return Int(TravelModel.longestLeg) }
        return Int(scaled)
    }
}
