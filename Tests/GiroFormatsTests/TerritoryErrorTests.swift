import Foundation
import GiroFormats
import GiroModel
import Testing

/// A territory file with one problem, and where the error must point.
struct BadTerritory: Sendable, CustomTestStringConvertible {
    var name: String
    var json: String
    /// The expected JSON path.
    var path: String
    /// The expected bad value as written, or nil when the error has none.
    var value: String?
    /// Text the message must contain besides the value, such as the fix.
    var messagePart: String

    var testDescription: String { name }
}

private let badTerritories: [BadTerritory] = [
    BadTerritory(
        name: "wrong type", json: Samples.territory(customers: [Samples.customer(with: #""priority": "2""#)]),
        path: "customers[0].priority", value: "2", messagePart: "remove the quotes"),
    BadTerritory(
        name: "missing required key",
        json: Samples.territory(customers: [#"{"id": "c1", "location": {"latitude": 52.4, "longitude": 13.1}}"#]),
        path: "customers[0]", value: nil, messagePart: "required key \"visitMinutes\" is missing"),
    BadTerritory(
        name: "misspelt key", json: Samples.territory(customers: [Samples.customer(with: #""vistMinutes": 20"#)]),
        path: "customers[0].vistMinutes", value: "vistMinutes", messagePart: "did you mean \"visitMinutes\"?"),
    BadTerritory(
        name: "bad time text",
        json: Samples.territory(reps: [
            #"{"id": "r1", "home": {"latitude": 52.5, "longitude": 13.4}, "workingHours": {"mon": {"start": "8:00", "end": "17:00"}}}"#
        ]),
        path: "reps[0].workingHours.mon.start", value: "8:00", messagePart: "write HH:MM"),
    BadTerritory(
        name: "hour past 47", json: Samples.territory(customers: [Samples.customer(with: #""openingHours": {"mon": [{"start": "08:00", "end": "49:00"}]}"#)]),
        path: "customers[0].openingHours.mon[0].end", value: "49:00", messagePart: "hours 00 to 47"),
    BadTerritory(
        name: "date that does not exist", json: Samples.territory(horizon: #"{"start": "2026-02-30", "days": 5}"#),
        path: "horizon.start", value: "2026-02-30", messagePart: "has 28 days"),
    BadTerritory(
        name: "malformed date", json: Samples.territory(customers: [Samples.customer(with: #""lastVisit": "02.03.2026""#)]),
        path: "customers[0].lastVisit", value: "02.03.2026", messagePart: "write YYYY-MM-DD"),
    BadTerritory(
        name: "window end before start",
        json: Samples.territory(customers: [Samples.customer(with: #""openingHours": {"tue": [{"start": "12:00", "end": "09:00"}]}"#)]),
        path: "customers[0].openingHours.tue[0]", value: "09:00",
        messagePart: "end 09:00 is before start 12:00; swap the times or fix the window"),
    BadTerritory(
        name: "overlapping windows",
        json: Samples.territory(customers: [
            Samples.customer(with: #""openingHours": {"wed": [{"start": "08:00", "end": "12:00"}, {"start": "11:00", "end": "13:00"}]}"#)
        ]),
        path: "customers[0].openingHours.wed[1]", value: "11:00–13:00", messagePart: "overlaps 08:00–12:00 on wed"),
    BadTerritory(
        name: "zero visit minutes",
        json: Samples.territory(customers: [#"{"id": "c1", "location": {"latitude": 52.4, "longitude": 13.1}, "visitMinutes": 0}"#]),
        path: "customers[0].visitMinutes", value: "0", messagePart: "above 0 and at most 1440 minutes"),
    BadTerritory(
        name: "visit longer than a day",
        json: Samples.territory(customers: [#"{"id": "c1", "location": {"latitude": 52.4, "longitude": 13.1}, "visitMinutes": 1441}"#]),
        path: "customers[0].visitMinutes", value: "1441", messagePart: "out of range"),
    BadTerritory(
        name: "negative priority", json: Samples.territory(customers: [Samples.customer(with: #""priority": -1"#)]),
        path: "customers[0].priority", value: "-1", messagePart: "above 0 and at most 1000"),
    BadTerritory(
        name: "dueAfter above one", json: Samples.territory(customers: [Samples.customer(with: #""dueAfter": 1.5"#)]),
        path: "customers[0].dueAfter", value: "1.5", messagePart: "from 0 to 1"),
    BadTerritory(
        name: "zero horizon days", json: Samples.territory(horizon: #"{"start": "2026-03-02", "days": 0}"#),
        path: "horizon.days", value: "0", messagePart: "from 1 to 366 days"),
    BadTerritory(
        name: "horizon over a year", json: Samples.territory(horizon: #"{"start": "2026-03-02", "days": 400}"#),
        path: "horizon.days", value: "400", messagePart: "from 1 to 366 days"),
    BadTerritory(
        name: "fractional cadence", json: Samples.territory(customers: [Samples.customer(with: #""cadenceDays": 2.5"#)]),
        path: "customers[0].cadenceDays", value: "2.5", messagePart: "not a whole number"),
    BadTerritory(
        name: "number too large", json: Samples.territory(customers: [Samples.customer(with: #""demand": 1e400"#)]),
        path: "", value: "1e400", messagePart: "too large"),
    BadTerritory(
        name: "boolean for a number", json: Samples.territory(customers: [Samples.customer(with: #""demand": true"#)]),
        path: "customers[0].demand", value: "true", messagePart: "must be a number"),
    BadTerritory(
        name: "duplicate customer id",
        json: Samples.territory(customers: [Samples.customer, Samples.customer]),
        path: "customers[1].id", value: "c1", messagePart: "customers[0].id already uses it"),
    BadTerritory(
        name: "duplicate rep id",
        json: Samples.territory(reps: [Samples.rep, Samples.rep], customers: [Samples.customer(with: #""repId": "r1""#)]),
        path: "reps[1].id", value: "r1", messagePart: "duplicate rep id"),
    BadTerritory(
        name: "duplicate appointment id",
        json: Samples.territory(extra: [
            #""appointments": [{"id": "a1", "kind": "onDay", "date": "2026-03-02", "minutes": 30}, {"id": "a1", "kind": "onDay", "date": "2026-03-03", "minutes": 30}]"#
        ]),
        path: "appointments[1].id", value: "a1", messagePart: "duplicate appointment id"),
    BadTerritory(
        name: "unknown rep reference",
        json: Samples.territory(customers: [Samples.customer(with: #""repId": "r9""#)]),
        path: "customers[0].repId", value: "r9", messagePart: "did you mean \"r1\"?"),
    BadTerritory(
        name: "unknown customer reference",
        json: Samples.territory(extra: [#""reservations": [{"id": "x1", "customerId": "zz-unknown"}]"#]),
        path: "reservations[0].customerId", value: "zz-unknown", messagePart: "use one of: c1"),
    BadTerritory(
        name: "customer without rep among several",
        json: Samples.territory(reps: [Samples.rep, Samples.secondRep]),
        path: "customers[0]", value: nil, messagePart: "customer \"c1\" has no repId, but the territory has 2 reps"),
    BadTerritory(
        name: "break longer than frame",
        json: Samples.territory(reps: [
            #"{"id": "r1", "home": {"latitude": 52.5, "longitude": 13.4}, "workingHours": {}, "break": {"frameStart": "12:00", "frameEnd": "13:00", "minutes": 75}}"#
        ]),
        path: "reps[0].break.minutes", value: "75", messagePart: "does not fit its frame 12:00–13:00 (60 minutes)"),
    BadTerritory(
        name: "window shorter than appointment",
        json: Samples.territory(extra: [
            #""appointments": [{"id": "a1", "kind": "onDay", "date": "2026-03-02", "earliest": "10:00", "latest": "10:30", "minutes": 45}]"#
        ]),
        path: "appointments[0].latest", value: "10:30", messagePart: "shorter than the appointment's 45 minutes"),
    BadTerritory(
        name: "fixed appointment past 48:00",
        json: Samples.territory(extra: [
            #""appointments": [{"id": "a1", "kind": "fixed", "date": "2026-03-02", "start": "47:30", "minutes": 45}]"#
        ]),
        path: "appointments[0].minutes", value: "45", messagePart: "ends after 48:00"),
    BadTerritory(
        name: "key of another appointment kind",
        json: Samples.territory(extra: [
            #""appointments": [{"id": "a1", "kind": "fixed", "date": "2026-03-02", "start": "09:00", "latest": "11:00", "minutes": 45}]"#
        ]),
        path: "appointments[0].latest", value: "latest", messagePart: "does not belong to a fixed appointment"),
    BadTerritory(
        name: "matrix not square",
        json: Samples.territory(extra: [#""travel": {"model": "matrix", "durations": [[0, 60], [60]], "distances": [[0, 1], [1, 0]]}"#]),
        path: "travel.durations[1]", value: "[…]", messagePart: "row has 1 entries but durations has 2 rows"),
    BadTerritory(
        name: "matrix index out of range",
        json: Samples.territory(
            reps: [#"{"id": "r1", "home": {"matrixIndex": 0}, "workingHours": {}}"#],
            customers: [#"{"id": "c1", "location": {"matrixIndex": 5}, "visitMinutes": 30}"#],
            extra: [#""travel": {"model": "matrix", "durations": [[0, 60], [60, 0]], "distances": [[0, 1], [1, 0]]}"#]),
        path: "customers[0].location.matrixIndex", value: "5", messagePart: "use 0 to 1"),
    BadTerritory(
        name: "latitude out of range",
        json: Samples.territory(customers: [#"{"id": "c1", "location": {"latitude": 95, "longitude": 13.1}, "visitMinutes": 30}"#]),
        path: "customers[0].location.latitude", value: "95", messagePart: "from -90 to 90 degrees"),
    BadTerritory(
        name: "longitude out of range",
        json: Samples.territory(customers: [#"{"id": "c1", "location": {"latitude": 52, "longitude": -200}, "visitMinutes": 30}"#]),
        path: "customers[0].location.longitude", value: "-200", messagePart: "from -180 to 180 degrees"),
    BadTerritory(
        name: "planar location under road model",
        json: Samples.territory(customers: [#"{"id": "c1", "location": {"x": 3, "y": 4}, "visitMinutes": 30}"#]),
        path: "customers[0].location", value: nil, messagePart: "needs latitude and longitude on every location, but this one has x and y"),
    BadTerritory(
        name: "empty reps list", json: Samples.territory(reps: []),
        path: "reps", value: "[…]", messagePart: "a territory needs at least one rep"),
    BadTerritory(
        name: "unknown travel model",
        json: Samples.territory(extra: [#""travel": {"model": "raod"}"#]),
        path: "travel.model", value: "raod", messagePart: "did you mean \"road\"?"),
    BadTerritory(
        name: "unknown weekday key",
        json: Samples.territory(customers: [Samples.customer(with: #""openingHours": {"thur": []}"#)]),
        path: "customers[0].openingHours.thur", value: "thur", messagePart: "did you mean \"thu\"?"),
    BadTerritory(
        name: "block ending before it starts",
        json: Samples.territory(customers: [Samples.customer(with: #""blocks": [{"from": "2026-03-05", "to": "2026-03-04"}]"#)]),
        path: "customers[0].blocks[0]", value: "2026-03-04", messagePart: "to 2026-03-04 is before from 2026-03-05"),
    BadTerritory(
        name: "negative night cost",
        json: Samples.territory(extra: [#""settings": {"nightCost": -3600}"#]),
        path: "settings.nightCost", value: "-3600", messagePart: "it must be from 0 to 1000000000 seconds of driving"),
    BadTerritory(
        name: "visit patterns not a list",
        json: Samples.territory(customers: [Samples.customer(with: #""visitPatterns": "2026-03-02""#)]),
        path: "customers[0].visitPatterns", value: "2026-03-02", messagePart: "must be a list of patterns"),
    BadTerritory(
        name: "visit pattern not a list",
        json: Samples.territory(customers: [Samples.customer(with: #""visitPatterns": ["2026-03-02"]"#)]),
        path: "customers[0].visitPatterns[0]", value: "2026-03-02", messagePart: "must be a list of dates"),
    BadTerritory(
        name: "bad visit pattern date",
        json: Samples.territory(customers: [Samples.customer(with: #""visitPatterns": [["2026-03-32"]]"#)]),
        path: "customers[0].visitPatterns[0][0]", value: "2026-03-32", messagePart: "has 31 days"),
    BadTerritory(
        name: "visit pattern date outside horizon",
        json: Samples.territory(customers: [Samples.customer(with: #""visitPatterns": [["2026-03-02", "2026-03-09"]]"#)]),
        path: "customers[0].visitPatterns[0][1]", value: "2026-03-09",
        messagePart: "outside the horizon 2026-03-02 to 2026-03-06; use a date in the horizon"),
    BadTerritory(
        name: "visit patterns of unequal length",
        json: Samples.territory(customers: [
            Samples.customer(with: #""visitPatterns": [["2026-03-02", "2026-03-05"], ["2026-03-03"]]"#)
        ]),
        path: "customers[0].visitPatterns[1]", value: "[…]",
        messagePart: "visit pattern 1 has 1 dates, but pattern 0 has 2; give every pattern"),
    BadTerritory(
        name: "repeated visit pattern date",
        json: Samples.territory(customers: [Samples.customer(with: #""visitPatterns": [["2026-03-02", "2026-03-02"]]"#)]),
        path: "customers[0].visitPatterns[0][1]", value: "2026-03-02",
        messagePart: "appears twice in visit pattern 0, but a customer is visited at most once a day; list each date once"),
    BadTerritory(
        name: "empty visit pattern",
        json: Samples.territory(customers: [Samples.customer(with: #""visitPatterns": [[]]"#)]),
        path: "customers[0].visitPatterns[0]", value: "[…]", messagePart: "has no date; list at least one date"),
    BadTerritory(
        name: "cadence and visit patterns",
        json: Samples.territory(customers: [
            Samples.customer(with: #""cadenceDays": 7, "visitPatterns": [["2026-03-02"]]"#)
        ]),
        path: "customers[0].visitPatterns", value: "[…]", messagePart: "remove cadenceDays or visitPatterns"),
    BadTerritory(
        name: "unknown hotel choice",
        json: Samples.territory(reps: [Samples.rep(withOvernight: #"{"allowedNights": ["mon"], "hotelChoice": "cheapest"}"#)]),
        path: "reps[0].overnight.hotelChoice", value: "cheapest", messagePart: #"use "nearest" or "anyInReach""#),
    BadTerritory(
        name: "misspelt hotel choice",
        json: Samples.territory(reps: [Samples.rep(withOvernight: #"{"allowedNights": ["mon"], "hotelChoice": "anyinreach"}"#)]),
        path: "reps[0].overnight.hotelChoice", value: "anyinreach",
        messagePart: #"did you mean "anyInReach"? Use "nearest" or "anyInReach""#),
    BadTerritory(
        name: "hotel choice not a string",
        json: Samples.territory(reps: [Samples.rep(withOvernight: #"{"allowedNights": ["mon"], "hotelChoice": 1}"#)]),
        path: "reps[0].overnight.hotelChoice", value: "1", messagePart: #"must be "nearest" or "anyInReach", but it is the number 1"#),
    BadTerritory(
        name: "horizon end location out of range",
        json: Samples.territory(
            horizon: #"{"start": "2026-03-02", "days": 5, "endLocation": {"latitude": 95, "longitude": 13}}"#),
        path: "horizon.endLocation.latitude", value: "95", messagePart: "from -90 to 90 degrees"),
    BadTerritory(
        name: "planar horizon end location under road model",
        json: Samples.territory(horizon: #"{"start": "2026-03-02", "days": 5, "endLocation": {"x": 3, "y": 4}}"#),
        path: "horizon.endLocation", value: nil,
        messagePart: "needs latitude and longitude on every location, but this one has x and y"),
    BadTerritory(
        name: "top level not an object", json: "[1, 2]",
        path: "", value: "[…]", messagePart: "the top level must be a JSON object"),
]

@Test(arguments: badTerritories)
func badTerritoryIsReported(_ bad: BadTerritory) throws {
    let error = try #require(Samples.territoryError(bad.json))

    #expect(error.fileName == "bad.json")
    if bad.path.isEmpty, error.path == nil {
        // Syntax-level errors carry no path; their position is checked below.
    } else {
        #expect(error.path == bad.path)
    }
    #expect(error.value == bad.value)
    if let value = bad.value, value != "[…]", value != "{…}" {
        #expect(error.message.contains(value))
    }
    #expect(error.message.contains(bad.messagePart))
    #expect(error.line != nil)
    #expect(error.column != nil)
}

@Test func brokenSyntaxHasLineAndColumn() throws {
    let json = "{\n  \"horizon\": {\"start\": \"2026-03-02\" \"days\": 5}\n}"
    let error = try #require(Samples.territoryError(json))

    #expect(error.path == nil)
    #expect(error.line == 2)
    #expect(error.column == 37)
    #expect(error.message.contains("expected , or } after the value of \"start\""))
    #expect(error.description == "bad.json: line 2, column 37: " + error.message)
}

@Test func trailingCommaIsRejected() throws {
    let json = "{\"reps\": [1, 2,]}"
    let error = try #require(Samples.territoryError(json))

    #expect(error.line == 1)
    #expect(error.column == 16)
    #expect(error.message.contains("trailing comma"))
}

@Test func duplicateKeyPointsAtSecondCopy() throws {
    let json = Samples.territory(customers: [Samples.customer(with: #""visitMinutes": 45"#)])
    let error = try #require(Samples.territoryError(json))

    #expect(error.path == "customers[0].visitMinutes")
    #expect(error.line == 4)
    #expect(error.column == 101)
    #expect(error.value == "visitMinutes")
    #expect(error.message.contains("duplicate key \"visitMinutes\""))
    #expect(error.message.contains("line 4, column 81"))
}

@Test func errorDescriptionNamesPathAndFix() throws {
    let json = Samples.territory(customers: [
        Samples.customer(with: #""openingHours": {"tue": [{"start": "12:00", "end": "09:00"}]}"#)
    ])
    let error = try #require(Samples.territoryError(json))

    #expect(
        error.description
            == "bad.json: customers[0].openingHours.tue[0]: end 09:00 is before start 12:00; swap the times or fix the window")
}

@Test func hotelChoiceErrorNamesFileAndValues() throws {
    let overnight = #"{"allowedNights": ["mon"], "hotelChoice": "cheapest"}"#
    let error = try #require(Samples.territoryError(Samples.territory(reps: [Samples.rep(withOvernight: overnight)])))

    #expect(
        error.description
            == #"bad.json: reps[0].overnight.hotelChoice: hotelChoice "cheapest" is not valid; use "nearest" or "anyInReach""#)
}

@Test func numberPositionIsReported() throws {
    let json = Samples.territory(horizon: #"{"start": "2026-03-02", "days": 0}"#)
    let error = try #require(Samples.territoryError(json))

    #expect(error.line == 2)
    #expect(error.column == 46)
}

@Test func emptyFileIsRejected() throws {
    let error = try #require(Samples.territoryError("  \n"))

    #expect(error.message.contains("the file is empty"))
}

@Test func invalidUTF8IsRejected() throws {
    let bytes = Array(#"{"name": ""#.utf8) + [0xFF] + Array(#""}"#.utf8)

    do {
        _ = try TerritoryFile.decode(Data(bytes), fileName: "bad.json")
        Issue.record("decoding invalid UTF-8 succeeded")
    } catch {
        #expect(error.line == 1)
        #expect(error.column == 10)
        #expect(error.message.contains("not valid UTF-8"))
    }
}

@Test func deepNestingIsRejected() throws {
    let json = String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)
    let error = try #require(Samples.territoryError(json))

    #expect(error.message.contains("nested more than 256 levels"))
}

@Test func missingFileBecomesFormatError() throws {
    do {
        _ = try TerritoryFile.load(path: "/nonexistent/territory.json")
        Issue.record("loading a missing file succeeded")
    } catch {
        #expect(error.fileName == "/nonexistent/territory.json")
        #expect(error.message == "no such file; check the path")
    }
}
