/// A reason why ``PowerLawFit/init(x:y:)`` rejected its samples or could not fit them.
///
/// Sample indices in the cases are 0-based.
public enum PowerLawFitError: Error, Equatable, Sendable, CustomStringConvertible {
    /// Sample arrays of different lengths.
    case sampleCountMismatch(xCount: Int, yCount: Int)

    /// Fewer than 2 samples, which cannot determine both the exponent and the coefficient.
    case tooFewSamples(count: Int)

    /// An x value that is not finite or not greater than 0, so it has no real logarithm.
    case invalidX(index: Int, value: Double)

    /// A y value that is not finite or not greater than 0, so it has no real logarithm.
    case invalidY(index: Int, value: Double)

    /// Samples that all share one x value, which leaves the exponent undefined.
    case identicalX(value: Double)

    /// A failure of the least-squares solve on the logarithms, such as an ill-conditioned system
    /// when the x values differ only in their last bits.
    case leastSquares(LeastSquaresError)

    public var description: String {
        switch self {
        case let .sampleCountMismatch(xCount, yCount):
            return "x contains \(xCount) values but y contains \(yCount). "
                + "Pass exactly one y value for each x value."
        case let .tooFewSamples(count):
            return "A power-law fit needs at least 2 samples, but got \(count). "
                + "Add samples at different x values."
        case let .invalidX(index, value):
            return "x[\(index)] is \(value), but a power-law fit needs every x to be finite and greater than 0. "
                + "Remove or correct that sample."
        case let .invalidY(index, value):
            return "y[\(index)] is \(value), but a power-law fit needs every y to be finite and greater than 0. "
                + "Remove or correct that sample."
        case let .identicalX(value):
            return "Every sample has x = \(value), so the exponent is undefined. "
                + "Add samples at a different x value."
        case let .leastSquares(error):
            return "The least-squares fit of log y on log x failed. \(error.description)"
        }
    }
}
