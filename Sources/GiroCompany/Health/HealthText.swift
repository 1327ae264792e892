/// Number and list formatting for health messages, without Foundation.
enum HealthText {
    /// Most ids a message lists before it writes "and N more"; the finding's
    /// id lists always carry every id.
    static let listedIDs = 5

    /// Formats a finite number with at most `decimals` decimals, dropping
    /// trailing zeros: `12.5`, `3`, `-0.25`. Non-finite values print as is.
    static func number(_ value: Double, decimals: Int) -> String {
        guard value.isFinite, abs(value) < 1e15 else { return "\(value)" }

        var scale = 1.0
        for _ in 0..<decimals {
            scale *= 10
        }
        let scaled = Int((abs(value) * scale).rounded())
        let sign = value < 0 && scaled != 0 ? "-" : ""
        let whole = scaled / Int(scale)
        var fraction = String(scaled % Int(scale))
        guard decimals > 0, scaled % Int(scale) != 0 else { return sign + String(whole) }

        fraction = String(repeating: "0", count: decimals - fraction.count) + fraction
        while fraction.hasSuffix("0") {
            fraction.removeLast()
        }
        return sign + String(whole) + "." + fraction
    }

    /// Formats a count with its noun: `1 customer`, `3 customers`.
    static func count(_ count: Int, _ noun: String) -> String {
        count == 1 ? "1 \(noun)" : "\(count) \(noun)s"
    }

    /// Ids separated by commas, cut after `listedIDs` with "and N more".
    static func list(_ ids: [String]) -> String {
        guard ids.count > listedIDs else { return ids.joined(separator: ", ") }
        return ids.prefix(listedIDs).joined(separator: ", ") + " and \(ids.count - listedIDs) more"
    }
}
