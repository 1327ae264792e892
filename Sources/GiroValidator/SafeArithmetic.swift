import GiroModel

/// Overflow-free arithmetic on times and durations read from a plan or a
/// territory, so that no value, however absurd, makes the validator trap.
///
/// Every value that enters a sum is first clamped to ±`limit`. A few clamped
/// terms cannot overflow `Int`, and totals over a whole route use
/// `saturatingSum`. Comparisons with reported values use the raw reported
/// value, so a clamped input still shows up as a mismatch.
enum SafeArithmetic {
    /// 2⁴⁰ seconds, about 35,000 years: far beyond any real clock time.
    static let limit = 1 << 40

    /// Returns the value clamped to `-limit ... limit`.
    static func clamp(_ value: Int) -> Int {
        min(max(value, -limit), limit)
    }

    /// `a + b`, saturating at `Int.min` and `Int.max` instead of trapping.
    static func saturatingSum(_ a: Int, _ b: Int) -> Int {
        let (sum, overflow) = a.addingReportingOverflow(b)
        guard overflow else { return sum }
        return b > 0 ? Int.max : Int.min
    }

    /// `a - b`, saturating at `Int.min` and `Int.max` instead of trapping.
    static func saturatingDifference(_ a: Int, _ b: Int) -> Int {
        let (difference, overflow) = a.subtractingReportingOverflow(b)
        guard overflow else { return difference }
        return b < 0 ? Int.max : Int.min
    }

    /// Returns the number of days from `earlier` to `later`, saturating.
    static func days(from earlier: CalendarDate, to later: CalendarDate) -> Int {
        saturatingDifference(later.daysSinceEpoch, earlier.daysSinceEpoch)
    }

    /// Returns whether a date lies within 2⁴⁰ days of 1970, so that the
    /// model's weekday and calendar arithmetic on it cannot overflow.
    static func isPlausible(_ date: CalendarDate) -> Bool {
        abs(clamp(date.daysSinceEpoch)) < limit
    }

    /// Computes a rep's driving time for a travel model's leg: the leg's
    /// seconds divided by the speed factor and rounded up to whole seconds,
    /// as `TravelMatrix.time(from:to:speedFactor:)` does.
    ///
    /// A factor that is not positive and finite, which the model forbids, is
    /// treated as 1.
    static func drivingTime(legSeconds: Int, speedFactor: Double) -> Int {
        let base = clamp(legSeconds)
        guard speedFactor != 1, speedFactor > 0, speedFactor.isFinite else { return base }

        let scaled = (Double(base) / speedFactor).rounded(.up)
        guard scaled.isFinite, abs(scaled) <= Double(limit) else {
            return scaled < 0 ? -limit : limit
        }
        return Int(scaled)
    }

    /// Returns whether a reported and a recomputed amount agree within a
    /// relative tolerance of 1e-9 of the larger magnitude. Values within 1e-9
    /// of each other always agree, so zero equals a tiny rounding residue.
    static func isClose(_ a: Double, _ b: Double) -> Bool {
        guard a.isFinite, b.isFinite else { return a == b }

        let scale = max(abs(a), abs(b), 1)
        return abs(a - b) <= 1e-9 * scale
    }
}
