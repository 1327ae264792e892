import Foundation
import GiroFormats
import Testing

/// The team orienteering instances beside the repository, which are not
/// part of it.
private let sharedTOPTWFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("shared/datasets/toptw").path

@Suite("TOPTW reader")
struct TOPTWReaderTests {
    private static let sample = [
        "4 10 2 1", "0 200", "  0 40.00 50.00 0.00 0.00 0 0 0 1236", "  1 45.00 68.00 90.00 10.00 1 1 1 912 967",
        "  2 45.00 70.00 90.00 30.00 1 2 1 2 825 870", "",
    ].joined(separator: "\r\n")

    @Test func readsDepotAndCustomersWithCRLF() throws {
        let instance = try TOPTWReader.decode(Self.sample, fileName: "toptw/c101.txt")

        #expect(instance.name == "c101")
        #expect(instance.depot.x == 40)
        #expect(instance.depot.y == 50)
        #expect(instance.depot.windowOpen == 0)
        #expect(instance.depot.windowClose == 1236)
        #expect(instance.customers.count == 2)
        #expect(
            instance.customers[0]
                == TOPTWInstance.Point(
                    id: 1, x: 45, y: 68, serviceDuration: 90, score: 10, windowOpen: 912, windowClose: 967))
    }

    @Test func listBeforeTheWindowIsSkipped() throws {
        let instance = try TOPTWReader.decode(Self.sample, fileName: "sample.txt")

        #expect(instance.customers[1].score == 30)
        #expect(instance.customers[1].windowOpen == 825)
        #expect(instance.customers[1].windowClose == 870)
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: sharedTOPTWFolder), "needs ../shared/datasets"))
    func readsEverySharedInstance() throws {
        var count = 0
        for folder in ["solomon100_c1r1rc1", "solomon100_c2r2rc2"] {
            let path = "\(sharedTOPTWFolder)/\(folder)"
            for file in try FileManager.default.contentsOfDirectory(atPath: path) where file.hasSuffix(".txt") {
                let instance = try TOPTWReader.load(path: "\(path)/\(file)")

                #expect(instance.customers.count == 100, "\(file)")
                #expect(instance.customers.allSatisfy { $0.score > 0 }, "\(file)")
                count += 1
            }
        }
        #expect(count == 56)
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: sharedTOPTWFolder), "needs ../shared/datasets"))
    func readsTheSharedC101() throws {
        let instance = try TOPTWReader.load(path: "\(sharedTOPTWFolder)/solomon100_c1r1rc1/c101.txt")

        #expect(instance.depot.windowClose == 1236)
        let last = try #require(instance.customers.last)
        #expect(last == TOPTWInstance.Point(id: 100, x: 55, y: 85, serviceDuration: 90, score: 20, windowOpen: 647, windowClose: 726))
    }

    @Test func emptyFileIsRejected() {
        let error = decodingError("")
        #expect(error?.message.contains("empty") == true)
    }

    @Test func customerCountMustMatchTheHeader() {
        let error = decodingError(Self.sample.replacingOccurrences(of: "4 10 2 1", with: "4 10 3 1"))
        #expect(error?.line == 1)
        #expect(error?.column == 3)
        #expect(error?.message.contains("has 2 customer rows") == true)
    }

    @Test func firstRowWithOneValueIsAccepted() throws {
        let text = Self.sample.replacingOccurrences(of: "4 10 2 1", with: "2 ")
        let instance = try TOPTWReader.decode(text, fileName: "c204.txt")

        #expect(instance.customers.count == 2)
    }

    @Test func fileWithoutCustomersIsRejected() {
        let error = decodingError("4 10 0 1\r\n0 200\r\n  0 40.00 50.00 0.00 0.00 0 0 0 1236")
        #expect(error?.message.contains("at least one customer row") == true)
    }

    @Test func listLongerThanTheRowIsRejected() {
        let error = decodingError(Self.sample.replacingOccurrences(of: "1 1 1 912 967", with: "1 2 1 912 967"))
        #expect(error?.line == 4)
        #expect(error?.message.contains("expected 11 fields") == true)
    }

    @Test func windowClosingBeforeOpeningIsRejected() {
        let error = decodingError(Self.sample.replacingOccurrences(of: "825 870", with: "870 825"))
        #expect(error?.line == 5)
        #expect(error?.column == 11)
        #expect(error?.value == "825")
    }

    @Test func negativeScoreIsRejected() {
        let error = decodingError(Self.sample.replacingOccurrences(of: "90.00 10.00", with: "90.00 -10.00"))
        #expect(error?.line == 4)
        #expect(error?.column == 5)
        #expect(error?.message.contains("score") == true)
    }

    @Test func repeatedPointIDIsRejected() {
        let error = decodingError(Self.sample.replacingOccurrences(of: "  2 45.00 70.00", with: "  1 45.00 70.00"))
        #expect(error?.line == 5)
        #expect(error?.message.contains("first on line 4") == true)
    }

    @Test func depotMustComeFirst() {
        let error = decodingError(Self.sample.replacingOccurrences(of: "  0 40.00", with: "  7 40.00"))
        #expect(error?.line == 3)
        #expect(error?.message.contains("must be the depot") == true)
    }

    private func decodingError(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) -> FormatError? {
        readerError(text, fileName: "broken.txt", sourceLocation: sourceLocation) { (text, fileName) throws(FormatError) in
            try TOPTWReader.decode(text, fileName: fileName)
        }
    }
}
