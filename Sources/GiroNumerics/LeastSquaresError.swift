/// A reason why ``LeastSquares/solve(matrix:rows:columns:rightHandSide:)`` rejected its input
/// or could not compute a unique solution.
///
/// Row and column indices in the cases are 0-based.
public enum LeastSquaresError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A dimension that is less than 1.
    case invalidDimensions(rows: Int, columns: Int)

    /// A dimension above `Int32.max`, the largest value that LAPACK's 32-bit INTEGER can pass.
    case dimensionsTooLarge(rows: Int, columns: Int)

    /// A matrix array whose count is not `rows * columns`.
    case matrixSizeMismatch(rows: Int, columns: Int, count: Int)

    /// A right-hand side whose count is not `rows`.
    case rightHandSideSizeMismatch(rows: Int, count: Int)

    /// A system with fewer equations (rows) than unknowns (columns), which has no unique
    /// least-squares solution.
    case underdetermined(rows: Int, columns: Int)

    /// A matrix entry that is NaN or infinite.
    case nonFiniteMatrixEntry(row: Int, column: Int, value: Double)

    /// A right-hand-side entry that is NaN or infinite.
    case nonFiniteRightHandSide(index: Int, value: Double)

    /// An exactly zero diagonal element of the triangular factor R, reported by LAPACK (`info > 0`).
    ///
    /// The matrix column at `column` is a linear combination of the columns before it, or zero
    /// if `column` is 0.
    case rankDeficient(column: Int)

    /// An estimated reciprocal condition number of R below `threshold`, which makes the matrix
    /// rank deficient to working precision.
    case illConditioned(reciprocalConditionNumber: Double, threshold: Double)

    /// An argument that a LAPACK routine rejected (`info < 0` names argument number `-info`).
    ///
    /// The solver validates its arguments before each call, so this case indicates a bug in
    /// GiroNumerics. With reference LAPACK the process stops in XERBLA before this error can be
    /// thrown, but LAPACK builds whose XERBLA returns reach it.
    case lapackFailure(routine: String, info: Int)

    public var description: String {
        switch self {
        case let .invalidDimensions(rows, columns):
            return "Invalid least-squares dimensions: rows is \(rows) and columns is \(columns), "
                + "but both must be at least 1. Pass the shape of a non-empty matrix."
        case let .dimensionsTooLarge(rows, columns):
            return "Least-squares dimensions rows = \(rows) and columns = \(columns) exceed \(Int32.max), "
                + "the largest size that LAPACK's 32-bit integers can pass. Reduce the problem size."
        case let .matrixSizeMismatch(rows, columns, count):
            return "The matrix contains \(count) entries, but a \(rows) × \(columns) matrix needs "
                + "rows × columns entries. Pass the matrix in row-major order with exactly that many entries."
        case let .rightHandSideSizeMismatch(rows, count):
            return "The right-hand side contains \(count) entries, but the matrix has \(rows) rows. "
                + "Pass one right-hand-side value for each row."
        case let .underdetermined(rows, columns):
            return "The system has \(rows) rows (equations) and \(columns) columns (unknowns), "
                + "so it has no unique least-squares solution. Add rows until rows ≥ columns, or remove columns."
        case let .nonFiniteMatrixEntry(row, column, value):
            return "The matrix entry at row \(row), column \(column) is \(value), but every entry must be finite. "
                + "Remove or correct that entry."
        case let .nonFiniteRightHandSide(index, value):
            return "The right-hand-side entry at index \(index) is \(value), but every entry must be finite. "
                + "Remove or correct that entry."
        case let .rankDeficient(column):
            let dependency = column == 0
                ? "column 0 is zero"
                : "column \(column) is a linear combination of the columns before it"
            return "The matrix does not have full column rank because \(dependency). "
                + "Remove that column, or add rows that make the columns linearly independent."
        case let .illConditioned(reciprocalConditionNumber, threshold):
            return "The matrix is rank deficient to working precision: the estimated reciprocal condition "
                + "number of its triangular factor is \(reciprocalConditionNumber), below \(threshold). "
                + "Remove or combine nearly collinear columns, or rescale columns whose magnitudes differ widely."
        case let .lapackFailure(routine, info):
            return "LAPACK routine \(routine) rejected argument number \(-info) (info = \(info)). "
                + "This is a bug in GiroNumerics, which should validate every argument before the call."
        }
    }
}
