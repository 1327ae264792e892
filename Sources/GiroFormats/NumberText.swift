/// Conversions between numbers and their text in files.
enum NumberText {
    /// Formats a finite number as JSON: integral values without a decimal
    /// point, others in Swift's shortest form that reads back to the same
    /// `Double`.
    static func format(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 {
            return String(Int(value))
        }
        return "\(value)"
    }

    /// Formats whole seconds as minutes, exact when read back by
    /// `seconds(fromMinutes:)`: `150` seconds gives `2.5`.
    static func minutes(fromSeconds seconds: Int) -> String {
        guard seconds % 60 != 0 else { return String(seconds / 60) }
        return format(Double(seconds) / 60)
    }

    /// Converts minutes to seconds, rounded to the nearest whole second.
    ///
    /// - Precondition: `minutes` is finite and at most about 10¹⁵.
    static func seconds(fromMinutes minutes: Double) -> Int {
        Int((minutes * 60).rounded())
    }

    /// Parses a decimal number as written in CSV cells: an optional sign,
    /// digits with an optional decimal point, and an optional exponent.
    /// Returns nil for anything else, including `inf`, `nan`, hexadecimal
    /// and thousands separators, and for values too large for a `Double`.
    static func parseDecimal(_ text: String) -> Double? {
        var scalars = Substring(text).unicodeScalars[...]
        if let sign = scalars.first, sign == "-" || sign == "+" {
            scalars = scalars.dropFirst()
        }

        let mantissa = scalars.prefix { $0 != "e" && $0 != "E" }
        let exponent = scalars.dropFirst(mantissa.count)
        let mantissaParts = mantissa.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        guard mantissa.contains(where: isDigit),
            mantissaParts.allSatisfy({ $0.allSatisfy(isDigit) })
        else { return nil }

        if !exponent.isEmpty {
            var digits = exponent.dropFirst()
            if let sign = digits.first, sign == "-" || sign == "+" {
                digits = digits.dropFirst()
            }
            guard !digits.isEmpty, digits.allSatisfy(isDigit) else { return nil }
        }

        guard let value = Double(text), value.isFinite else { return nil }
        return value
    }

    private static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        ("0"..."9").contains(scalar)
    }
}
