import Foundation
import GiroFormats
import Testing

/// The Cordeau periodic VRP instances beside the repository, which are not
/// part of it.
private let sharedPeriodicFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("shared/datasets/pvrp-cordeau").path

@Suite("Periodic VRP reader")
struct PeriodicVRPReaderTests {
    private static let sample = [
        "1 2 3 2", "0 100", "50 100", " 0 30 40 0 0 0 0", " 1 37 52 0 7 1 2 1 2", " 2 49 49 5 30 2 1 3",
        "", " 3 52 64 0 16 1 1 2", "",
    ].joined(separator: "\r\n")

    @Test func readsDaysDepotAndCustomersWithCRLF() throws {
        let instance = try PeriodicVRPReader.decode(Self.sample, fileName: "data/sample.txt")

        #expect(instance.name == "sample")
        #expect(instance.vehiclesPerDay == 2)
        #expect(instance.days.count == 2)
        #expect(instance.days[0] == PeriodicVRPInstance.DayLimits(maximumDuration: nil, capacity: 100))
        #expect(instance.days[1] == PeriodicVRPInstance.DayLimits(maximumDuration: 50, capacity: 100))
        #expect(instance.depotX == 30)
        #expect(instance.depotY == 40)
        #expect(instance.customers.map(\.id) == [1, 2, 3])
        #expect(instance.customers[1].serviceDuration == 5)
        #expect(instance.customers[1].demand == 30)
        #expect(instance.customers[1].frequency == 2)
    }

    @Test func combinationBitsMarkDaysFromTheMostSignificant() throws {
        let instance = try PeriodicVRPReader.decode(Self.sample, fileName: "sample.txt")

        #expect(instance.customers[0].combinations == [[1], [0]])
        #expect(instance.customers[1].combinations == [[0, 1]])
        #expect(instance.customers[2].combinations == [[0]])
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: sharedPeriodicFolder), "needs ../shared/datasets"))
    func readsEverySharedInstance() throws {
        for number in 1...32 {
            let name = String(format: "p%02d", number)
            let instance = try PeriodicVRPReader.load(path: "\(sharedPeriodicFolder)/\(name).txt")

            #expect(instance.name == name)
            #expect(!instance.customers.isEmpty)
            #expect(instance.customers.allSatisfy { !$0.combinations.isEmpty }, "\(name)")
        }
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: sharedPeriodicFolder), "needs ../shared/datasets"))
    func readsTheSharedP01() throws {
        let instance = try PeriodicVRPReader.load(path: "\(sharedPeriodicFolder)/p01.txt")

        #expect(instance.vehiclesPerDay == 3)
        #expect(instance.days == Array(repeating: PeriodicVRPInstance.DayLimits(maximumDuration: nil, capacity: 160), count: 2))
        #expect(instance.customers.count == 51)
        let last = try #require(instance.customers.last)
        #expect(last.id == 51)
        #expect(last.x == 30)
        #expect(last.y == 40)
        #expect(last.demand == 160)
        #expect(last.combinations == [[0]])
    }

    @Test func emptyFileIsRejected() {
        let error = decodingError("\r\n\r\n")
        #expect(error?.message.contains("empty") == true)
    }

    @Test func otherProblemTypeIsRejected() {
        let error = decodingError(Self.sample.replacingOccurrences(of: "1 2 3 2", with: "2 2 3 2"))
        #expect(error?.line == 1)
        #expect(error?.column == 1)
        #expect(error?.value == "2")
        #expect(error?.message.contains("type is 1") == true)
    }

    @Test func missingNodeRowIsRejected() {
        let error = decodingError(Self.sample.replacingOccurrences(of: " 3 52 64 0 16 1 1 2", with: ""))
        #expect(error?.message.contains("only 5 rows") == true)
    }

    @Test func extraRowIsRejected() {
        let error = decodingError(Self.sample + "\r\n 4 1 1 0 1 1 1 1")
        #expect(error?.line == 10)
        #expect(error?.message.contains("unexpected row") == true)
    }

    @Test func negativeCapacityIsRejected() {
        let error = decodingError(Self.sample.replacingOccurrences(of: "50 100", with: "50 -100"))
        #expect(error?.line == 3)
        #expect(error?.column == 2)
        #expect(error?.value == "-100")
    }

    @Test func badCoordinateNamesItsField() {
        let error = decodingError(Self.sample.replacingOccurrences(of: " 2 49 49", with: " 2 4O 49"))
        #expect(error?.line == 6)
        #expect(error?.column == 2)
        #expect(error?.value == "4O")
        #expect(error?.message.contains("x coordinate") == true)
    }

    @Test func missingCombinationIsRejected() {
        let error = decodingError(Self.sample.replacingOccurrences(of: " 1 37 52 0 7 1 2 1 2", with: " 1 37 52 0 7 1 2 1"))
        #expect(error?.line == 5)
        #expect(error?.message.contains("expected 9 fields") == true)
    }

    @Test func combinationWithTooFewDaysIsRejected() {
        let error = decodingError(Self.sample.replacingOccurrences(of: " 2 49 49 5 30 2 1 3", with: " 2 49 49 5 30 2 1 2"))
        #expect(error?.line == 6)
        #expect(error?.column == 8)
        #expect(error?.message.contains("marks 1 visit day,") == true)
    }

    @Test func combinationBeyondTheHorizonIsRejected() {
        let error = decodingError(Self.sample.replacingOccurrences(of: " 3 52 64 0 16 1 1 2", with: " 3 52 64 0 16 1 1 4"))
        #expect(error?.line == 8)
        #expect(error?.column == 8)
        #expect(error?.message.contains("from 1 to 3") == true)
    }

    @Test func repeatedCombinationIsRejected() {
        let error = decodingError(Self.sample.replacingOccurrences(of: " 1 37 52 0 7 1 2 1 2", with: " 1 37 52 0 7 1 2 1 1"))
        #expect(error?.line == 5)
        #expect(error?.column == 9)
        #expect(error?.message.contains("twice") == true)
    }

    @Test func customerWithoutVisitsIsRejected() {
        let error = decodingError(Self.sample.replacingOccurrences(of: " 3 52 64 0 16 1 1 2", with: " 3 52 64 0 16 0 0"))
        #expect(error?.line == 8)
        #expect(error?.column == 6)
        #expect(error?.message.contains("at least 1") == true)
    }

    @Test func repeatedNodeIDIsRejected() {
        let error = decodingError(Self.sample.replacingOccurrences(of: " 3 52 64", with: " 2 52 64"))
        #expect(error?.line == 8)
        #expect(error?.message.contains("first on line 6") == true)
    }

    @Test func depotMustComeFirst() {
        let error = decodingError(Self.sample.replacingOccurrences(of: " 0 30 40 0 0 0 0", with: " 9 30 40 0 0 0 0"))
        #expect(error?.line == 4)
        #expect(error?.message.contains("must be the depot") == true)
    }

    @Test func missingFileNamesItsPath() {
        #expect(throws: FormatError.self) {
            try PeriodicVRPReader.load(path: "/nonexistent/p99.txt")
        }
    }

    private func decodingError(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) -> FormatError? {
        readerError(text, fileName: "broken.txt", sourceLocation: sourceLocation) { (text, fileName) throws(FormatError) in
            try PeriodicVRPReader.decode(text, fileName: fileName)
        }
    }
}
