import Foundation
import GiroFormats
import GiroModel
import Testing

@Suite("Solomon reader")
struct SolomonReaderTests {
    private let unit = SolomonReader.secondsPerUnit

    private static let sample = [
        "C101", "", "VEHICLE", "NUMBER     CAPACITY", "  25         200", "", "CUSTOMER",
        "CUST NO.  XCOORD.   YCOORD.    DEMAND   READY TIME  DUE DATE   SERVICE   TIME", " ",
        "    0      40         50          0          0       1236          0   ",
        "    1      45         68         10        912        967         90   ",
        "    2      45         70         30        825        870         90   ",
    ].joined(separator: "\r\n")

    @Test func readsFleetDepotAndCustomersWithCRLF() throws {
        let territory = try SolomonReader.decode(Self.sample, fileName: "sample.txt")

        #expect(territory.name == "C101")
        #expect(territory.reps.count == 25)
        #expect(territory.reps[0].capacity == 200)
        #expect(territory.reps[0].home == .planar(x: 40, y: 50))
        #expect(territory.reps[0].workingHours[.monday] == TimeWindow(start: 0, end: 1236 * unit))
        #expect(territory.customers.map(\.id) == ["1", "2"])
        #expect(territory.customers[0].location == .planar(x: 45, y: 68))
        #expect(territory.customers[0].demand == 10)
        #expect(territory.customers[0].visitDuration == 90 * unit)
        #expect(territory.customers[1].openingHours[.monday] == [TimeWindow(start: 825 * unit, end: 870 * unit)])
        #expect(territory.reservations.count == 2)
        #expect(territory.horizon.days == 1)
    }

    @Test func readsTheSharedC101() throws {
        let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("shared/datasets/solomon/C101.txt")
            .path
        try #require(FileManager.default.fileExists(atPath: path), "needs ../shared/datasets")
        let territory = try SolomonReader.load(path: path)

        #expect(territory.customers.count == 100)
        #expect(territory.reps.count == 25)
        #expect(territory.customers.reduce(0) { $0 + $1.demand } == 1810)
        let last = try #require(territory.customers.last)
        #expect(last.id == "100")
        #expect(last.location == .planar(x: 55, y: 85))
        #expect(last.openingHours[.monday] == [TimeWindow(start: 647 * unit, end: 726 * unit)])
    }

    @Test func rowWithMissingFieldNamesItsLine() {
        let broken = Self.sample.replacingOccurrences(of: "    2      45         70         30        825        870         90   ", with: "    2      45         70         30        825")
        do {
            _ = try SolomonReader.decode(broken, fileName: "broken.txt")
            Issue.record("a row with 5 fields was accepted")
        } catch {
            #expect(error.line == 12)
            #expect(error.message.contains("found 5"))
        }
    }

    @Test func dueDateBeforeReadyTimeIsRejected() {
        let broken = Self.sample.replacingOccurrences(of: "825        870", with: "870        825")
        do {
            _ = try SolomonReader.decode(broken, fileName: "broken.txt")
            Issue.record("a window ending before it starts was accepted")
        } catch {
            #expect(error.line == 12)
            #expect(error.column == 6)
            #expect(error.value == "825")
        }
    }

    @Test func textWithoutSectionsIsRejected() {
        #expect(throws: FormatError.self) {
            try SolomonReader.decode("hello\nworld", fileName: "note.txt")
        }
    }
}
