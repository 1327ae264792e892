/// SplitMix64, a small random number generator with a fixed sequence per
/// seed, so that a generator setting gives the same territory on every
/// platform and Swift version.
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// Draws a uniform double in [0, 1).
    mutating func unit() -> Double {
        Double(next() >> 11) * 0x1.0p-53
    }

    /// Draws a uniform integer in `range`.
    mutating func integer(_ range: ClosedRange<Int>) -> Int {
        range.lowerBound + Int(next() % UInt64(range.count))
    }

    /// Returns the index of a weight, drawn with probability proportional
    /// to it.
    ///
    /// - Precondition: the weights are non-negative and their sum is
    ///   positive.
    mutating func index(weights: [Double]) -> Int {
        let total = weights.reduce(0, +)
        precondition(total > 0, "weights must have a positive sum")
        var draw = unit() * total
        for (index, weight) in weights.enumerated() {
            draw -= weight
            if draw < 0 {
                return index
            }
        }
        return weights.count - 1
    }
}
