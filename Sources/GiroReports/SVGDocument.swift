/// A point on an SVG canvas, in pixels from the top-left corner.
public struct SVGPoint: Hashable, Sendable {
    public var x: Double
    public var y: Double

    public init(x: Double, y: Double) {
        self.x = x
        self.y = y
    }
}

/// An SVG picture under construction: a canvas of fixed size in pixels and
/// the elements appended to it, drawn in the order of the calls.
///
/// The output is deterministic: numbers are written with at most two
/// decimals and no locale, and text is escaped for XML, so the same calls
/// give the same bytes.
public struct SVGDocument: Sendable {
    /// Canvas width in pixels.
    public let width: Double
    /// Canvas height in pixels.
    public let height: Double
    private var elements: [String] = []

    /// Creates an empty canvas with a white background.
    ///
    /// - Precondition: `width` and `height` are positive and finite.
    public init(width: Double, height: Double) {
        precondition(width > 0 && width.isFinite && height > 0 && height.isFinite, "canvas size must be positive")
        self.width = width
        self.height = height
        rectangle(x: 0, y: 0, width: width, height: height, fill: "#ffffff")
    }

    /// Appends a rectangle. A `title` becomes a tooltip in browsers.
    public mutating func rectangle(
        x: Double, y: Double, width: Double, height: Double, fill: String, stroke: String? = nil,
        title: String? = nil
    ) {
        var attributes = [
            ("x", Self.number(x)), ("y", Self.number(y)), ("width", Self.number(max(width, 0))),
            ("height", Self.number(max(height, 0))), ("fill", fill),
        ]
        if let stroke {
            attributes.append(("stroke", stroke))
        }
        append("rect", attributes, title: title)
    }

    /// Appends a straight line.
    public mutating func line(
        from start: SVGPoint, to end: SVGPoint, stroke: String, strokeWidth: Double = 1, dashed: Bool = false
    ) {
        var attributes = [
            ("x1", Self.number(start.x)), ("y1", Self.number(start.y)), ("x2", Self.number(end.x)),
            ("y2", Self.number(end.y)), ("stroke", stroke), ("stroke-width", Self.number(strokeWidth)),
        ]
        if dashed {
            attributes.append(("stroke-dasharray", "4 3"))
        }
        append("line", attributes)
    }

    /// Appends an open line through `points`; nothing for fewer than two.
    public mutating func polyline(_ points: [SVGPoint], stroke: String, strokeWidth: Double = 1.5, title: String? = nil) {
        guard points.count >= 2 else { return }
        let coordinates = points.map { "\(Self.number($0.x)),\(Self.number($0.y))" }.joined(separator: " ")
        append(
            "polyline",
            [("points", coordinates), ("fill", "none"), ("stroke", stroke), ("stroke-width", Self.number(strokeWidth))],
            title: title)
    }

    /// Appends a circle.
    public mutating func circle(
        center: SVGPoint, radius: Double, fill: String, stroke: String? = nil, title: String? = nil
    ) {
        var attributes = [
            ("cx", Self.number(center.x)), ("cy", Self.number(center.y)), ("r", Self.number(max(radius, 0))),
            ("fill", fill),
        ]
        if let stroke {
            attributes.append(("stroke", stroke))
        }
        append("circle", attributes, title: title)
    }

    /// Appends a closed polygon, such as a marker shape.
    public mutating func polygon(_ points: [SVGPoint], fill: String, stroke: String? = nil, title: String? = nil) {
        guard points.count >= 3 else { return }
        let coordinates = points.map { "\(Self.number($0.x)),\(Self.number($0.y))" }.joined(separator: " ")
        var attributes = [("points", coordinates), ("fill", fill)]
        if let stroke {
            attributes.append(("stroke", stroke))
        }
        append("polygon", attributes, title: title)
    }

    /// The part of a text that lies at its anchor point.
    public enum TextAnchor: String, Sendable {
        case start
        case middle
        case end
    }

    /// Appends one line of text whose baseline starts, is centred or ends at
    /// `position`, rotated by `rotation` degrees around it.
    public mutating func text(
        _ content: String, at position: SVGPoint, size: Double = 12, anchor: TextAnchor = .start,
        fill: String = "#222222", bold: Bool = false, rotation: Double = 0
    ) {
        var attributes = [
            ("x", Self.number(position.x)), ("y", Self.number(position.y)), ("font-size", Self.number(size)),
            ("text-anchor", anchor.rawValue), ("fill", fill),
        ]
        if bold {
            attributes.append(("font-weight", "bold"))
        }
        if rotation != 0 {
            attributes.append(
                ("transform", "rotate(\(Self.number(rotation)) \(Self.number(position.x)) \(Self.number(position.y)))"))
        }
        elements.append("<text\(Self.attributeText(attributes))>\(Self.escaped(content))</text>")
    }

    /// Returns the complete SVG file: an XML element with the canvas size,
    /// a sans-serif font and every appended element.
    public func rendered() -> String {
        let size = "width=\"\(Self.number(width))\" height=\"\(Self.number(height))\""
        let viewBox = "viewBox=\"0 0 \(Self.number(width)) \(Self.number(height))\""
        var lines = [
            "<svg xmlns=\"http://www.w3.org/2000/svg\" \(size) \(viewBox) font-family=\"Helvetica, Arial, sans-serif\">"
        ]
        lines.append(contentsOf: elements.map { "  " + $0 })
        lines.append("</svg>")
        return lines.joined(separator: "\n") + "\n"
    }

    private mutating func append(_ name: String, _ attributes: [(String, String)], title: String? = nil) {
        let attributeText = Self.attributeText(attributes)
        guard let title else {
            elements.append("<\(name)\(attributeText)/>")
            return
        }
        elements.append("<\(name)\(attributeText)><title>\(Self.escaped(title))</title></\(name)>")
    }

    private static func attributeText(_ attributes: [(String, String)]) -> String {
        attributes.map { " \($0.0)=\"\(escaped($0.1))\"" }.joined()
    }

    /// Escapes the five characters that XML reserves, for text and
    /// attribute values.
    public static func escaped(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&apos;"
            default: result.append(character)
            }
        }
        return result
    }

    /// Writes `value` with at most two decimals, without trailing zeros and
    /// without a locale, such as `12`, `12.5` or `-0.25`. A value that is
    /// not finite, which a caller must avoid, is written as `0`.
    public static func number(_ value: Double) -> String {
        guard value.isFinite, abs(value) < 1e13 else { return "0" }

        let hundredths = Int((value * 100).rounded())
        let sign = hundredths < 0 ? "-" : ""
        let magnitude = abs(hundredths)
        let whole = magnitude / 100
        let fraction = magnitude % 100
        guard fraction != 0 else { return "\(sign)\(whole)" }
        let digits = fraction % 10 == 0 ? "\(fraction / 10)" : (fraction < 10 ? "0\(fraction)" : "\(fraction)")
        return "\(sign)\(whole).\(digits)"
    }
}
