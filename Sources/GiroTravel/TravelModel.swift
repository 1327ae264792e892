import GiroModel

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// One leg of travel: driving time and distance.
public struct TravelLeg: Hashable, Sendable {
    /// Driving time in whole seconds.
    public var seconds: Int
    /// Distance in metres, or in instance units for planar benchmarks.
    public var metres: Double

    public init(seconds: Int, metres: Double) {
        self.seconds = seconds
        self.metres = metres
    }
}

/// Computes single legs under a `TravelSpecification`.
public struct TravelModel: Sendable {
    public let specification: TravelSpecification

    /// - Throws: `TravelError.invalidParameters` for a road factor outside 1 to
    ///   10, a speed curve that is empty, unsorted or has a speed outside 1 to
    ///   1000 km/h, a non-square matrix, or a `secondsPerUnit` outside
    ///   (0, 10⁶].
    public init(specification: TravelSpecification) throws(TravelError) {
        switch specification {
        case .road(let parameters):
            guard parameters.roadFactor >= 1, parameters.roadFactor <= 10 else {
                throw .invalidParameters("road factor \(parameters.roadFactor) is outside 1 to 10")
            }
            guard !parameters.speedCurve.isEmpty else {
                throw .invalidParameters("the speed curve is empty; give at least one point")
            }
            for (index, point) in parameters.speedCurve.enumerated() {
                guard point.speed >= 1, point.speed <= 1000 else {
                    throw .invalidParameters("speed \(point.speed) km/h at point \(index) is outside 1 to 1000 km/h")
                }
                guard point.distance >= 0, point.distance.isFinite else {
                    throw .invalidParameters("distance \(point.distance) m at point \(index) must be 0 or more")
                }
                if index > 0, point.distance <= parameters.speedCurve[index - 1].distance {
                    throw .invalidParameters("speed curve distances must increase; point \(index) does not")
                }
            }
        case .matrix(let durations, let distances):
            let size = durations.count
            guard durations.allSatisfy({ $0.count == size }), distances.count == size,
                distances.allSatisfy({ $0.count == size })
            else {
                throw .invalidParameters("the duration and distance matrices must both be square and of one size")
            }
        case .euclidean(let parameters):
            guard parameters.secondsPerUnit > 0, parameters.secondsPerUnit <= 1e6 else {
                throw .invalidParameters("secondsPerUnit \(parameters.secondsPerUnit) must be above 0 and at most 10⁶")
            }
        }
        self.specification = specification
    }

    /// Whether every leg takes as long and is as long as the leg back, as
    /// for the road and Euclidean models, whose formulas are symmetric down
    /// to the last bit. An explicit matrix may differ by direction.
    public var isSymmetric: Bool {
        switch specification {
        case .road, .euclidean: return true
        case .matrix: return false
        }
    }

    /// Returns the leg from one location to another.
    ///
    /// - Throws: `TravelError.missingCoordinate` or `.matrixIndexOutOfRange`
    ///   when a location does not fit the model.
    public func leg(from origin: Location, to destination: Location) throws(TravelError) -> TravelLeg {
        switch specification {
        case .road(let parameters):
            guard case .geographic(let lat1, let lon1) = origin.coordinate,
                case .geographic(let lat2, let lon2) = destination.coordinate
            else {
                throw .missingCoordinate("the road model needs latitude and longitude on every location")
            }
            guard abs(lat1) <= 90, abs(lat2) <= 90, abs(lon1) <= 180, abs(lon2) <= 180 else {
                throw .missingCoordinate("latitude must lie in -90…90 and longitude in -180…180 degrees")
            }
            let metres = TravelModel.greatCircleMetres(lat1, lon1, lat2, lon2) * parameters.roadFactor
            return TravelLeg(seconds: TravelModel.drivingSeconds(metres: metres, curve: parameters.speedCurve), metres: metres)

        case .matrix(let durations, let distances):
            guard let from = origin.matrixIndex, let to = destination.matrixIndex else {
                throw .missingCoordinate("the matrix model needs a matrixIndex on every location")
            }
            guard durations.indices.contains(from), durations.indices.contains(to) else {
                throw .matrixIndexOutOfRange(max(from, to), size: durations.count)
            }
            return TravelLeg(seconds: durations[from][to], metres: distances[from][to])

        case .euclidean(let parameters):
            guard case .planar(let x1, let y1) = origin.coordinate,
                case .planar(let x2, let y2) = destination.coordinate
            else {
                throw .missingCoordinate("the Euclidean model needs x and y on every location")
            }
            var distance = ((x1 - x2) * (x1 - x2) + (y1 - y2) * (y1 - y2)).squareRoot()
            guard distance * parameters.secondsPerUnit < TravelModel.longestLeg else {
                throw .invalidParameters(
                    "a leg of \(distance) units takes more than 10⁹ s at \(parameters.secondsPerUnit) s per unit; "
                        + "use smaller coordinates or fewer seconds per unit")
            }
            if parameters.truncatesToOneDecimal {
                distance = (distance * 10).rounded(.towardZero) / 10
            }
            // Rounding up keeps every plan feasible in exact arithmetic; the
            // small tolerance stops 10.000000000001 from costing an extra second.
            let seconds = Int((distance * parameters.secondsPerUnit - 1e-7).rounded(.up))
            return TravelLeg(seconds: max(0, seconds), metres: distance)
        }
    }

    /// Maximum leg the models time, in seconds: about 31 years, far beyond
    /// any real trip, and small enough that sums of legs cannot overflow.
    public static let longestLeg = 1e9

    /// Mean Earth radius in metres (IUGG).
    static let earthRadius = 6_371_008.8

    /// Great-circle distance in metres by the haversine formula.
    static func greatCircleMetres(_ lat1: Double, _ lon1: Double, _ lat2: Double, _ lon2: Double) -> Double {
        let radians = Double.pi / 180
        let dLat = (lat2 - lat1) * radians
        let dLon = (lon2 - lon1) * radians
        let a = sin(dLat / 2) * sin(dLat / 2) + cos(lat1 * radians) * cos(lat2 * radians) * sin(dLon / 2) * sin(dLon / 2)
        return 2 * earthRadius * asin(min(1, a.squareRoot()))
    }

    /// Driving time in whole seconds for a road distance, from the average
    /// speed that the curve gives for trips of that length.
    static func drivingSeconds(metres: Double, curve: [SpeedPoint]) -> Int {
        guard metres > 0 else { return 0 }

        var speed = curve[curve.count - 1].speed
        if metres <= curve[0].distance {
            speed = curve[0].speed
        } else if let upper = curve.firstIndex(where: { $0.distance >= metres }) {
            let low = curve[upper - 1]
            let high = curve[upper]
            let fraction = (metres - low.distance) / (high.distance - low.distance)
            speed = low.speed + fraction * (high.speed - low.speed)
        }
        let metresPerSecond = speed / 3.6
        return Int((metres / metresPerSecond).rounded())
    }
}

/// The reason a leg could not be timed.
public enum TravelError: Error, Hashable, Sendable, CustomStringConvertible {
    case invalidParameters(String)
    case missingCoordinate(String)
    case matrixIndexOutOfRange(Int, size: Int)

    public var description: String {
        switch self {
        case .invalidParameters(let message):
            return "invalid travel model: \(message)"
        case .missingCoordinate(let message):
            return "missing coordinate: \(message)"
        case .matrixIndexOutOfRange(let index, let size):
            return "matrix index \(index) is out of range for a \(size)×\(size) matrix; use 0 to \(size - 1)"
        }
    }
}
