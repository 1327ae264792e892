import Foundation
import GiroBenchmark
import Testing

#if canImport(FoundationXML)
    import FoundationXML
#endif

@Suite("Scale sweep")
struct ScaleSweepTests {
    private static let sweep = ScaleSweep(
        base: ScaleSweep.Size(customersPerRep: 300, reps: 1, days: 20), customersPerRep: [100, 300, 1_000],
        reps: [1, 10], days: [5, 20])

    @Test func sizesVaryOneDimensionAtATime() {
        #expect(Self.sweep.sizes.map(\.description) == [
            "300 × 1 × 20", "100 × 1 × 20", "1000 × 1 × 20", "300 × 10 × 20", "300 × 1 × 5",
        ])
    }

    @Test func armHoldsTheBaseAndItsOwnSizes() {
        #expect(Self.sweep.arm(.customersPerRep).map(\.customersPerRep) == [300, 100, 1_000])
        #expect(Self.sweep.arm(.reps).map(\.reps) == [1, 10])
        #expect(Self.sweep.arm(.days).map(\.days) == [20, 5])
    }

    private static func measurement(_ size: ScaleSweep.Size, seconds: Double, isValid: Bool = true) -> ScaleMeasurement {
        ScaleMeasurement(
            size: size, customers: size.customersPerRep * size.reps, planningSeconds: seconds,
            processSeconds: seconds + 0.5, peakMemoryBytes: 50 << 20, isValid: isValid)
    }

    @Test func armSamplesSkipInvalidSizes() {
        let sizes = Self.sweep.sizes
        let measurements = [
            Self.measurement(sizes[0], seconds: 3), Self.measurement(sizes[1], seconds: 1),
            Self.measurement(sizes[2], seconds: 10), Self.measurement(sizes[3], seconds: 30, isValid: false),
            Self.measurement(sizes[4], seconds: 0.8),
        ]

        let arms = ScaleReport.armSamples(measurements, sweep: Self.sweep)

        #expect(arms.map(\.dimension) == [.customersPerRep, .days])
        #expect(arms[0].x == [300, 100, 1_000])
        #expect(arms[0].y == [3, 1, 10])
        #expect(arms[1].x == [20, 5])
    }

    @Test func filesListEverySizeAndFit() {
        let measurements = Self.sweep.sizes.map { Self.measurement($0, seconds: 2) }
        let fit = ScaleFit(dimension: .customersPerRep, exponent: 1.234, rSquared: 0.9876, sampleCount: 3)

        let csv = ScaleReport.csv(measurements).split(separator: "\n")
        let summary = ScaleReport.summary(measurements, fits: [fit], settings: ["preset: test"])

        #expect(csv.count == 6)
        #expect(csv.first.map(String.init) == ScaleReport.columns.joined(separator: ","))
        #expect(csv[1] == "300,1,20,300,2.000,2.500,50.0,valid")
        #expect(summary.contains("- preset: test"))
        #expect(summary.contains("| 1000 | 1 | 20 | 1000 | 2.000 | 2.500 | 50.0 | valid |"))
        #expect(summary.contains("| customers per rep | 1.23 | 0.988 | 3 |"))
    }

    @Test func summaryWithoutFitsSaysSo() {
        let summary = ScaleReport.summary([], fits: [], settings: [])

        #expect(summary.contains("nothing is fitted"))
    }

    @Test func chartDrawsOneLinePerArm() throws {
        let sizes = Self.sweep.sizes
        let measurements = [
            Self.measurement(sizes[0], seconds: 3), Self.measurement(sizes[1], seconds: 1),
            Self.measurement(sizes[2], seconds: 10), Self.measurement(sizes[3], seconds: 30),
            Self.measurement(sizes[4], seconds: 0.8),
        ]

        let chart = try #require(ScaleReport.chart(measurements, sweep: Self.sweep))

        #expect(XMLParser(data: Data(chart.utf8)).parse())
        for name in ["customers per rep", "reps", "days"] {
            #expect(chart.contains(">\(name)<"), "\(name)")
        }
    }

    @Test func chartNeedsTwoValidSizes() {
        let measurements = Self.sweep.sizes.map { Self.measurement($0, seconds: 2, isValid: false) }

        #expect(ScaleReport.chart(measurements, sweep: Self.sweep) == nil)
    }
}
