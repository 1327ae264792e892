/// A line chart of one or more series over a shared x axis, such as
/// convergence curves: the best objective over time of several heuristics.
public struct LineChart: Sendable {
    /// A point of a series, in data units.
    public struct Point: Hashable, Sendable {
        public var x: Double
        public var y: Double

        public init(x: Double, y: Double) {
            self.x = x
            self.y = y
        }
    }

    /// A named line; its points are drawn in x order.
    public struct Series: Hashable, Sendable {
        public var name: String
        public var points: [Point]

        public init(name: String, points: [Point]) {
            self.name = name
            self.points = points
        }
    }

    public var title: String
    public var xLabel: String
    public var yLabel: String
    public var series: [Series]
    /// Draws each series as steps that keep a value until the next point,
    /// as a best-so-far curve does, instead of straight segments.
    public var isStepped: Bool
    /// Canvas width in pixels.
    public var width: Double = 760
    /// Canvas height in pixels.
    public var height: Double = 420

    public init(title: String, xLabel: String, yLabel: String, series: [Series], isStepped: Bool = false) {
        self.title = title
        self.xLabel = xLabel
        self.yLabel = yLabel
        self.series = series
        self.isStepped = isStepped
    }

    /// Draws the chart: title, axes with ticks and grid, one line per
    /// series and a legend on the right. Points with a coordinate that is
    /// not finite are left out. A chart without points shows empty axes.
    ///
    /// Complexity: O(p) for p points in all.
    public func svg() -> String {
        let plot = (left: 70.0, right: width - 180, top: 40.0, bottom: height - 50)
        let cleaned = series.map { line in
            Series(name: line.name, points: line.points.filter { $0.x.isFinite && $0.y.isFinite }.sorted { $0.x < $1.x })
        }
        let points = cleaned.flatMap(\.points)
        let xAxis = ChartAxis(covering: points.map(\.x), pixels: plot.left...plot.right, inverted: false)
        let yAxis = ChartAxis(covering: points.map(\.y), margin: 0.03, pixels: plot.top...plot.bottom, inverted: true)

        var document = SVGDocument(width: width, height: height)
        document.text(title, at: SVGPoint(x: plot.left, y: 24), size: 15, bold: true)
        drawAxes(into: &document, x: xAxis, y: yAxis, plot: plot)

        for (index, line) in cleaned.enumerated() {
            let colour = ReportPalette.colour(index)
            var pixels: [SVGPoint] = []
            for (offset, point) in line.points.enumerated() {
                let pixel = SVGPoint(x: xAxis.pixel(point.x), y: yAxis.pixel(point.y))
                if isStepped, offset > 0, let previous = pixels.last {
                    pixels.append(SVGPoint(x: pixel.x, y: previous.y))
                }
                pixels.append(pixel)
            }
            if pixels.count == 1, let only = pixels.first {
                document.circle(center: only, radius: 3, fill: colour, title: line.name)
            } else {
                document.polyline(pixels, stroke: colour, strokeWidth: 2, title: line.name)
            }

            let legendY = plot.top + 8 + Double(index) * 20
            document.line(
                from: SVGPoint(x: plot.right + 16, y: legendY - 4), to: SVGPoint(x: plot.right + 40, y: legendY - 4),
                stroke: colour, strokeWidth: 3)
            document.text(line.name, at: SVGPoint(x: plot.right + 46, y: legendY), size: 12)
        }
        return document.rendered()
    }

    private func drawAxes(
        into document: inout SVGDocument, x xAxis: ChartAxis, y yAxis: ChartAxis,
        plot: (left: Double, right: Double, top: Double, bottom: Double)
    ) {
        for tick in yAxis.ticks {
            let y = yAxis.pixel(tick)
            document.line(from: SVGPoint(x: plot.left, y: y), to: SVGPoint(x: plot.right, y: y), stroke: ReportPalette.grid)
            document.text(yAxis.label(tick), at: SVGPoint(x: plot.left - 6, y: y + 4), size: 11, anchor: .end)
        }
        for tick in xAxis.ticks {
            let x = xAxis.pixel(tick)
            document.line(from: SVGPoint(x: x, y: plot.top), to: SVGPoint(x: x, y: plot.bottom), stroke: ReportPalette.grid)
            document.text(xAxis.label(tick), at: SVGPoint(x: x, y: plot.bottom + 16), size: 11, anchor: .middle)
        }

        document.line(
            from: SVGPoint(x: plot.left, y: plot.bottom), to: SVGPoint(x: plot.right, y: plot.bottom),
            stroke: ReportPalette.axis)
        document.line(
            from: SVGPoint(x: plot.left, y: plot.top), to: SVGPoint(x: plot.left, y: plot.bottom), stroke: ReportPalette.axis)
        document.text(
            xLabel, at: SVGPoint(x: (plot.left + plot.right) / 2, y: plot.bottom + 38), size: 12, anchor: .middle)
        document.text(
            yLabel, at: SVGPoint(x: 18, y: (plot.top + plot.bottom) / 2), size: 12, anchor: .middle, rotation: -90)
    }
}
