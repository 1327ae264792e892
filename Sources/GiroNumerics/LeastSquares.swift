import CLAPACK

/// Linear least-squares solver backed by LAPACK's `dgels` and `dtrcon`.
public enum LeastSquares {
    /// Solves the linear least-squares problem min ‖A·x − b‖₂ for a full-rank matrix A with
    /// at least as many rows as columns, and returns x.
    ///
    /// The solver queries the optimal workspace size and then calls LAPACK's `dgels`, which
    /// solves the problem through a QR factorization of A. For an exactly determined system
    /// (rows == columns) the result is the solution of A·x = b.
    ///
    /// Besides the exact rank test of `dgels`, the solver rejects a matrix whose triangular
    /// factor R has an estimated 1-norm reciprocal condition number (from `dtrcon`) below
    /// `rows × Double.ulpOfOne`. Such a matrix is rank deficient to working precision, and its
    /// solution would be dominated by rounding errors.
    ///
    /// Complexity: O(rows × columns²) time and O(rows × columns) extra memory for the
    /// column-major copy of the matrix.
    ///
    /// - Parameters:
    ///   - matrix: The entries of A in row-major order: entry (i, j) is `matrix[i * columns + j]`.
    ///     Every entry must be finite.
    ///   - rows: The number of rows (equations) of A, at least `columns`.
    ///   - columns: The number of columns (unknowns) of A, at least 1.
    ///   - rightHandSide: The vector b, with one finite entry for each row.
    /// - Returns: The coefficient vector x, with `columns` entries in column order. Its units
    ///   are the units of b divided by the units of the matching column of A.
    /// - Throws: ``LeastSquaresError`` for invalid dimensions, mismatched sizes, fewer rows
    ///   than columns, non-finite entries, and a rank-deficient or ill-conditioned matrix.
    public static func solve(
        matrix: [Double],
        rows: Int,
        columns: Int,
        rightHandSide: [Double]
    ) throws(LeastSquaresError) -> [Double] {
        try validate(matrix: matrix, rows: rows, columns: columns, rightHandSide: rightHandSide)

        // LAPACK stores matrices in column-major order.
        var factors = columnMajorCopy(of: matrix, rows: rows, columns: columns)
        // With rows >= columns, dgels needs a right-hand side of rows entries (ldb = rows)
        // and overwrites its first `columns` entries with the solution.
        var solution = rightHandSide

        var rowCount = Int32(rows)
        var columnCount = Int32(columns)
        var rightHandSideCount: Int32 = 1
        var leadingDimension = Int32(rows)
        var info: Int32 = 0

        // A call with lwork = -1 only stores the optimal workspace size in work[0].
        var optimalWorkspaceSize = 0.0
        var workspaceQuery: Int32 = -1
        dgels_(
            "N", &rowCount, &columnCount, &rightHandSideCount,
            &factors, &leadingDimension, &solution, &leadingDimension,
            &optimalWorkspaceSize, &workspaceQuery, &info, 1
        )
        guard info == 0 else {
            throw .lapackFailure(routine: "DGELS", info: Int(info))
        }

        // dgels documents lwork >= max(1, min(m, n) + max(min(m, n), nrhs)) as the minimum.
        let minimumWorkspaceSize = columns + max(columns, 1)
        let workspaceSize = max(Int(optimalWorkspaceSize.rounded(.up)), minimumWorkspaceSize)
        var workspace = [Double](repeating: 0, count: workspaceSize)
        var workspaceCount = Int32(clamping: workspaceSize)
        dgels_(
            "N", &rowCount, &columnCount, &rightHandSideCount,
            &factors, &leadingDimension, &solution, &leadingDimension,
            &workspace, &workspaceCount, &info, 1
        )
        guard info >= 0 else {
            throw .lapackFailure(routine: "DGELS", info: Int(info))
        }
        guard info == 0 else {
            // info > 0 is the 1-based index of the zero diagonal element of R.
            throw .rankDeficient(column: Int(info) - 1)
        }

        // dgels leaves R in the upper triangle of the first `columns` rows of `factors`.
        let reciprocalConditionNumber = try estimateReciprocalConditionNumber(
            ofUpperTriangle: factors, order: columns, leadingDimension: rows
        )
        let threshold = Double(rows) * Double.ulpOfOne
        guard reciprocalConditionNumber >= threshold else {
            throw .illConditioned(reciprocalConditionNumber: reciprocalConditionNumber, threshold: threshold)
        }

        return Array(solution.prefix(columns))
    }

    private static func validate(
        matrix: [Double],
        rows: Int,
        columns: Int,
        rightHandSide: [Double]
    ) throws(LeastSquaresError) {
        guard rows >= 1, columns >= 1 else {
            throw .invalidDimensions(rows: rows, columns: columns)
        }
        guard rows <= Int(Int32.max), columns <= Int(Int32.max) else {
            throw .dimensionsTooLarge(rows: rows, columns: columns)
        }

        let (entryCount, overflow) = rows.multipliedReportingOverflow(by: columns)
        guard !overflow else {
            throw .dimensionsTooLarge(rows: rows, columns: columns)
        }
        guard matrix.count == entryCount else {
            throw .matrixSizeMismatch(rows: rows, columns: columns, count: matrix.count)
        }
        guard rightHandSide.count == rows else {
            throw .rightHandSideSizeMismatch(rows: rows, count: rightHandSide.count)
        }
        guard rows >= columns else {
            throw .underdetermined(rows: rows, columns: columns)
        }

        if let index = matrix.firstIndex(where: { !$0.isFinite }) {
            throw .nonFiniteMatrixEntry(row: index / columns, column: index % columns, value: matrix[index])
        }
        if let index = rightHandSide.firstIndex(where: { !$0.isFinite }) {
            throw .nonFiniteRightHandSide(index: index, value: rightHandSide[index])
        }
    }

    private static func columnMajorCopy(of matrix: [Double], rows: Int, columns: Int) -> [Double] {
        var columnMajor = [Double](repeating: 0, count: matrix.count)
        for row in 0..<rows {
            for column in 0..<columns {
                columnMajor[column * rows + row] = matrix[row * columns + column]
            }
        }
        return columnMajor
    }

    /// Estimates the 1-norm reciprocal condition number of the upper triangle of a column-major
    /// matrix with `dtrcon`, from 0 (singular) to 1 (perfectly conditioned).
    private static func estimateReciprocalConditionNumber(
        ofUpperTriangle factors: [Double],
        order: Int,
        leadingDimension: Int
    ) throws(LeastSquaresError) -> Double {
        var orderCount = Int32(order)
        var leadingDimensionCount = Int32(leadingDimension)
        var reciprocalConditionNumber = 0.0
        var workspace = [Double](repeating: 0, count: 3 * order)
        var integerWorkspace = [Int32](repeating: 0, count: order)
        var info: Int32 = 0

        dtrcon_(
            "1", "U", "N", &orderCount, factors, &leadingDimensionCount,
            &reciprocalConditionNumber, &workspace, &integerWorkspace, &info, 1, 1, 1
        )
        guard info == 0 else {
            throw .lapackFailure(routine: "DTRCON", info: Int(info))
        }
        return reciprocalConditionNumber
    }
}
