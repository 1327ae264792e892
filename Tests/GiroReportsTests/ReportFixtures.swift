import Foundation
import GiroModel
import GiroReports

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// A small territory and a hand-made two-day plan for it, with a break, a
/// wait, a setup and a night at a hotel, so that every part of the map and
/// the timeline is drawn.
enum ReportFixtures {
    static let monday = CalendarDate(year: 2027, month: 3, day: 8)!
    static let home = Location.geographic(latitude: 45.5, longitude: 9.8)
    static let hotel = Location.geographic(latitude: 45.2, longitude: 10.4)

    static let territory = Territory(
        name: "Report fixture", horizon: Horizon(start: monday, days: 2),
        reps: [Rep(id: "R1", name: "Ada <Rossi> & Co", home: home, workingHours: WorkingHours())],
        customers: [
            Customer(id: "C1", name: "Bar \"Centrale\"", location: .geographic(latitude: 45.6, longitude: 9.9), visitDuration: 1800),
            Customer(id: "C2", location: .geographic(latitude: 45.3, longitude: 10.2), visitDuration: 2700, setupDuration: 600),
            Customer(id: "C3", location: hotel, visitDuration: 1800),
            Customer(id: "C4", location: .geographic(latitude: 45.4, longitude: 9.6), visitDuration: 1800),
        ])

    static let plan = Plan(
        horizon: territory.horizon,
        routes: [
            DayRoute(
                repID: "R1", date: monday, startLocation: home, departure: 8 * 3600,
                stops: [
                    PlannedStop(
                        kind: .visit, customerID: "C1", arrival: 8 * 3600 + 1200, waitingTime: 600, setupDuration: 0,
                        serviceStart: 8 * 3600 + 1800, serviceEnd: 9 * 3600, window: nil),
                    PlannedStop(
                        kind: .visit, customerID: "C2", arrival: 11 * 3600, waitingTime: 0, setupDuration: 600,
                        serviceStart: 11 * 3600 + 600, serviceEnd: 12 * 3600 + 1500, window: nil),
                ],
                breakTaken: PlannedBreak(start: 10 * 3600, end: 10 * 3600 + 2700, placement: .afterStop(0)),
                endLocation: hotel, arrival: 13 * 3600, drivingTime: 3 * 3600, distance: 160_000, workingTime: 5 * 3600,
                waitingTime: 600),
            DayRoute(
                repID: "R1", date: monday.adding(days: 1), startLocation: hotel, departure: 8 * 3600 + 1800,
                stops: [
                    PlannedStop(
                        kind: .visit, customerID: "C3", arrival: 8 * 3600 + 1800, waitingTime: 0, setupDuration: 0,
                        serviceStart: 8 * 3600 + 1800, serviceEnd: 9 * 3600 + 1800, window: nil)
                ],
                breakTaken: nil, endLocation: home, arrival: 11 * 3600, drivingTime: 5400, distance: 90_000,
                workingTime: 2 * 3600 + 1800, waitingTime: 0),
        ],
        unplanned: [])

    /// The pictures and the page whose layout the snapshot tests guard.
    static var snapshotSubjects: [(name: String, text: String)] {
        let map = RouteMap(plan: plan, territory: territory, repID: "R1")
        let timeline = DayTimeline(plan: plan, territory: territory, repID: "R1")
        let convergence = LineChart(
            title: "Convergence", xLabel: "seconds", yLabel: "best objective",
            series: [
                LineChart.Series(name: "regret", points: [.init(x: 0, y: 1900), .init(x: 0.5, y: 1720), .init(x: 4, y: 1690)]),
                LineChart.Series(name: "savings", points: [.init(x: 0, y: 1810), .init(x: 2, y: 1705), .init(x: 10, y: 1702)]),
            ], isStepped: true)
        let gaps = BarChart(
            title: "Mean gap", yLabel: "gap (%)", categories: ["C1", "R1", "RC1"],
            series: [
                BarChart.Series(name: "giro", values: [0, 1.24, 1.23]),
                BarChart.Series(name: "peer", values: [0.01, 1.5, nil]),
            ])
        let page = HTMLReport(
            title: "Report fixture",
            blocks: [
                .heading("Gaps"), .table(header: ["class", "giro", "peer"], rows: [["C1", "0.00 %", "0.01 %"]]),
                .figure(svg: gaps.svg(), caption: "Mean gap by class"),
                .figure(svg: timeline.svg(), caption: "Working days"), .code("giro plan fixture.json"),
            ])
        return [
            ("route-map.svg", map.svg()), ("day-timeline.svg", timeline.svg()), ("convergence.svg", convergence.svg()),
            ("gap-bars.svg", gaps.svg()), ("report.html", page.rendered()),
        ]
    }

    /// Returns whether `text` parses as XML.
    static func isWellFormedXML(_ text: String) -> Bool {
        let parser = XMLParser(data: Data(text.utf8))
        return parser.parse()
    }
}
