import Foundation

/// Least-squares fit of a power law y = c · x^k, computed as a straight line through the
/// points (ln x, ln y).
///
/// Fitting on logarithmic axes minimizes the squared error of ln y, which for small errors is the
/// squared relative error of y. That suits multiplicative noise such as runtime measurements.
/// For example, with x as the problem size and y as the runtime in seconds, an exponent near 2
/// means that the runtime grows quadratically.
public struct PowerLawFit: Hashable, Sendable {
    /// The exponent k, which is the slope of the line through (ln x, ln y). It has no unit.
    public let exponent: Double

    /// The natural logarithm of the coefficient c, which is the intercept of the log-log line.
    /// It stays finite where ``coefficient`` overflows or underflows.
    public let logCoefficient: Double

    /// The coefficient c = exp(``logCoefficient``), in units of y per (unit of x)^k.
    /// It is +infinity when ``logCoefficient`` exceeds about 709.78, and 0 below about −745.
    public let coefficient: Double

    /// The coefficient of determination R² of the log-log fit: 1 − SSres / SStot, with both
    /// sums of squares taken over ln y.
    ///
    /// It lies between 0 and 1 up to rounding, and equals 1 up to rounding for exact power-law
    /// data and for any two samples. When every y is equal, SStot is zero and R² is reported
    /// as 1, because the fitted line ln y = ln c reproduces every sample up to rounding.
    public let rSquared: Double

    /// The number of samples in the fit.
    public let sampleCount: Int

    /// Fits y = c · x^k to the samples (x[i], y[i]) by linear least squares on (ln x, ln y).
    ///
    /// The fit centers ln x on its mean before the solve. That makes the two columns of the
    /// least-squares matrix orthogonal, which keeps the system well conditioned when every x
    /// lies far from 1.
    ///
    /// Complexity: O(n) time and memory for n samples.
    ///
    /// - Parameters:
    ///   - x: The independent values, such as problem sizes. Each must be finite and greater than 0,
    ///     and at least two must differ.
    ///   - y: The dependent values, such as runtimes, one for each x. Each must be finite and greater than 0.
    /// - Throws: ``PowerLawFitError`` for mismatched lengths, fewer than 2 samples, an x or y
    ///   that is not finite and positive, identical x values, or a failed least-squares solve.
    public init(x: [Double], y: [Double]) throws(PowerLawFitError) {
        guard x.count == y.count else {
            throw .sampleCountMismatch(xCount: x.count, yCount: y.count)
        }
        guard x.count >= 2 else {
            throw .tooFewSamples(count: x.count)
        }
        if let index = x.firstIndex(where: { !($0.isFinite && $0 > 0) }) {
            throw .invalidX(index: index, value: x[index])
        }
        if let index = y.firstIndex(where: { !($0.isFinite && $0 > 0) }) {
            throw .invalidY(index: index, value: y[index])
        }
        guard x.contains(where: { $0 != x[0] }) else {
            throw .identicalX(value: x[0])
        }

        let logX = x.map { Foundation.log($0) }
        let logY = y.map { Foundation.log($0) }
        let sampleCount = x.count
        let meanLogX = logX.reduce(0, +) / Double(sampleCount)
        let centeredLogX = logX.map { $0 - meanLogX }

        // Each row is [1, ln x[i] − mean ln x], so the solution is [intercept at the mean, k].
        var matrix: [Double] = []
        matrix.reserveCapacity(2 * sampleCount)
        for value in centeredLogX {
            matrix.append(1)
            matrix.append(value)
        }

        let solution: [Double]
        do {
            solution = try LeastSquares.solve(
                matrix: matrix, rows: sampleCount, columns: 2, rightHandSide: logY
            )
        } catch {
            throw .leastSquares(error)
        }
        let interceptAtMean = solution[0]
        let exponent = solution[1]

        var residualSumOfSquares = 0.0
        for (centered, observed) in zip(centeredLogX, logY) {
            let residual = observed - (interceptAtMean + exponent * centered)
            residualSumOfSquares += residual * residual
        }
        let meanLogY = logY.reduce(0, +) / Double(sampleCount)
        let totalSumOfSquares = logY.reduce(0) { sum, value in
            sum + (value - meanLogY) * (value - meanLogY)
        }

        self.exponent = exponent
        self.logCoefficient = interceptAtMean - exponent * meanLogX
        self.coefficient = Foundation.exp(logCoefficient)
        self.rSquared = totalSumOfSquares > 0 ? 1 - residualSumOfSquares / totalSumOfSquares : 1
        self.sampleCount = sampleCount
    }

    /// Evaluates the fitted power law c · x^k at `x`, computed as exp(ln c + k · ln x) so that
    /// an overflowing ``coefficient`` does not spoil the result.
    ///
    /// - Parameter x: A finite value greater than 0, in the units of the fitted x. Other values
    ///   return the IEEE 754 result of the formula, which can be 0, infinite or NaN.
    /// - Returns: The predicted y in the units of the fitted y.
    public func predictedValue(at x: Double) -> Double {
        Foundation.exp(logCoefficient + exponent * Foundation.log(x))
    }
}
