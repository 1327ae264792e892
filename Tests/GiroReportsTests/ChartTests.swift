import GiroModel
import Testing

@testable import GiroReports

@Suite("Charts")
struct ChartTests {
    @Test(arguments: [(0.3, 0.5), (1.0, 1.0), (1.2, 2.0), (7.0, 10.0), (0.0007, 0.001), (45.0, 50.0), (250.0, 500.0)])
    func niceStepRoundsUp(raw: Double, step: Double) {
        #expect(abs(ChartAxis.niceStep(for: raw) - step) < step * 1e-9)
    }

    @Test func axisRoundsOutwardsToTicks() {
        let axis = ChartAxis(covering: [1653, 1790], pixels: 0...100, inverted: false)

        #expect(axis.step == 50)
        #expect(axis.lower == 1650)
        #expect(axis.upper == 1800)
        #expect(axis.ticks == [1650, 1700, 1750, 1800])
        #expect(axis.pixel(1650) == 0)
        #expect(axis.pixel(1800) == 100)
    }

    @Test func invertedAxisGrowsUpwards() {
        let axis = ChartAxis(covering: [0, 10], pixels: 40...240, inverted: true)

        #expect(axis.pixel(0) == 240)
        #expect(axis.pixel(10) == 40)
    }

    @Test func axisOfOneValueIsWidened() {
        let axis = ChartAxis(covering: [5, 5, 5], pixels: 0...100, inverted: false)

        #expect(axis.lower < 5)
        #expect(axis.upper > 5)
    }

    @Test func axisWithoutValuesStillHasTicks() {
        let axis = ChartAxis(covering: [.nan, .infinity], pixels: 0...100, inverted: false)

        #expect(axis.ticks.count >= 2)
        #expect(axis.lower <= 0)
    }

    @Test func tickLabelsHaveTheDecimalsOfTheStep() {
        let axis = ChartAxis(covering: [0, 0.9], pixels: 0...100, inverted: false)

        #expect(axis.step == 0.2)
        #expect(axis.label(0.4) == "0.4")
        #expect(axis.label(0) == "0.0")
    }

    @Test func lineChartDrawsOneLinePerSeries() {
        let chart = LineChart(
            title: "Convergence", xLabel: "seconds", yLabel: "objective",
            series: [
                LineChart.Series(name: "a", points: [.init(x: 0, y: 10), .init(x: 1, y: 8), .init(x: 2, y: 7)]),
                LineChart.Series(name: "b & c", points: [.init(x: 0, y: 12), .init(x: .nan, y: 3), .init(x: 2, y: 9)]),
            ], isStepped: true)
        let svg = chart.svg()

        #expect(ReportFixtures.isWellFormedXML(svg))
        #expect(svg.components(separatedBy: "<polyline").count - 1 == 2)
        #expect(svg.contains("b &amp; c"))
        #expect(!svg.contains("nan"))
    }

    @Test func lineChartWithoutPointsIsWellFormed() {
        let chart = LineChart(title: "Empty", xLabel: "x", yLabel: "y", series: [])

        #expect(ReportFixtures.isWellFormedXML(chart.svg()))
    }

    @Test func barChartSkipsMissingValues() {
        let chart = BarChart(
            title: "Gaps", yLabel: "gap (%)", categories: ["C1", "R1"],
            series: [
                BarChart.Series(name: "giro", values: [0.1, 1.2]),
                BarChart.Series(name: "peer", values: [nil, -0.5]),
            ])
        let svg = chart.svg()

        #expect(ReportFixtures.isWellFormedXML(svg))
        #expect(svg.contains("<title>giro, C1: 0.10</title>"))
        #expect(svg.contains("<title>peer, R1: -0.50</title>"))
        #expect(!svg.contains("peer, C1"))
    }

    @Test func routeMapMarksHomeAndHotel() {
        let map = RouteMap(plan: ReportFixtures.plan, territory: ReportFixtures.territory, repID: "R1")

        #expect(map.routes.count == 2)
        #expect(map.routes[0].positions.count == 4)
        #expect(map.markers.filter { $0.kind == .home }.count == 1)
        #expect(map.markers.filter { $0.kind == .hotel }.count == 1)
        #expect(map.otherPlaces.count == 1)
        #expect(map.routes[0].name == "Mon 2027-03-08")
        #expect(ReportFixtures.isWellFormedXML(map.svg()))
    }

    @Test func routeMapLabelsHorizonEnd() {
        var territory = ReportFixtures.territory
        territory.horizon.endLocation = ReportFixtures.hotel
        territory.reps[0].workingHours = .weekdays(TimeWindow(start: 8 * 3600, end: 18 * 3600))
        var plan = ReportFixtures.plan
        plan.routes[1].endLocation = ReportFixtures.hotel
        let map = RouteMap(plan: plan, territory: territory, repID: "R1")
        let labels = map.markers.filter { $0.kind == .hotel }.map(\.label)

        #expect(labels == ["night after 2027-03-08", "end of the horizon after 2027-03-09"])
    }

    @Test func timelineHasEverySegmentOfTheDay() {
        let timeline = DayTimeline(plan: ReportFixtures.plan, territory: ReportFixtures.territory, repID: "R1")
        let monday = timeline.days[0].segments

        #expect(timeline.days.count == 2)
        #expect(monday.filter { $0.activity == .service }.count == 2)
        let waiting = monday.filter { $0.activity == .waiting && $0.end > $0.start }
        let setups = monday.filter { $0.activity == .setup && $0.end > $0.start }
        #expect(waiting.map { $0.end - $0.start } == [600])
        #expect(setups.map { $0.end - $0.start } == [600])
        #expect(monday.last?.activity == .breakTime)
        #expect(ReportFixtures.isWellFormedXML(timeline.svg()))
    }

    @Test func htmlReportEscapesTextAndEmbedsPictures() {
        let chart = BarChart(title: "Gaps", yLabel: "%", categories: ["C1"], series: [.init(name: "giro", values: [1])])
        let report = HTMLReport(
            title: "Run <1>",
            blocks: [
                .heading("Gaps & times"), .paragraph("a < b"),
                .table(header: ["class", "gap"], rows: [["C1", "1.00 %"]]),
                .figure(svg: chart.svg(), caption: "Mean gap"), .code("giro bench vrptw --dir \"x\""),
            ])
        let html = report.rendered()

        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.contains("<title>Run &lt;1&gt;</title>"))
        #expect(html.contains("<h2>Gaps &amp; times</h2>"))
        #expect(html.contains("<td class=\"number\">1.00 %</td>"))
        #expect(html.contains("<td>C1</td>"))
        #expect(html.contains("<svg xmlns="))
        #expect(html.contains("<pre>giro bench vrptw --dir &quot;x&quot;</pre>"))
    }
}

@Suite("Plan report")
struct PlanReportTests {
    @Test func pageHasDaysMapTimelineAndVerdict() {
        let page = PlanReport.page(plan: ReportFixtures.plan, territory: ReportFixtures.territory, verdict: "Valid & sound.")

        #expect(page.contains("<p>Valid &amp; sound.</p>"))
        #expect(page.contains("<h2>Rep Ada &lt;Rossi&gt; &amp; Co (R1)</h2>"))
        #expect(page.contains("<th>distance (km)</th>"))
        #expect(page.contains("<td>Mon 2027-03-08</td>"))
        #expect(page.contains("<td class=\"number\">160.0</td>"))
        #expect(page.components(separatedBy: "<svg").count - 1 == 2)
        #expect(!page.contains("<h2>Unplanned</h2>"))
    }

    @Test func durationsReadAsHoursAndMinutes() {
        #expect(PlanReport.durationText(7500) == "2 h 05 min")
        #expect(PlanReport.durationText(0) == "0 h 00 min")
    }
}
