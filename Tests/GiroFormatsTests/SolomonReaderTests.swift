import Foundation
import GiroFormats
import GiroModel
import Testing

/// C101 among the public benchmark instances beside the repository, which
/// are not part of it.
private let sharedC101 = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("shared/datasets/solomon/C101.txt")
    .path

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

    @Test(.enabled(if: FileManager.default.fileExists(atPath: sharedC101), "needs ../shared/datasets"))
    func readsTheSharedC101() throws {
        let territory = try SolomonReader.load(path: sharedC101)

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

    /// Decodes `text` and returns the error it throws, or records an issue.
    private func decodingError(_ text: String) -> FormatError? {
        do {
            _ = try SolomonReader.decode(text, fileName: "broken.txt")
            Issue.record("the broken instance was accepted")
        } catch {
            return error
        }
        return nil
    }

    @Test func badFieldNamesItsValue() throws {
        let broken = Self.sample.replacingOccurrences(of: "912        967", with: "abc        967")
        let error = try #require(decodingError(broken))
        #expect(error.line == 11)
        #expect(error.column == 5)
        #expect(error.value == "abc")
        #expect(error.message.contains("found 'abc'"))
        #expect(error.description.contains("ready time"))
    }

    @Test func negativeVehicleCountIsReportedAtItsLine() throws {
        let broken = Self.sample.replacingOccurrences(of: "  25         200", with: "  -25         200")
        let error = try #require(decodingError(broken))
        #expect(error.line == 5)
        #expect(error.column == 1)
        #expect(error.message.contains("found '-25'"))
    }

    @Test func fleetRowWithoutColumnHeaderIsRead() throws {
        let text = Self.sample.replacingOccurrences(of: "NUMBER     CAPACITY\r\n", with: "")
        let territory = try SolomonReader.decode(text, fileName: "sample.txt")
        #expect(territory.reps.count == 25)
    }

    @Test func missingFleetRowIsRejected() throws {
        let broken = Self.sample.replacingOccurrences(of: "  25         200", with: "")
        let error = try #require(decodingError(broken))
        #expect(error.line == 3)
        #expect(error.message.contains("no row with the number of vehicles"))
    }

    @Test func duplicateNodeIDNamesBothLines() throws {
        let broken = Self.sample.replacingOccurrences(of: "    2      45         70", with: "    1      45         70")
        let error = try #require(decodingError(broken))
        #expect(error.line == 12)
        #expect(error.column == 1)
        #expect(error.message.contains("node id 1 appears twice, first on line 11"))
        #expect(error.description.hasPrefix("broken.txt: line 12, column 1: "))
    }

    @Test func textAfterCustomerRowsIsRejected() throws {
        let error = try #require(decodingError(Self.sample + "\r\n\r\ngarbage here\r\n"))
        #expect(error.line == 14)
        #expect(error.message.contains("'garbage here'"))
        #expect(error.message.contains("after the customer rows"))
    }

    @Test func rowWithNegativeIDIsNotSkipped() throws {
        let error = try #require(decodingError(Self.sample + "\r\n   -3      10         10         10          0        100         10"))
        #expect(error.line == 13)
        #expect(error.column == 1)
        #expect(error.message.contains("found '-3'"))
    }

    @Test func hugeCoordinatesAreRejected() throws {
        for (row, column) in [("    1      1e300         68", 2), ("    1      45         -2e7", 3)] {
            let broken = Self.sample.replacingOccurrences(of: "    1      45         68", with: row)
            let error = try #require(decodingError(broken))
            #expect(error.line == 11)
            #expect(error.column == column)
            #expect(error.message.contains("out of range"))
            #expect(error.value == (column == 2 ? "1e300" : "-2e7"))
        }
    }

    @Test func hugeTimesAndNonNumbersAreRejected() throws {
        for field in ["1e300", "nan", "inf", "0x10"] {
            let broken = Self.sample.replacingOccurrences(of: "912        967", with: "912        \(field)")
            let error = try #require(decodingError(broken), "due date \(field)")
            #expect(error.line == 11)
            #expect(error.column == 6)
            #expect(error.message.contains("found '\(field)'"))
        }
    }

    @Test func longFieldIsShortenedInTheMessage() throws {
        let long = String(repeating: "9", count: 5000) + "x"
        let broken = Self.sample.replacingOccurrences(of: "912        967", with: "\(long)        967")
        let error = try #require(decodingError(broken))
        #expect(error.message.contains("(5,001 characters)"))
        #expect(error.description.count < 300)
    }

    @Test func directoryIsRejectedWithoutErrorCodes() throws {
        let folder = FileManager.default.temporaryDirectory.path
        do {
            _ = try SolomonReader.load(path: folder)
            Issue.record("a directory was read as an instance")
        } catch {
            #expect(error.description == "\(folder): is a directory; give the path of a Solomon instance file")
            #expect(!error.description.contains("NSCocoaErrorDomain"))
        }
    }

    @Test func textWithoutSectionsIsRejected() {
        #expect(throws: FormatError.self) {
            try SolomonReader.decode("hello\nworld", fileName: "note.txt")
        }
    }
}
