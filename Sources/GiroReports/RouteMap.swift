/// A map of routes: each route a coloured line through its stops, with
/// markers for home and the hotels, and grey dots for places not visited.
///
/// Positions are plane coordinates whose `y` grows northwards; the map
/// keeps their aspect ratio. `RouteMap(plan:territory:repID:)` projects
/// WGS 84 coordinates onto such a plane.
public struct RouteMap: Sendable {
    /// A position on the map's plane.
    public struct Position: Hashable, Sendable {
        public var x: Double
        /// Grows northwards, so larger values are drawn higher.
        public var y: Double

        public init(x: Double, y: Double) {
            self.x = x
            self.y = y
        }
    }

    /// A route from its start through its stops to its end.
    public struct Route: Hashable, Sendable {
        /// The legend entry, such as the date.
        public var name: String
        /// Start, stops and end, in driving order.
        public var positions: [Position]
        /// Tooltip of each stop; for start and end as well when given.
        public var labels: [String]

        public init(name: String, positions: [Position], labels: [String] = []) {
            self.name = name
            self.positions = positions
            self.labels = labels
        }
    }

    /// A marked place.
    public struct Marker: Hashable, Sendable {
        public enum Kind: Hashable, Sendable {
            /// Drawn as a square.
            case home
            /// Drawn as a triangle.
            case hotel
        }

        public var kind: Kind
        public var position: Position
        public var label: String

        public init(kind: Kind, position: Position, label: String) {
            self.kind = kind
            self.position = position
            self.label = label
        }
    }

    public var title: String
    public var routes: [Route]
    public var markers: [Marker]
    /// Places shown as grey dots, such as customers without a visit.
    public var otherPlaces: [Position]
    /// Canvas width in pixels.
    public var width: Double = 760
    /// Canvas height in pixels.
    public var height: Double = 560

    public init(title: String, routes: [Route], markers: [Marker], otherPlaces: [Position] = []) {
        self.title = title
        self.routes = routes
        self.markers = markers
        self.otherPlaces = otherPlaces
    }

    /// Draws the map: title, grey dots, routes in the series colours with a
    /// dot per stop, markers on top and a legend on the right. Positions that
    /// are not finite are left out.
    ///
    /// Complexity: O(n) for n positions in all.
    public func svg() -> String {
        let area = (left: 20.0, right: width - 170, top: 40.0, bottom: height - 20)
        let projection = fitted(into: area)

        var document = SVGDocument(width: width, height: height)
        document.text(title, at: SVGPoint(x: area.left, y: 24), size: 15, bold: true)
        for place in otherPlaces where isFinite(place) {
            document.circle(center: projection(place), radius: 2.5, fill: "#bbbbbb")
        }

        for (index, route) in routes.enumerated() {
            let colour = ReportPalette.colour(index)
            let positions = route.positions.filter(isFinite)
            document.polyline(positions.map(projection), stroke: colour, strokeWidth: 2, title: route.name)
            for (offset, position) in positions.enumerated().dropFirst().dropLast() {
                let label = offset < route.labels.count ? route.labels[offset] : nil
                document.circle(center: projection(position), radius: 3.5, fill: colour, stroke: "#ffffff", title: label)
            }

            let legendY = area.top + 8 + Double(index) * 20
            document.line(
                from: SVGPoint(x: area.right + 16, y: legendY - 4), to: SVGPoint(x: area.right + 40, y: legendY - 4),
                stroke: colour, strokeWidth: 3)
            document.text(route.name, at: SVGPoint(x: area.right + 46, y: legendY), size: 12)
        }

        for marker in markers where isFinite(marker.position) {
            let center = projection(marker.position)
            switch marker.kind {
            case .home:
                document.rectangle(
                    x: center.x - 6, y: center.y - 6, width: 12, height: 12, fill: "#000000", stroke: "#ffffff",
                    title: marker.label)
            case .hotel:
                let corners = [
                    SVGPoint(x: center.x, y: center.y - 8), SVGPoint(x: center.x + 7, y: center.y + 5),
                    SVGPoint(x: center.x - 7, y: center.y + 5),
                ]
                document.polygon(corners, fill: "#7a3e9d", stroke: "#ffffff", title: marker.label)
            }
        }
        drawMarkerLegend(into: &document, left: area.right + 16, top: area.top + 20 + Double(routes.count) * 20)
        return document.rendered()
    }

    /// Returns the mapping of plane positions into `area` that shows every
    /// position at one scale for both axes, centred.
    private func fitted(
        into area: (left: Double, right: Double, top: Double, bottom: Double)
    ) -> @Sendable (Position) -> SVGPoint {
        let positions = (routes.flatMap(\.positions) + markers.map(\.position) + otherPlaces).filter(isFinite)
        let minimumX = positions.map(\.x).min() ?? 0
        let maximumX = positions.map(\.x).max() ?? 1
        let minimumY = positions.map(\.y).min() ?? 0
        let maximumY = positions.map(\.y).max() ?? 1

        let spanX = max(maximumX - minimumX, 1e-9)
        let spanY = max(maximumY - minimumY, 1e-9)
        let scale = min((area.right - area.left) / spanX, (area.bottom - area.top) / spanY)
        let offsetX = area.left + ((area.right - area.left) - spanX * scale) / 2
        let offsetY = area.top + ((area.bottom - area.top) - spanY * scale) / 2
        return { position in
            SVGPoint(x: offsetX + (position.x - minimumX) * scale, y: offsetY + (maximumY - position.y) * scale)
        }
    }

    private func drawMarkerLegend(into document: inout SVGDocument, left: Double, top: Double) {
        let kinds = Set(markers.map(\.kind))
        var y = top
        if kinds.contains(.home) {
            document.rectangle(x: left + 6, y: y - 10, width: 12, height: 12, fill: "#000000")
            document.text("home", at: SVGPoint(x: left + 30, y: y), size: 12)
            y += 20
        }
        if kinds.contains(.hotel) {
            let corners = [
                SVGPoint(x: left + 12, y: y - 12), SVGPoint(x: left + 19, y: y + 1), SVGPoint(x: left + 5, y: y + 1),
            ]
            document.polygon(corners, fill: "#7a3e9d")
            document.text("hotel night", at: SVGPoint(x: left + 30, y: y), size: 12)
        }
    }

    private func isFinite(_ position: Position) -> Bool {
        position.x.isFinite && position.y.isFinite
    }
}
