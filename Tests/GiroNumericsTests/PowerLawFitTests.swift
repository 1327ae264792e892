import Foundation
import GiroNumerics
import Testing

@Suite("PowerLawFit")
struct PowerLawFitTests {
    @Test("exact power law recovered")
    func exactPowerLawRecovered() throws {
        let x: [Double] = [1, 2, 4, 8, 16, 32, 100]
        let y = x.map { 3.5 * pow($0, 1.75) }

        let fit = try PowerLawFit(x: x, y: y)

        #expect(abs(fit.exponent - 1.75) < 1e-9)
        #expect(abs(fit.coefficient - 3.5) < 1e-9)
        #expect(abs(fit.logCoefficient - log(3.5)) < 1e-9)
        #expect(abs(fit.rSquared - 1) < 1e-12)
        #expect(fit.sampleCount == 7)
        #expect(abs(fit.predictedValue(at: 10) / (3.5 * pow(10, 1.75)) - 1) < 1e-9)
    }

    @Test("runtime-like quadratic growth")
    func runtimeLikeQuadraticGrowth() throws {
        // Sizes far from 1 and runtimes in seconds far below 1: c = 2e-7 s per customer².
        let x: [Double] = [1_000, 2_000, 5_000, 10_000, 20_000]
        let y = x.map { 2e-7 * $0 * $0 }

        let fit = try PowerLawFit(x: x, y: y)

        #expect(abs(fit.exponent - 2) < 1e-9)
        #expect(abs(fit.coefficient / 2e-7 - 1) < 1e-9)
        #expect(abs(fit.rSquared - 1) < 1e-12)
    }

    @Test("negative exponent recovered")
    func negativeExponentRecovered() throws {
        let x: [Double] = [0.5, 1, 3, 9, 27]
        let y = x.map { 12 * pow($0, -0.5) }

        let fit = try PowerLawFit(x: x, y: y)

        #expect(abs(fit.exponent + 0.5) < 1e-9)
        #expect(abs(fit.coefficient - 12) < 1e-9)
        #expect(abs(fit.rSquared - 1) < 1e-12)
    }

    @Test("noisy data lowers R²")
    func noisyDataLowersRSquared() throws {
        let x: [Double] = [10, 20, 40, 80, 160, 320]
        let noise: [Double] = [1.10, 0.92, 1.05, 0.90, 1.12, 0.97]
        let y = zip(x, noise).map { size, factor in 2 * pow(size, 1.5) * factor }

        let fit = try PowerLawFit(x: x, y: y)

        #expect(fit.rSquared < 1 - 1e-6)
        #expect(fit.rSquared > 0.99)
        #expect(abs(fit.exponent - 1.5) < 0.05)
    }

    @Test("uncorrelated data gives low R²")
    func uncorrelatedDataGivesLowRSquared() throws {
        // ln y alternates around a constant, so the log-log slope explains little of it.
        let fit = try PowerLawFit(x: [1, 2, 3, 4, 5, 6], y: [1, 3, 1, 3, 1, 3])

        #expect(fit.rSquared >= 0)
        #expect(fit.rSquared < 0.5)
    }

    @Test("two samples fit exactly")
    func twoSamplesFitExactly() throws {
        // y = 5 · x^(ln 4 / ln 2) = 5 · x² through (1, 5) and (2, 20).
        let fit = try PowerLawFit(x: [1, 2], y: [5, 20])

        #expect(abs(fit.exponent - 2) < 1e-12)
        #expect(abs(fit.coefficient - 5) < 1e-12)
        #expect(abs(fit.rSquared - 1) < 1e-12)
    }

    @Test("constant y has zero exponent")
    func constantYHasZeroExponent() throws {
        let fit = try PowerLawFit(x: [1, 10, 100], y: [4, 4, 4])

        #expect(abs(fit.exponent) < 1e-12)
        #expect(abs(fit.coefficient - 4) < 1e-12)
        #expect(fit.rSquared == 1)
    }

    @Test("coefficient overflow keeps log")
    func coefficientOverflowKeepsLog() throws {
        // y = 1e318 · x with x near the smallest normal Double: c overflows to +infinity,
        // but ln c = 318 · ln 10 ≈ 732.2 and the predictions stay finite.
        let x: [Double] = [1e-308, 1e-307, 1e-306]
        let y: [Double] = [1e10, 1e11, 1e12]

        let fit = try PowerLawFit(x: x, y: y)

        #expect(fit.coefficient == .infinity)
        #expect(abs(fit.logCoefficient - 318 * log(10)) < 1e-9)
        #expect(abs(fit.exponent - 1) < 1e-9)
        #expect(abs(fit.predictedValue(at: 1e-307) / 1e11 - 1) < 1e-9)
    }

    @Test("sample count mismatch")
    func sampleCountMismatch() {
        #expect(throws: PowerLawFitError.sampleCountMismatch(xCount: 3, yCount: 2)) {
            try PowerLawFit(x: [1, 2, 3], y: [1, 2])
        }
    }

    @Test("fewer than two samples")
    func fewerThanTwoSamples() {
        #expect(throws: PowerLawFitError.tooFewSamples(count: 0)) {
            try PowerLawFit(x: [], y: [])
        }
        #expect(throws: PowerLawFitError.tooFewSamples(count: 1)) {
            try PowerLawFit(x: [2], y: [3])
        }
    }

    @Test("non-positive x rejected", arguments: [0.0, -2.5, .infinity, -.infinity])
    func nonPositiveXRejected(badValue: Double) {
        #expect(throws: PowerLawFitError.invalidX(index: 2, value: badValue)) {
            try PowerLawFit(x: [1, 2, badValue, 4], y: [1, 2, 3, 4])
        }
    }

    @Test("NaN x rejected")
    func nanXRejected() {
        let error = #expect(throws: PowerLawFitError.self) {
            try PowerLawFit(x: [.nan, 2, 3], y: [1, 2, 3])
        }
        guard case let .invalidX(index, value) = error else {
            Issue.record("expected invalidX, got \(String(describing: error))")
            return
        }
        #expect(index == 0)
        #expect(value.isNaN)
    }

    @Test("non-positive y rejected", arguments: [0.0, -1.0, .infinity])
    func nonPositiveYRejected(badValue: Double) {
        #expect(throws: PowerLawFitError.invalidY(index: 3, value: badValue)) {
            try PowerLawFit(x: [1, 2, 3, 4], y: [1, 2, 3, badValue])
        }
    }

    @Test("NaN y rejected")
    func nanYRejected() {
        let error = #expect(throws: PowerLawFitError.self) {
            try PowerLawFit(x: [1, 2, 3], y: [1, .nan, 3])
        }
        guard case let .invalidY(index, value) = error else {
            Issue.record("expected invalidY, got \(String(describing: error))")
            return
        }
        #expect(index == 1)
        #expect(value.isNaN)
    }

    @Test("x checked before y")
    func xCheckedBeforeY() {
        #expect(throws: PowerLawFitError.invalidX(index: 1, value: -1)) {
            try PowerLawFit(x: [1, -1, 3], y: [-5, 2, 3])
        }
    }

    @Test("identical x rejected")
    func identicalXRejected() {
        #expect(throws: PowerLawFitError.identicalX(value: 7)) {
            try PowerLawFit(x: [7, 7, 7], y: [1, 2, 3])
        }
    }

    @Test("x one ulp apart is ill-conditioned")
    func xOneUlpApartIsIllConditioned() {
        let error = #expect(throws: PowerLawFitError.self) {
            try PowerLawFit(x: [1, 1.0.nextUp], y: [1, 2])
        }
        guard case let .leastSquares(underlying) = error,
              case .illConditioned = underlying
        else {
            Issue.record("expected leastSquares(illConditioned), got \(String(describing: error))")
            return
        }
    }

    @Test("error messages name index and value")
    func errorMessagesNameIndexAndValue() {
        let xMessage = PowerLawFitError.invalidX(index: 2, value: -1.5).description
        #expect(xMessage.contains("x[2] is -1.5"))
        #expect(xMessage.contains("greater than 0"))

        let yMessage = PowerLawFitError.invalidY(index: 0, value: 0).description
        #expect(yMessage.contains("y[0] is 0.0"))

        let countMessage = PowerLawFitError.sampleCountMismatch(xCount: 3, yCount: 2).description
        #expect(countMessage.contains("3 values"))
        #expect(countMessage.contains("contains 2"))
    }
}
