import GiroModel
import GiroTravel
import Testing

@Suite("Travel matrix")
struct TravelMatrixTests {
    /// Scattered places with fractional coordinates, so that any asymmetry
    /// of the formulas would show in the last bits.
    private static func places(_ count: Int, make: (Double, Double) -> Location) -> [Location] {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next() -> Double {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Double(state >> 11) / Double(1 << 53)
        }
        return (0..<count).map { _ in make(next(), next()) }
    }

    @Test(arguments: [
        TravelSpecification.road(.standard),
        .euclidean(EuclideanParameters(secondsPerUnit: 7.3)),
        .euclidean(EuclideanParameters(secondsPerUnit: 1, truncatesToOneDecimal: true)),
    ])
    func symmetricMatrixEqualsModelLegs(specification: TravelSpecification) throws {
        let model = try TravelModel(specification: specification)
        #expect(model.isSymmetric)
        let locations: [Location]
        if case .road = specification {
            locations = Self.places(40) { .geographic(latitude: 44 + $0 * 2, longitude: 8 + $1 * 4) }
        } else {
            locations = Self.places(40) { .planar(x: $0 * 100, y: $1 * 100) }
        }

        let matrix = try TravelMatrix(locations: locations, specification: specification)

        for from in locations.indices {
            for to in locations.indices where from != to {
                let leg = try model.leg(from: locations[from], to: locations[to])
                #expect(matrix.time(from: from, to: to) == leg.seconds)
                #expect(matrix.distance(from: from, to: to) == leg.metres)
            }
        }
    }

    @Test func explicitMatrixKeepsBothDirections() throws {
        let specification = TravelSpecification.matrix(durations: [[0, 60], [90, 0]], distances: [[0, 1000], [1500, 0]])
        #expect(try !TravelModel(specification: specification).isSymmetric)
        let locations = [Location(coordinate: .none, matrixIndex: 0), Location(coordinate: .none, matrixIndex: 1)]

        let matrix = try TravelMatrix(locations: locations, specification: specification)

        #expect(matrix.time(from: 0, to: 1) == 60)
        #expect(matrix.time(from: 1, to: 0) == 90)
        #expect(matrix.distance(from: 1, to: 0) == 1500)
    }
}
