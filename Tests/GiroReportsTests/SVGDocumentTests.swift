import GiroReports
import Testing

@Suite("SVG document")
struct SVGDocumentTests {
    @Test(arguments: [
        (12.0, "12"), (12.5, "12.5"), (-0.25, "-0.25"), (0.004, "0"), (-0.004, "0"), (3.456, "3.46"), (7.05, "7.05"),
        (100.10, "100.1"),
    ])
    func numberHasAtMostTwoDecimals(value: Double, text: String) {
        #expect(SVGDocument.number(value) == text)
    }

    @Test func numberThatIsNotFiniteBecomesZero() {
        #expect(SVGDocument.number(.nan) == "0")
        #expect(SVGDocument.number(.infinity) == "0")
        #expect(SVGDocument.number(1e20) == "0")
    }

    @Test func escapingCoversTheReservedCharacters() {
        #expect(SVGDocument.escaped("a&b<c>d\"e'f") == "a&amp;b&lt;c&gt;d&quot;e&apos;f")
        #expect(SVGDocument.escaped("Straße 5") == "Straße 5")
    }

    @Test func renderedDocumentIsWellFormed() {
        var document = SVGDocument(width: 200, height: 100)
        document.rectangle(x: 1, y: 2, width: 30, height: 40, fill: "#ff0000", title: "a <b> & \"c\"")
        document.line(from: SVGPoint(x: 0, y: 0), to: SVGPoint(x: 10, y: 10), stroke: "#000000", dashed: true)
        document.polyline([SVGPoint(x: 0, y: 0), SVGPoint(x: 5, y: 5)], stroke: "#000000")
        document.circle(center: SVGPoint(x: 50, y: 50), radius: 4, fill: "#00ff00")
        document.polygon([SVGPoint(x: 0, y: 0), SVGPoint(x: 5, y: 0), SVGPoint(x: 0, y: 5)], fill: "#0000ff")
        document.text("R&D <north>", at: SVGPoint(x: 10, y: 90), rotation: -90)
        let text = document.rendered()

        #expect(ReportFixtures.isWellFormedXML(text))
        #expect(text.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"200\" height=\"100\""))
        #expect(text.contains("<title>a &lt;b&gt; &amp; &quot;c&quot;</title>"))
        #expect(text.contains(">R&amp;D &lt;north&gt;</text>"))
        #expect(text.contains("transform=\"rotate(-90 10 90)\""))
    }

    @Test func lineWithOnePointDrawsNothing() {
        var document = SVGDocument(width: 10, height: 10)
        let empty = document.rendered()
        document.polyline([SVGPoint(x: 1, y: 1)], stroke: "#000000")

        #expect(document.rendered() == empty)
    }

    @Test func sameCallsGiveSameBytes() {
        func draw() -> String {
            var document = SVGDocument(width: 300, height: 200)
            document.text("x", at: SVGPoint(x: 1.005, y: 2.675))
            document.circle(center: SVGPoint(x: 1 / 3, y: 2 / 3), radius: 1, fill: "#000000")
            return document.rendered()
        }

        #expect(draw() == draw())
    }
}
