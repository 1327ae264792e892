import Foundation
import GiroFormats
import GiroModel
import Testing

/// Builds a plan file with one route whose stop, break and totals are given.
private func plan(stop: String = defaultStop, breakTaken: String = "", totals: String = defaultTotals, unplanned: String = "") -> String {
    let breakMember = breakTaken.isEmpty ? "" : #", "break": "# + breakTaken
    return """
        {"horizon": {"start": "2026-03-02", "days": 1}, "objective": 0,
        "routes": [{"repId": "r1", "date": "2026-03-02", "startLocation": {"x": 0, "y": 0}, "departure": "08:00",
          "stops": [\(stop)]\(breakMember), "endLocation": {"x": 0, "y": 0}, "arrival": "17:00", "totals": \(totals)}],
        "unplanned": [\(unplanned)]}
        """
}

private let defaultStop =
    #"{"kind": "visit", "customerId": "c1", "arrival": "09:00", "waitingMinutes": 0, "setupMinutes": 0, "serviceStart": "09:00", "serviceEnd": "09:30"}"#
private let defaultTotals = #"{"drivingMinutes": 60, "distanceMetres": 1000, "workingMinutes": 540, "waitingMinutes": 0}"#

@Test func planSampleDecodes() throws {
    #expect(Samples.planError(plan()) == nil)
}

@Test func planBadClockTime() throws {
    let stop = defaultStop.replacingOccurrences(of: #""arrival": "09:00""#, with: #""arrival": "9:00:00""#)
    let error = try #require(Samples.planError(plan(stop: stop)))

    #expect(error.path == "routes[0].stops[0].arrival")
    #expect(error.value == "9:00:00")
    #expect(error.message.contains("\"9:00:00\" is not a valid clock time"))
}

@Test func planBreakAfterMissingStop() throws {
    let error = try #require(
        Samples.planError(plan(breakTaken: #"{"start": "12:00", "end": "12:45", "placement": "afterStop", "stopIndex": 3}"#)))

    #expect(error.path == "routes[0].break.stopIndex")
    #expect(error.value == "3")
    #expect(error.message.contains("from 0 to 0"))
}

@Test func planUnknownReasonCode() throws {
    let unplanned = #"{"kind": "customer", "id": "c9", "reason": "noTimeLeftt", "message": "full"}"#
    let error = try #require(Samples.planError(plan(unplanned: unplanned)))

    #expect(error.path == "unplanned[0].reason")
    #expect(error.value == "noTimeLeftt")
    #expect(error.message.contains("did you mean \"noTimeLeft\"?"))
}

@Test func planVisitCountMismatch() throws {
    let totals = defaultTotals.replacingOccurrences(of: "}", with: #", "visits": 2}"#)
    let error = try #require(Samples.planError(plan(totals: totals)))

    #expect(error.path == "routes[0].totals.visits")
    #expect(error.value == "2")
    #expect(error.message.contains("does not match the route's 1 stops"))
}

@Test func planServiceEndingBeforeStart() throws {
    let stop = defaultStop.replacingOccurrences(of: #""serviceEnd": "09:30""#, with: #""serviceEnd": "08:59""#)
    let error = try #require(Samples.planError(plan(stop: stop)))

    #expect(error.path == "routes[0].stops[0].serviceEnd")
    #expect(error.value == "08:59")
    #expect(error.message.contains("serviceEnd 08:59 is before serviceStart 09:00"))
}

@Test func planNegativeWaiting() throws {
    let stop = defaultStop.replacingOccurrences(of: #""waitingMinutes": 0"#, with: #""waitingMinutes": -2"#)
    let error = try #require(Samples.planError(plan(stop: stop)))

    #expect(error.path == "routes[0].stops[0].waitingMinutes")
    #expect(error.value == "-2")
    #expect(error.message.contains("waitingMinutes -2 is out of range"))
}
