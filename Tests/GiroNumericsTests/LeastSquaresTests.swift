import GiroNumerics
import Testing

@Suite("LeastSquares.solve")
struct LeastSquaresTests {
    @Test("line through four points")
    func lineThroughFourPoints() throws {
        // Fit y = b0 + b1 · x through (0, 1), (1, 3), (2, 4), (3, 4).
        // By hand: mean x = 1.5 and mean y = 3.
        // Sxx = 2.25 + 0.25 + 0.25 + 2.25 = 5.
        // Sxy = (−1.5)(−2) + (−0.5)(0) + (0.5)(1) + (1.5)(1) = 5.
        // So b1 = Sxy / Sxx = 1 and b0 = 3 − 1 · 1.5 = 1.5,
        // with residuals −0.5, 0.5, 0.5, −0.5.
        let matrix: [Double] = [
            1, 0,
            1, 1,
            1, 2,
            1, 3,
        ]
        let coefficients = try LeastSquares.solve(
            matrix: matrix, rows: 4, columns: 2, rightHandSide: [1, 3, 4, 4]
        )

        #expect(coefficients.count == 2)
        #expect(abs(coefficients[0] - 1.5) < 1e-12)
        #expect(abs(coefficients[1] - 1.0) < 1e-12)
    }

    @Test("column order follows matrix")
    func columnOrderFollowsMatrix() throws {
        // The same fit as above with the columns swapped: y = b1 · x + b0.
        let matrix: [Double] = [
            0, 1,
            1, 1,
            2, 1,
            3, 1,
        ]
        let coefficients = try LeastSquares.solve(
            matrix: matrix, rows: 4, columns: 2, rightHandSide: [1, 3, 4, 4]
        )

        #expect(abs(coefficients[0] - 1.0) < 1e-12)
        #expect(abs(coefficients[1] - 1.5) < 1e-12)
    }

    @Test("exactly determined system")
    func exactlyDeterminedSystem() throws {
        // 2a + b = 5 and 4a + 3b = 13. The first gives b = 5 − 2a, so
        // 4a + 15 − 6a = 13, a = 1 and b = 3. The matrix is not symmetric,
        // so a row-major/column-major mix-up gives a different solution.
        let coefficients = try LeastSquares.solve(
            matrix: [2, 1, 4, 3], rows: 2, columns: 2, rightHandSide: [5, 13]
        )

        #expect(coefficients.count == 2)
        #expect(abs(coefficients[0] - 1) < 1e-12)
        #expect(abs(coefficients[1] - 3) < 1e-12)
    }

    @Test("three unknowns from exact data")
    func threeUnknownsFromExactData() throws {
        // y = 2 − 3x + 0.5x² sampled at x = −2 … 3 has zero residual.
        let xs: [Double] = [-2, -1, 0, 1, 2, 3]
        var matrix: [Double] = []
        var rightHandSide: [Double] = []
        for x in xs {
            matrix += [1, x, x * x]
            rightHandSide.append(2 - 3 * x + 0.5 * x * x)
        }

        let coefficients = try LeastSquares.solve(
            matrix: matrix, rows: xs.count, columns: 3, rightHandSide: rightHandSide
        )

        #expect(abs(coefficients[0] - 2) < 1e-12)
        #expect(abs(coefficients[1] + 3) < 1e-12)
        #expect(abs(coefficients[2] - 0.5) < 1e-12)
    }

    @Test("single unknown is the mean")
    func singleUnknownIsMean() throws {
        // min Σ (b − yᵢ)² is the mean of y: (1 + 2 + 6) / 3 = 3.
        let coefficients = try LeastSquares.solve(
            matrix: [1, 1, 1], rows: 3, columns: 1, rightHandSide: [1, 2, 6]
        )

        #expect(coefficients.count == 1)
        #expect(abs(coefficients[0] - 3) < 1e-12)
    }

    @Test("nearly collinear columns still solve")
    func nearlyCollinearColumnsStillSolve() throws {
        // The columns differ by 1e-6 in one entry, which gives a 2-norm condition number of
        // about 4e6, far from the rejection threshold. The data come from b = (1, 2) exactly.
        let matrix: [Double] = [
            1, 1,
            1, 1 + 1e-6,
            1, 1,
        ]
        let rightHandSide: [Double] = [3, 3 + 2e-6, 3]
        let coefficients = try LeastSquares.solve(
            matrix: matrix, rows: 3, columns: 2, rightHandSide: rightHandSide
        )

        #expect(abs(coefficients[0] - 1) < 1e-6)
        #expect(abs(coefficients[1] - 2) < 1e-6)
    }

    @Test("zero or negative dimensions")
    func zeroOrNegativeDimensions() {
        #expect(throws: LeastSquaresError.invalidDimensions(rows: 0, columns: 1)) {
            try LeastSquares.solve(matrix: [], rows: 0, columns: 1, rightHandSide: [])
        }
        #expect(throws: LeastSquaresError.invalidDimensions(rows: 2, columns: 0)) {
            try LeastSquares.solve(matrix: [], rows: 2, columns: 0, rightHandSide: [1, 2])
        }
        #expect(throws: LeastSquaresError.invalidDimensions(rows: -1, columns: 2)) {
            try LeastSquares.solve(matrix: [], rows: -1, columns: 2, rightHandSide: [])
        }
    }

    @Test("dimensions above Int32.max")
    func dimensionsAboveInt32Max() {
        let rows = Int(Int32.max) + 1
        #expect(throws: LeastSquaresError.dimensionsTooLarge(rows: rows, columns: 1)) {
            try LeastSquares.solve(matrix: [], rows: rows, columns: 1, rightHandSide: [])
        }
    }

    @Test("matrix size mismatch")
    func matrixSizeMismatch() {
        #expect(throws: LeastSquaresError.matrixSizeMismatch(rows: 3, columns: 2, count: 5)) {
            try LeastSquares.solve(matrix: [1, 2, 3, 4, 5], rows: 3, columns: 2, rightHandSide: [1, 2, 3])
        }
    }

    @Test("right-hand side size mismatch")
    func rightHandSideSizeMismatch() {
        #expect(throws: LeastSquaresError.rightHandSideSizeMismatch(rows: 3, count: 2)) {
            try LeastSquares.solve(matrix: [1, 0, 0, 1, 1, 1], rows: 3, columns: 2, rightHandSide: [1, 2])
        }
    }

    @Test("fewer rows than columns")
    func fewerRowsThanColumns() {
        #expect(throws: LeastSquaresError.underdetermined(rows: 2, columns: 3)) {
            try LeastSquares.solve(matrix: [1, 2, 3, 4, 5, 6], rows: 2, columns: 3, rightHandSide: [1, 2])
        }
    }

    @Test("NaN matrix entry")
    func nanMatrixEntry() {
        let matrix: [Double] = [1, 0, 1, 1, .nan, 2]
        let error = #expect(throws: LeastSquaresError.self) {
            try LeastSquares.solve(matrix: matrix, rows: 3, columns: 2, rightHandSide: [1, 2, 3])
        }
        guard case let .nonFiniteMatrixEntry(row, column, value) = error else {
            Issue.record("expected nonFiniteMatrixEntry, got \(String(describing: error))")
            return
        }
        #expect(row == 2)
        #expect(column == 0)
        #expect(value.isNaN)
    }

    @Test("infinite matrix entry")
    func infiniteMatrixEntry() {
        let matrix: [Double] = [1, 0, 1, -.infinity, 1, 2]
        #expect(throws: LeastSquaresError.nonFiniteMatrixEntry(row: 1, column: 1, value: -.infinity)) {
            try LeastSquares.solve(matrix: matrix, rows: 3, columns: 2, rightHandSide: [1, 2, 3])
        }
    }

    @Test("non-finite right-hand side")
    func nonFiniteRightHandSide() {
        let matrix: [Double] = [1, 0, 1, 1, 1, 2]
        #expect(throws: LeastSquaresError.nonFiniteRightHandSide(index: 1, value: .infinity)) {
            try LeastSquares.solve(matrix: matrix, rows: 3, columns: 2, rightHandSide: [1, .infinity, 3])
        }

        let error = #expect(throws: LeastSquaresError.self) {
            try LeastSquares.solve(matrix: matrix, rows: 3, columns: 2, rightHandSide: [.nan, 2, 3])
        }
        guard case let .nonFiniteRightHandSide(index, value) = error else {
            Issue.record("expected nonFiniteRightHandSide, got \(String(describing: error))")
            return
        }
        #expect(index == 0)
        #expect(value.isNaN)
    }

    @Test("zero second column")
    func zeroSecondColumn() {
        // The second diagonal element of R is exactly zero, so dgels returns info = 2.
        let matrix: [Double] = [
            1, 0,
            2, 0,
            3, 0,
        ]
        #expect(throws: LeastSquaresError.rankDeficient(column: 1)) {
            try LeastSquares.solve(matrix: matrix, rows: 3, columns: 2, rightHandSide: [1, 2, 3])
        }
    }

    @Test("zero first column")
    func zeroFirstColumn() {
        let matrix: [Double] = [
            0, 1,
            0, 2,
            0, 3,
        ]
        #expect(throws: LeastSquaresError.rankDeficient(column: 0)) {
            try LeastSquares.solve(matrix: matrix, rows: 3, columns: 2, rightHandSide: [1, 2, 3])
        }
    }

    @Test("all-zero matrix")
    func allZeroMatrix() {
        // dgels returns a zero solution with info = 0 for a zero matrix, so the
        // condition estimate has to reject it.
        let error = #expect(throws: LeastSquaresError.self) {
            try LeastSquares.solve(matrix: [0, 0, 0, 0, 0, 0], rows: 3, columns: 2, rightHandSide: [1, 2, 3])
        }
        guard case let .illConditioned(reciprocalConditionNumber, threshold) = error else {
            Issue.record("expected illConditioned, got \(String(describing: error))")
            return
        }
        #expect(reciprocalConditionNumber == 0)
        #expect(threshold == 3 * Double.ulpOfOne)
    }

    @Test("collinear columns within rounding")
    func collinearColumnsWithinRounding() {
        // The columns differ in one entry by one unit in the last place, so R is not exactly
        // singular, but its condition number is of order 1e16.
        let matrix: [Double] = [
            1, 1,
            1, 1.0.nextUp,
            1, 1,
        ]
        let error = #expect(throws: LeastSquaresError.self) {
            try LeastSquares.solve(matrix: matrix, rows: 3, columns: 2, rightHandSide: [1, 2, 3])
        }
        guard case let .illConditioned(reciprocalConditionNumber, threshold) = error else {
            Issue.record("expected illConditioned, got \(String(describing: error))")
            return
        }
        #expect(reciprocalConditionNumber < threshold)
        #expect(threshold == 3 * Double.ulpOfOne)
    }

    @Test("error messages name values")
    func errorMessagesNameValues() {
        let sizeMessage = LeastSquaresError.matrixSizeMismatch(rows: 3, columns: 2, count: 5).description
        #expect(sizeMessage.contains("5 entries"))
        #expect(sizeMessage.contains("3 × 2"))

        let entryMessage = LeastSquaresError.nonFiniteMatrixEntry(row: 4, column: 1, value: .infinity).description
        #expect(entryMessage.contains("row 4, column 1"))
        #expect(entryMessage.contains("inf"))

        let rankMessage = LeastSquaresError.rankDeficient(column: 2).description
        #expect(rankMessage.contains("column 2"))
        #expect(rankMessage.contains("full column rank"))

        let zeroColumnMessage = LeastSquaresError.rankDeficient(column: 0).description
        #expect(zeroColumnMessage.contains("column 0 is zero"))
    }
}
