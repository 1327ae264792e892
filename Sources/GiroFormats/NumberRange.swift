/// The allowed values of a number in a file: a lower bound that may be
/// excluded, and an upper bound that is included.
struct NumberRange: Hashable, Sendable {
    var lower: Double
    var includesLower: Bool
    var upper: Double

    /// Values from `lower` to `upper`, both included.
    static func from(_ lower: Double, to upper: Double) -> NumberRange {
        NumberRange(lower: lower, includesLower: true, upper: upper)
    }

    /// Values above `lower` and at most `upper`.
    static func above(_ lower: Double, atMost upper: Double) -> NumberRange {
        NumberRange(lower: lower, includesLower: false, upper: upper)
    }

    func contains(_ value: Double) -> Bool {
        guard value.isFinite, value <= upper else { return false }
        return includesLower ? value >= lower : value > lower
    }

    /// The range for messages: "from 0 to 1" or "above 0 and at most 1440".
    var description: String {
        let low = NumberText.format(lower)
        let high = NumberText.format(upper)
        return includesLower ? "from \(low) to \(high)" : "above \(low) and at most \(high)"
    }
}

/// The ranges of every bounded number in territory and customer files.
///
/// The upper bounds are sanity limits against typing mistakes (a visit of
/// 3000 minutes, a priority of 10⁶), not planning rules.
enum FormatLimits {
    static let horizonDays = 1...366
    static let latitude = NumberRange.from(-90, to: 90)
    static let longitude = NumberRange.from(-180, to: 180)
    static let planarCoordinate = NumberRange.from(-1e9, to: 1e9)
    static let roadFactor = NumberRange.from(1, to: 10)
    static let speedCurveDistance = NumberRange.from(0, to: 1e8)
    static let speedKmh = NumberRange.from(1, to: 300)
    static let matrixSeconds = NumberRange.from(0, to: 1e7)
    static let matrixMetres = NumberRange.from(0, to: 1e10)
    static let secondsPerUnit = NumberRange.above(0, atMost: 1e6)
    static let ratio = NumberRange.from(0, to: 1)
    static let weight = NumberRange.from(0, to: 1e9)
    static let maximumWorkingMinutes = NumberRange.above(0, atMost: 2880)
    static let breakMinutes = NumberRange.above(0, atMost: 2880)
    static let speedFactor = NumberRange.from(0.1, to: 10)
    static let load = NumberRange.from(0, to: 1e9)
    static let overnightDistance = NumberRange.from(0, to: 1e8)
    static let overnightDrivingMinutes = NumberRange.from(0, to: 2880)
    static let driveToHotelMinutes = NumberRange.from(0, to: 1440)
    static let consecutiveNights = 1...366
    static let nightsPerWeek = 1...7
    static let visitMinutes = NumberRange.above(0, atMost: 1440)
    static let setupMinutes = NumberRange.from(0, to: 1440)
    static let cadenceDays = 1...3650
    static let priority = NumberRange.above(0, atMost: 1000)
    static let appointmentMinutes = NumberRange.above(0, atMost: 2880)
    /// Any finite minutes that fit a clock time; used for plan durations.
    static let planMinutes = NumberRange.from(0, to: 1e9)
    static let planDistance = NumberRange.from(0, to: 1e15)
}
