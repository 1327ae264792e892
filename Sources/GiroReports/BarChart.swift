/// A grouped bar chart: one group of bars per category and one bar per
/// series in each group, such as the mean gap of each solver per instance
/// class.
public struct BarChart: Sendable {
    /// A named series with one value per category; nil draws no bar.
    public struct Series: Hashable, Sendable {
        public var name: String
        public var values: [Double?]

        public init(name: String, values: [Double?]) {
            self.name = name
            self.values = values
        }
    }

    public var title: String
    public var yLabel: String
    public var categories: [String]
    public var series: [Series]
    /// Decimals of the value written above each bar.
    public var valueDecimals: Int = 2
    /// Canvas width in pixels.
    public var width: Double = 760
    /// Canvas height in pixels.
    public var height: Double = 420

    /// Creates a chart.
    ///
    /// - Precondition: every series has one value per category.
    public init(title: String, yLabel: String, categories: [String], series: [Series]) {
        precondition(series.allSatisfy { $0.values.count == categories.count }, "one value per category")
        self.title = title
        self.yLabel = yLabel
        self.categories = categories
        self.series = series
    }

    /// Draws the chart: title, a y axis from zero with ticks and grid, the
    /// grouped bars with their values, category names below and a legend on
    /// the right. Values that are not finite draw no bar.
    ///
    /// Complexity: O(c × s) for c categories and s series.
    public func svg() -> String {
        let plot = (left: 70.0, right: width - 180, top: 40.0, bottom: height - 50)
        let values = series.flatMap { $0.values.compactMap { $0 } }.filter(\.isFinite)
        let yAxis = ChartAxis(covering: values, includingZero: true, pixels: plot.top...plot.bottom, inverted: true)

        var document = SVGDocument(width: width, height: height)
        document.text(title, at: SVGPoint(x: plot.left, y: 24), size: 15, bold: true)
        for tick in yAxis.ticks {
            let y = yAxis.pixel(tick)
            document.line(from: SVGPoint(x: plot.left, y: y), to: SVGPoint(x: plot.right, y: y), stroke: ReportPalette.grid)
            document.text(yAxis.label(tick), at: SVGPoint(x: plot.left - 6, y: y + 4), size: 11, anchor: .end)
        }
        document.text(
            yLabel, at: SVGPoint(x: 18, y: (plot.top + plot.bottom) / 2), size: 12, anchor: .middle, rotation: -90)

        let groupWidth = (plot.right - plot.left) / Double(max(categories.count, 1))
        let barWidth = groupWidth * 0.8 / Double(max(series.count, 1))
        let zero = yAxis.pixel(0)
        for (categoryIndex, category) in categories.enumerated() {
            let groupLeft = plot.left + Double(categoryIndex) * groupWidth + groupWidth * 0.1
            document.text(
                category, at: SVGPoint(x: groupLeft + groupWidth * 0.4, y: plot.bottom + 18), size: 12, anchor: .middle)

            for (seriesIndex, line) in series.enumerated() {
                guard let value = line.values[categoryIndex], value.isFinite else { continue }
                let top = min(yAxis.pixel(value), zero)
                let left = groupLeft + Double(seriesIndex) * barWidth
                let valueText = ChartAxis.decimalText(value, decimals: valueDecimals)
                document.rectangle(
                    x: left, y: top, width: barWidth * 0.92, height: abs(yAxis.pixel(value) - zero),
                    fill: ReportPalette.colour(seriesIndex), title: "\(line.name), \(category): \(valueText)")
                if barWidth < 28 {
                    // A narrow bar gets its value written upwards, so that
                    // neighbouring values do not overlap.
                    document.text(
                        valueText, at: SVGPoint(x: left + barWidth * 0.46 + 3, y: top - 4), size: 9, anchor: .start,
                        fill: ReportPalette.mutedText, rotation: -90)
                } else {
                    document.text(
                        valueText, at: SVGPoint(x: left + barWidth * 0.46, y: top - 4), size: 9, anchor: .middle,
                        fill: ReportPalette.mutedText)
                }
            }
        }

        document.line(from: SVGPoint(x: plot.left, y: zero), to: SVGPoint(x: plot.right, y: zero), stroke: ReportPalette.axis)
        document.line(
            from: SVGPoint(x: plot.left, y: plot.top), to: SVGPoint(x: plot.left, y: plot.bottom), stroke: ReportPalette.axis)
        for (index, line) in series.enumerated() {
            let legendY = plot.top + 8 + Double(index) * 20
            document.rectangle(x: plot.right + 16, y: legendY - 10, width: 14, height: 12, fill: ReportPalette.colour(index))
            document.text(line.name, at: SVGPoint(x: plot.right + 36, y: legendY), size: 12)
        }
        return document.rendered()
    }
}
