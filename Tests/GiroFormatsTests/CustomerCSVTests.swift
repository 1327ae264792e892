import Foundation
import GiroFormats
import GiroModel
import Testing

private let header =
    "id,name,latitude,longitude,repId,visitMinutes,setupMinutes,cadenceDays,lastVisit,priority,adherence,openingHours,dueAfter,activationDate"

@Test func documentedCSVExampleDecodes() throws {
    let csv = try DocumentationExamples.block(in: "territory-format.md", after: "Example file:", language: "csv")
    let customers = try CustomerCSV.decode(csv, fileName: "customers.csv")

    try #require(customers.count == 2)
    let first = customers[0]
    #expect(first.id == "c1")
    #expect(first.name == "Kunz, Bäckerei")
    #expect(first.location == .geographic(latitude: 52.4, longitude: 13.06))
    #expect(first.repID == "anna")
    #expect(first.visitDuration == 1800)
    #expect(first.setupDuration == 150)
    #expect(first.cadenceDays == 14)
    #expect(first.lastVisit == CalendarDate(iso: "2026-02-16"))
    #expect(first.priority == 2)
    #expect(first.adherence == .entire)
    #expect(first.openingHours[.monday] == [TimeWindow(start: 30_600, end: 45_000), TimeWindow(start: 54_000, end: 68_400)])
    #expect(first.openingHours[.friday] == first.openingHours[.monday])
    #expect(first.openingHours[.saturday] == [TimeWindow(start: 32_400, end: 43_200)])
    #expect(first.openingHours[.sunday].isEmpty)
    #expect(first.dueAfter == 0.5)
    #expect(first.activationDate == CalendarDate(iso: "2026-03-03"))

    let second = customers[1]
    #expect(second.name == "Elektro Lang")
    #expect(second.openingHours == .always)
    #expect(second.setupDuration == 0)
    #expect(second.priority == 1)
    #expect(second.lastVisit == nil)
    #expect(second.dueAfter == nil)
}

@Test func csvToleratesCRLFAndQuotedLineBreaks() throws {
    let csv = "id,latitude,longitude,visitMinutes,name\r\n\r\nc1,1,2,30,\"Line one\r\nLine \"\"two\"\"\"\r\nc2,3,4,45.5,\r\n"
    let customers = try CustomerCSV.decode(csv, fileName: "crlf.csv")

    try #require(customers.count == 2)
    #expect(customers[0].name == "Line one\r\nLine \"two\"")
    #expect(customers[1].visitDuration == 2730)
    #expect(customers[1].name == nil)
}

@Test func csvCompactHoursWithDayLists() throws {
    let csv = "id,latitude,longitude,visitMinutes,openingHours\nc1,1,2,30,\"mon-tue,thu 08:00-12:00, 13:00-17:00; sun 10:00-11:00;\"\nc2,1,2,30,closed\n"
    let customers = try CustomerCSV.decode(csv, fileName: "hours.csv")

    let hours = customers[0].openingHours
    #expect(hours[.monday] == [TimeWindow(start: 28_800, end: 43_200), TimeWindow(start: 46_800, end: 61_200)])
    #expect(hours[.thursday] == hours[.monday])
    #expect(hours[.wednesday].isEmpty)
    #expect(hours[.sunday] == [TimeWindow(start: 36_000, end: 39_600)])
    #expect(customers[1].openingHours.isClosedEveryDay)
}

/// A customer CSV with one problem, and where the error must point.
struct BadCSV: Sendable, CustomTestStringConvertible {
    var name: String
    var csv: String
    var row: Int
    /// 1-based column number; nil when the error concerns no single column.
    var column: Int?
    var columnName: String?
    /// Text that both `value` and the message contain, or nil for none.
    var value: String?
    var messagePart: String

    var testDescription: String { name }
}

private let validRow = "c1,Kunz,52.4,13.06,anna,30,0,14,2026-02-16,1,start,mon 08:00-12:00,0.7,2026-03-01"

/// Builds a file with the header, a valid row 2, and `row` as row 3.
private func csv(row: String) -> String {
    header + "\n" + validRow + "\n" + row + "\n"
}

private let badCSVs: [BadCSV] = [
    BadCSV(
        name: "misspelt column", csv: header.replacingOccurrences(of: "visitMinutes", with: "vistMinutes") + "\n",
        row: 1, column: 6, columnName: "vistMinutes", value: "vistMinutes", messagePart: "did you mean \"visitMinutes\"?"),
    BadCSV(
        name: "missing required column", csv: "id,latitude,longitude\nc1,1,2\n",
        row: 1, column: nil, columnName: nil, value: "visitMinutes", messagePart: "the header has no column"),
    BadCSV(
        name: "repeated column", csv: "id,latitude,longitude,visitMinutes,id\n",
        row: 1, column: 5, columnName: "id", value: "id", messagePart: "appears twice, as columns 1 and 5"),
    BadCSV(
        name: "text for a number", csv: csv(row: "c2,,52.4,13.06,anna,half an hour,,,,,,,,"),
        row: 3, column: 6, columnName: "visitMinutes", value: "half an hour", messagePart: "is not a number"),
    BadCSV(
        name: "zero visit minutes", csv: csv(row: "c2,,52.4,13.06,anna,0,,,,,,,,"),
        row: 3, column: 6, columnName: "visitMinutes", value: "0", messagePart: "above 0 and at most 1440 minutes"),
    BadCSV(
        name: "empty required cell", csv: csv(row: "c2,,,13.06,anna,30,,,,,,,,"),
        row: 3, column: 3, columnName: "latitude", value: nil, messagePart: "latitude is empty"),
    BadCSV(
        name: "latitude out of range", csv: csv(row: "c2,,-91,13.06,anna,30,,,,,,,,"),
        row: 3, column: 3, columnName: "latitude", value: "-91", messagePart: "from -90 to 90 degrees"),
    BadCSV(
        name: "date that does not exist", csv: csv(row: "c2,,52.4,13.06,anna,30,,,2026-02-30,,,,,"),
        row: 3, column: 9, columnName: "lastVisit", value: "2026-02-30", messagePart: "has 28 days"),
    BadCSV(
        name: "fractional cadence", csv: csv(row: "c2,,52.4,13.06,anna,30,,7.5,,,,,,"),
        row: 3, column: 8, columnName: "cadenceDays", value: "7.5", messagePart: "not a whole number"),
    BadCSV(
        name: "unknown adherence", csv: csv(row: "c2,,52.4,13.06,anna,30,,,,,whole,,,"),
        row: 3, column: 11, columnName: "adherence", value: "whole", messagePart: "use start or entire"),
    BadCSV(
        name: "misspelt weekday", csv: csv(row: "c2,,52.4,13.06,anna,30,,,,,,\"mon-fri 08:00-12:00; sta 09:00-12:00\",,"),
        row: 3, column: 12, columnName: "openingHours", value: "sta", messagePart: "did you mean \"sat\"?"),
    BadCSV(
        name: "opening window reversed", csv: csv(row: "c2,,52.4,13.06,anna,30,,,,,,tue 12:00-09:00,,"),
        row: 3, column: 12, columnName: "openingHours", value: "12:00-09:00", messagePart: "end 09:00 is before start 12:00"),
    BadCSV(
        name: "overlapping opening windows", csv: csv(row: "c2,,52.4,13.06,anna,30,,,,,,\"wed 08:00-12:00,11:00-14:00\",,"),
        row: 3, column: 12, columnName: "openingHours", value: "11:00", messagePart: "overlaps 08:00–12:00 on wed"),
    BadCSV(
        name: "day range backwards", csv: csv(row: "c2,,52.4,13.06,anna,30,,,,,,fri-mon 08:00-12:00,,"),
        row: 3, column: 12, columnName: "openingHours", value: "fri-mon", messagePart: "runs backwards"),
    BadCSV(
        name: "day named twice", csv: csv(row: "c2,,52.4,13.06,anna,30,,,,,,mon-fri 08:00-12:00; wed 14:00-15:00,,"),
        row: 3, column: 12, columnName: "openingHours", value: "wed", messagePart: "appears in more than one entry"),
    BadCSV(
        name: "bad opening time", csv: csv(row: "c2,,52.4,13.06,anna,30,,,,,,mon 8-12,,"),
        row: 3, column: 12, columnName: "openingHours", value: "8-12", messagePart: "is not a valid time"),
    BadCSV(
        name: "opening hours of empty entries", csv: csv(row: "c2,,52.4,13.06,anna,30,,,,,,;;,,"),
        row: 3, column: 12, columnName: "openingHours", value: ";;", messagePart: "entry 1 of \";;\" is empty"),
    BadCSV(
        name: "opening hours of one semicolon", csv: csv(row: "c2,,52.4,13.06,anna,30,,,,,,;,,"),
        row: 3, column: 12, columnName: "openingHours", value: ";", messagePart: "is empty; remove the extra semicolon"),
    BadCSV(
        name: "empty entry between days",
        csv: csv(row: "c2,,52.4,13.06,anna,30,,,,,,\"mon 08:00-12:00;; tue 08:00-12:00\",,"),
        row: 3, column: 12, columnName: "openingHours", value: "mon 08:00-12:00;;", messagePart: "entry 2 of"),
    BadCSV(
        name: "dueAfter above one", csv: csv(row: "c2,,52.4,13.06,anna,30,,,,,,,1.2,"),
        row: 3, column: 13, columnName: "dueAfter", value: "1.2", messagePart: "from 0 to 1"),
    BadCSV(
        name: "duplicate id", csv: csv(row: "c1,,52.4,13.06,anna,30,,,,,,,,"),
        row: 3, column: 1, columnName: "id", value: "c1", messagePart: "row 2 already uses it"),
    BadCSV(
        name: "too few fields", csv: csv(row: "c2,,52.4,13.06,anna"),
        row: 3, column: 6, columnName: "visitMinutes", value: nil, messagePart: "the row has 5 fields but the header has 14 columns"),
    BadCSV(
        name: "unterminated quote", csv: csv(row: "c2,\"Kunz,52.4,13.06,anna,30,,,,,,,,"),
        row: 3, column: 2, columnName: nil, value: "Kunz", messagePart: "no closing double quote"),
    BadCSV(
        name: "quote inside unquoted field", csv: csv(row: "c2,Kunz \"the baker\",52.4,13.06,anna,30,,,,,,,,"),
        row: 3, column: 2, columnName: nil, value: "Kunz", messagePart: "double quote inside an unquoted field"),
    BadCSV(
        name: "empty file", csv: "", row: 1, column: nil, columnName: nil, value: nil, messagePart: "the file is empty"),
]

@Test(arguments: badCSVs)
func badCSVIsReported(_ bad: BadCSV) throws {
    let error = try #require(Samples.csvError(bad.csv))

    #expect(error.fileName == "customers.csv")
    #expect(error.path == nil)
    #expect(error.line == bad.row)
    #expect(error.column == bad.column)
    #expect(error.columnName == bad.columnName)
    if let value = bad.value {
        #expect(error.value?.contains(value) == true)
        #expect(error.message.contains(value))
    }
    #expect(error.message.contains(bad.messagePart))
}

@Test func csvErrorDescriptionNamesRowAndColumn() throws {
    let error = try #require(Samples.csvError(csv(row: "c2,,52.4,13.06,anna,0,,,,,,,,")))

    #expect(
        error.description
            == "customers.csv: row 3, column 6 (visitMinutes): visitMinutes \"0\" is out of range; "
            + "it must be above 0 and at most 1440 minutes")
}

@Test func csvRowNumberCountsQuotedLineBreaks() throws {
    let text = header + "\n" + "c1,\"two\nlines\",52.4,13.06,anna,30,,,,,,,,\n" + "c2,,52.4,13.06,anna,-5,,,,,,,,\n"
    let error = try #require(Samples.csvError(text))

    #expect(error.line == 4)
    #expect(error.column == 6)
}

@Test func csvRepIDsAreCheckedAgainstReps() throws {
    let text = "id,latitude,longitude,visitMinutes,repId\nc1,52.4,13.06,30,anna\nc2,52.4,13.06,30,anne\n"
    #expect(try CustomerCSV.decode(text, fileName: "customers.csv").count == 2)

    do {
        _ = try CustomerCSV.decode(text, fileName: "customers.csv", repIDs: ["anna", "ben"])
        Issue.record("an unknown repId was accepted")
    } catch {
        #expect(error.line == 3)
        #expect(error.column == 5)
        #expect(error.columnName == "repId")
        #expect(error.value == "anne")
        #expect(error.message.contains("did you mean \"anna\"?"))
    }
}

@Test func csvRowWithoutRepNeedsOneWithSeveralReps() throws {
    let text = "id,latitude,longitude,visitMinutes,repId\nc1,52.4,13.06,30,\n"
    #expect(try CustomerCSV.decode(text, fileName: "customers.csv", repIDs: ["anna"]).count == 1)

    do {
        _ = try CustomerCSV.decode(text, fileName: "customers.csv", repIDs: ["anna", "ben"])
        Issue.record("a customer without repId was accepted with two reps")
    } catch {
        #expect(error.line == 2)
        #expect(error.columnName == "repId")
        #expect(error.message.contains("has 2 reps"))
    }
}

@Test func csvLongCellIsShortenedInTheMessage() throws {
    let long = String(repeating: "x", count: 100_000)
    let error = try #require(Samples.csvError(csv(row: "c2,,52.4,13.06,anna,\(long),,,,,,,,")))

    #expect(error.message.contains("\"\(String(repeating: "x", count: 60))…\" (100,000 characters)"))
    #expect(error.description.count < 300)
    #expect((error.value ?? "").count < 100)
}
