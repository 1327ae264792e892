/// A timeline of working days: one bar per day from departure to the final
/// arrival, coloured by what the rep does (driving, waiting, setup, service,
/// break).
public struct DayTimeline: Sendable {
    /// The rep's activity during a segment.
    public enum Activity: String, CaseIterable, Hashable, Sendable {
        case driving
        case waiting
        case setup
        case service
        case breakTime = "break"

        /// The fill colour of the activity's segments.
        var colour: String {
            switch self {
            case .driving: "#56b4e9"
            case .waiting: "#dddddd"
            case .setup: "#f0e442"
            case .service: "#009e73"
            case .breakTime: "#d55e00"
            }
        }
    }

    /// An activity from `start` to `end`, in seconds after midnight.
    public struct Segment: Hashable, Sendable {
        public var activity: Activity
        public var start: Int
        public var end: Int
        /// Tooltip, such as the customer served.
        public var label: String?

        public init(activity: Activity, start: Int, end: Int, label: String? = nil) {
            self.activity = activity
            self.start = start
            self.end = end
            self.label = label
        }
    }

    /// One row of the timeline. Later segments are drawn over earlier ones,
    /// so a break can lie over the drive or the wait it interrupts.
    public struct Day: Hashable, Sendable {
        public var name: String
        public var segments: [Segment]

        public init(name: String, segments: [Segment]) {
            self.name = name
            self.segments = segments
        }
    }

    public var title: String
    public var days: [Day]
    /// Canvas width in pixels.
    public var width: Double = 760

    public init(title: String, days: [Day]) {
        self.title = title
        self.days = days
    }

    /// Draws the timeline: title, an hour axis over the span of all days,
    /// one labelled bar per day and a legend of the activities below. Empty
    /// segments are left out.
    ///
    /// Complexity: O(s) for s segments in all.
    public func svg() -> String {
        let rowHeight = 26.0
        let plot = (left: 130.0, right: width - 20, top: 60.0)
        let bottom = plot.top + Double(max(days.count, 1)) * rowHeight
        let height = bottom + 70

        let segments = days.flatMap(\.segments).filter { $0.end > $0.start }
        let firstHour = (segments.map(\.start).min() ?? 8 * 3600) / 3600
        let lastHour = ((segments.map(\.end).max() ?? 18 * 3600) + 3599) / 3600
        let span = Double(max(lastHour - firstHour, 1) * 3600)
        func x(_ seconds: Int) -> Double {
            plot.left + Double(seconds - firstHour * 3600) / span * (plot.right - plot.left)
        }

        var document = SVGDocument(width: width, height: height)
        document.text(title, at: SVGPoint(x: 20, y: 24), size: 15, bold: true)
        let hourStep = lastHour - firstHour > 16 ? 2 : 1
        for hour in stride(from: firstHour, through: lastHour, by: hourStep) {
            let position = x(hour * 3600)
            document.line(
                from: SVGPoint(x: position, y: plot.top - 6), to: SVGPoint(x: position, y: bottom), stroke: ReportPalette.grid)
            document.text(
                RouteMap.clockText(hour * 3600), at: SVGPoint(x: position, y: plot.top - 10), size: 10, anchor: .middle,
                fill: ReportPalette.mutedText)
        }

        for (index, day) in days.enumerated() {
            let top = plot.top + Double(index) * rowHeight
            document.text(day.name, at: SVGPoint(x: 20, y: top + rowHeight / 2 + 4), size: 12)
            for segment in day.segments where segment.end > segment.start {
                let clock = "\(RouteMap.clockText(segment.start))–\(RouteMap.clockText(segment.end))"
                let title = [segment.activity.rawValue, segment.label, clock].compactMap { $0 }.joined(separator: ", ")
                document.rectangle(
                    x: x(segment.start), y: top + 4, width: x(segment.end) - x(segment.start), height: rowHeight - 8,
                    fill: segment.activity.colour, title: title)
            }
        }

        var legendX = 20.0
        for activity in Activity.allCases {
            document.rectangle(x: legendX, y: bottom + 24, width: 14, height: 12, fill: activity.colour)
            document.text(activity.rawValue, at: SVGPoint(x: legendX + 20, y: bottom + 34), size: 12)
            legendX += 100
        }
        return document.rendered()
    }
}
