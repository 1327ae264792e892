import Foundation
import GiroFormats
import Testing

/// The OPHS instances beside the repository, which are not part of it.
private let sharedOPHSFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("shared/datasets/ophs").path

@Suite("OPHS reader")
struct OPHSReaderTests {
    private static let sample = [
        "5\t1\t2", "30", "16.5\t12.0\t", "", "0\t0\t0", "10\t0\t0", "5\t5\t0", "1\t1\t7", "2\t3\t12", "3\t4\t5",
        "-----------",
    ].joined(separator: "\r\n")

    @Test func readsTripsHotelsAndVerticesWithCRLF() throws {
        let instance = try OPHSReader.decode(Self.sample, fileName: "SET_1-2/T1-65-1-2.ophs")

        #expect(instance.name == "T1-65-1-2")
        #expect(instance.totalLength == 30)
        #expect(instance.tripLengths == [16.5, 12])
        #expect(instance.hotels.count == 3)
        #expect(instance.hotels[1] == OPHSInstance.Point(x: 10, y: 0, score: 0))
        #expect(instance.vertices.count == 3)
        #expect(instance.vertices[1] == OPHSInstance.Point(x: 2, y: 3, score: 12))
    }

    @Test func endMarkerIsOptional() throws {
        let text = Self.sample.replacingOccurrences(of: "-----------", with: "")
        let instance = try OPHSReader.decode(text, fileName: "sample.ophs")

        #expect(instance.vertices.count == 3)
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: sharedOPHSFolder), "needs ../shared/datasets"))
    func readsEverySharedInstance() throws {
        var count = 0
        for set in ["SET_1-2", "SET_2-3", "SET_3-4"] {
            let path = "\(sharedOPHSFolder)/\(set)"
            let trips = Int(String(set.last!))!
            for file in try FileManager.default.contentsOfDirectory(atPath: path) where file.hasSuffix(".ophs") {
                let instance = try OPHSReader.load(path: "\(path)/\(file)")

                #expect(instance.tripLengths.count == trips, "\(file)")
                #expect(instance.hotels.count == trips + 1, "\(file)")
                #expect(instance.hotels.allSatisfy { $0.score == 0 }, "\(file)")
                #expect(instance.tripLengths.reduce(0, +) <= instance.totalLength, "\(file)")
                count += 1
            }
        }
        #expect(count == 105)
    }

    @Test func emptyFileIsRejected() {
        let error = decodingError("\r\n")
        #expect(error?.message.contains("3 header rows") == true)
    }

    @Test func tripLengthsMustMatchTheTripCount() {
        let error = decodingError(Self.sample.replacingOccurrences(of: "5\t1\t2", with: "5\t1\t3"))
        #expect(error?.line == 3)
        #expect(error?.message.contains("expected 3 fields") == true)
    }

    @Test func pointCountMustMatchTheHeader() {
        let error = decodingError(Self.sample.replacingOccurrences(of: "5\t1\t2", with: "6\t1\t2"))
        #expect(error?.message.contains("N − 2 = 4 vertices") == true)
        #expect(error?.message.contains("has 6") == true)
    }

    @Test func rowAfterTheEndMarkerIsRejected() {
        let error = decodingError(Self.sample + "\r\n4\t4\t4")
        #expect(error?.line == 12)
        #expect(error?.message.contains("after the row of dashes") == true)
    }

    @Test func negativeTripLengthIsRejected() {
        let error = decodingError(Self.sample.replacingOccurrences(of: "16.5\t12.0", with: "16.5\t-12.0"))
        #expect(error?.line == 3)
        #expect(error?.column == 2)
        #expect(error?.value == "-12.0")
    }

    @Test func scoreThatIsNoNumberIsRejected() {
        let error = decodingError(Self.sample.replacingOccurrences(of: "2\t3\t12", with: "2\t3\ttwelve"))
        #expect(error?.line == 9)
        #expect(error?.column == 3)
        #expect(error?.message.contains("score") == true)
    }

    @Test func pointWithMissingScoreIsRejected() {
        let error = decodingError(Self.sample.replacingOccurrences(of: "3\t4\t5", with: "3\t4"))
        #expect(error?.line == 10)
        #expect(error?.message.contains("expected 3 fields") == true)
    }

    private func decodingError(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) -> FormatError? {
        readerError(text, fileName: "broken.ophs", sourceLocation: sourceLocation) { (text, fileName) throws(FormatError) in
            try OPHSReader.decode(text, fileName: fileName)
        }
    }
}
