import Foundation

/// A linear axis of a chart: the data range it shows, rounded outwards to
/// "nice" tick values (1, 2 or 5 times a power of ten), and the mapping of
/// data values to pixels.
struct ChartAxis {
    /// The smallest value the axis shows; the first tick.
    let lower: Double
    /// The largest value the axis shows; the last tick.
    let upper: Double
    /// Distance between ticks, in data units.
    let step: Double
    /// Pixel position of `lower`.
    let pixelLower: Double
    /// Pixel position of `upper`; smaller than `pixelLower` on a vertical
    /// axis, whose values grow upwards.
    let pixelUpper: Double

    /// Creates an axis that covers `values` with about `tickCount` ticks.
    /// An empty or one-valued range is widened so that the axis stays
    /// readable, and non-finite values are ignored. A `margin` widens the
    /// range by that share of its width on each side before rounding, so
    /// that lines do not run along the frame.
    init(
        covering values: [Double], includingZero: Bool = false, margin: Double = 0, tickCount: Int = 5,
        pixels: ClosedRange<Double>, inverted: Bool
    ) {
        var finite = values.filter(\.isFinite)
        if includingZero || finite.isEmpty {
            finite.append(0)
        }
        var minimum = finite.min() ?? 0
        var maximum = finite.max() ?? 1
        if maximum - minimum < 1e-9 * max(1, abs(maximum)) {
            let widening = max(abs(maximum) * 0.1, 1)
            minimum -= minimum == 0 && includingZero ? 0 : widening
            maximum += widening
        }

        let padding = (maximum - minimum) * margin
        if !(includingZero && minimum == 0) {
            minimum -= padding
        }
        maximum += padding

        let step = Self.niceStep(for: (maximum - minimum) / Double(max(tickCount, 1)))
        self.step = step
        self.lower = (minimum / step).rounded(.down) * step
        self.upper = (maximum / step).rounded(.up) * step
        self.pixelLower = inverted ? pixels.upperBound : pixels.lowerBound
        self.pixelUpper = inverted ? pixels.lowerBound : pixels.upperBound
    }

    /// The tick values from `lower` to `upper`.
    var ticks: [Double] {
        let count = Int(((upper - lower) / step).rounded())
        return (0...max(count, 0)).map { lower + Double($0) * step }
    }

    /// Maps a data value to its pixel position. Values outside the axis map
    /// outside its pixel range.
    func pixel(_ value: Double) -> Double {
        guard upper > lower else { return pixelLower }
        return pixelLower + (value - lower) / (upper - lower) * (pixelUpper - pixelLower)
    }

    /// Writes a tick value with as many decimals as the step needs.
    func label(_ value: Double) -> String {
        let decimals = max(0, Int((-log10(step)).rounded(.up)))
        let rounded = (value / step).rounded() * step
        return Self.decimalText(rounded, decimals: min(decimals, 6))
    }

    /// Returns the smallest of 1, 2, 5 or 10 times a power of ten that is at
    /// least `rawStep`.
    static func niceStep(for rawStep: Double) -> Double {
        guard rawStep > 0, rawStep.isFinite else { return 1 }
        let magnitude = pow(10, (log10(rawStep)).rounded(.down))
        for factor in [1.0, 2, 5, 10] where factor * magnitude >= rawStep * (1 - 1e-12) {
            return factor * magnitude
        }
        return 10 * magnitude
    }

    /// Writes `value` with exactly `decimals` decimals and no locale.
    static func decimalText(_ value: Double, decimals: Int) -> String {
        let scale = pow(10, Double(decimals))
        let scaled = Int((abs(value) * scale).rounded())
        let sign = value < 0 && scaled != 0 ? "-" : ""
        let whole = scaled / Int(scale)
        guard decimals > 0 else { return "\(sign)\(whole)" }
        let fraction = String(scaled % Int(scale))
        return "\(sign)\(whole)." + String(repeating: "0", count: decimals - fraction.count) + fraction
    }
}
