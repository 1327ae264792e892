import GiroModel
import GiroTravel
import Testing

@Suite("Travel models")
struct TravelModelTests {
    @Test func roadModelScalesGreatCircleByTheRoadFactor() throws {
        let model = try TravelModel(specification: .road(.standard))
        // Bergamo to Brescia: about 46 km as the crow flies.
        let leg = try model.leg(
            from: .geographic(latitude: 45.69601, longitude: 9.66721),
            to: .geographic(latitude: 45.53558, longitude: 10.21472))
        let straight = leg.metres / RoadParameters.defaultRoadFactor
        #expect(straight > 45_000)
        #expect(straight < 47_000)
        // 60 km of road at the curve's speed for that length (about 69 km/h).
        let speed = leg.metres / Double(leg.seconds) * 3.6
        #expect(speed > 60)
        #expect(speed < 70)
    }

    @Test func roadModelGivesZeroForOnePlace() throws {
        let model = try TravelModel(specification: .road(.standard))
        let place = Location.geographic(latitude: 45.5, longitude: 9.6)
        #expect(try model.leg(from: place, to: place) == TravelLeg(seconds: 0, metres: 0))
    }

    @Test func euclideanTimesRoundUpAndDistancesStayExact() throws {
        let model = try TravelModel(specification: .euclidean(EuclideanParameters(secondsPerUnit: 1000)))
        let leg = try model.leg(from: .planar(x: 0, y: 0), to: .planar(x: 1, y: 1))
        #expect(leg.metres == 2.0.squareRoot())
        #expect(leg.seconds == 1415)

        let exact = try model.leg(from: .planar(x: 0, y: 0), to: .planar(x: 3, y: 4))
        #expect(exact.seconds == 5000)
    }

    @Test func dimacsConventionTruncatesEachLeg() throws {
        let model = try TravelModel(
            specification: .euclidean(EuclideanParameters(secondsPerUnit: 10, truncatesToOneDecimal: true)))
        let leg = try model.leg(from: .planar(x: 0, y: 0), to: .planar(x: 1, y: 1))
        #expect(leg.metres == 1.4)
        #expect(leg.seconds == 14)
    }

    @Test func matrixModelReadsByIndex() throws {
        let model = try TravelModel(specification: .matrix(durations: [[0, 60], [90, 0]], distances: [[0, 1000], [1500, 0]]))
        let leg = try model.leg(
            from: Location(coordinate: .none, matrixIndex: 1), to: Location(coordinate: .none, matrixIndex: 0))
        #expect(leg == TravelLeg(seconds: 90, metres: 1500))
        #expect(throws: TravelError.matrixIndexOutOfRange(2, size: 2)) {
            try model.leg(from: Location(coordinate: .none, matrixIndex: 2), to: Location(coordinate: .none, matrixIndex: 0))
        }
    }

    @Test func invalidParametersAreRejected() {
        #expect(throws: TravelError.self) { try TravelModel(specification: .road(RoadParameters(roadFactor: 0.5))) }
        #expect(throws: TravelError.self) { try TravelModel(specification: .road(RoadParameters(speedCurve: []))) }
        #expect(throws: TravelError.self) {
            try TravelModel(specification: .matrix(durations: [[0, 1]], distances: [[0, 1]]))
        }
        #expect(throws: TravelError.self) {
            try TravelModel(specification: .euclidean(EuclideanParameters(secondsPerUnit: 0)))
        }
    }

    @Test func coordinatesOutOfRangeAreRejected() throws {
        let road = try TravelModel(specification: .road(.standard))
        #expect(throws: TravelError.self) {
            try road.leg(from: .geographic(latitude: .nan, longitude: 0), to: .geographic(latitude: 0, longitude: 0))
        }
        let plane = try TravelModel(specification: .euclidean(EuclideanParameters()))
        #expect(throws: TravelError.self) { try plane.leg(from: .planar(x: .infinity, y: 0), to: .planar(x: 0, y: 0)) }
        #expect(throws: TravelError.self) { try plane.leg(from: .planar(x: 0, y: 0), to: .geographic(latitude: 0, longitude: 0)) }
    }

    @Test func speedFactorDividesMatrixTimes() throws {
        let matrix = try TravelMatrix(
            locations: [.planar(x: 0, y: 0), .planar(x: 0, y: 10)],
            specification: .euclidean(EuclideanParameters(secondsPerUnit: 60)))
        #expect(matrix.time(from: 0, to: 1) == 600)
        #expect(matrix.time(from: 0, to: 1, speedFactor: 1.25) == 480)
        #expect(matrix.time(from: 0, to: 1, speedFactor: 0.7) == 858)
        #expect(matrix.distance(from: 1, to: 0) == 10)
    }
}
