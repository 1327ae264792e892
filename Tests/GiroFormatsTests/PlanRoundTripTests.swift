import Foundation
import GiroFormats
import GiroModel
import Testing

private func date(_ text: String) -> CalendarDate {
    CalendarDate(iso: text) ?? CalendarDate(daysSinceEpoch: Int.min / 2)
}

/// Builds a plan that uses every field: long benchmark hours, times that are not
/// whole minutes, every break placement and every unplanned reason.
private func samplePlan() -> Plan {
    let home = Location.geographic(latitude: 52.52, longitude: 13.405)
    let visit = PlannedStop(
        kind: .visit, customerID: "c1", arrival: 30_601, waitingTime: 61, setupDuration: 150,
        serviceStart: 30_812, serviceEnd: 32_612, window: TimeWindow(start: 30_600, end: 45_000))
    let appointment = PlannedStop(
        kind: .appointment, customerID: nil, appointmentID: "call", arrival: 33_000, waitingTime: 0,
        setupDuration: 0, serviceStart: 33_000, serviceEnd: 34_200, window: nil)
    let longStop = PlannedStop(
        kind: .visit, customerID: "17", arrival: 1_800_000, waitingTime: 7, setupDuration: 1,
        serviceStart: 1_800_008, serviceEnd: 1_800_908, window: TimeWindow(start: 1_799_000, end: 1_900_001))

    let routes = [
        DayRoute(
            repID: "anna", date: date("2026-03-02"), startLocation: home, departure: 28_799, stops: [visit, appointment],
            breakTaken: PlannedBreak(start: 43_200, end: 45_900, placement: .afterStop(1)), endLocation: home,
            arrival: 61_234, drivingTime: 7_777, distance: 151_230.123, workingTime: 32_435, waitingTime: 61),
        DayRoute(
            repID: "anna", date: date("2026-03-03"), startLocation: home, departure: 28_800, stops: [visit],
            breakTaken: PlannedBreak(start: 25_000, end: 27_700, placement: .beforeDeparture), endLocation: home,
            arrival: 40_000, drivingTime: 100, distance: 0, workingTime: 11_200, waitingTime: 61),
        DayRoute(
            repID: "ben", date: date("2026-03-02"), startLocation: home, departure: 28_800, stops: [visit],
            breakTaken: PlannedBreak(start: 29_000, end: 30_000, placement: .beforeFirstStop), endLocation: home,
            arrival: 40_000, drivingTime: 100, distance: 1, workingTime: 11_200, waitingTime: 61, load: 3.5),
        DayRoute(
            repID: "vehicle-1", date: date("2026-03-02"), startLocation: .planar(x: 0, y: 0), departure: 0,
            stops: [longStop], breakTaken: PlannedBreak(start: 1_900_000, end: 1_900_001, placement: .afterArrival),
            endLocation: Location(coordinate: .none, matrixIndex: 0), arrival: 1_899_999, drivingTime: 1_799_999,
            distance: 1e7 / 3, workingTime: 1_899_999, waitingTime: 7, load: 200),
        DayRoute(
            repID: "empty", date: date("2026-03-04"), startLocation: home, departure: 0, stops: [], breakTaken: nil,
            endLocation: home, arrival: 0, drivingTime: 0, distance: 0, workingTime: 0, waitingTime: 0),
    ]

    var unplanned: [UnplannedVisit] = []
    for (index, reason) in UnplannedReason.allCases.enumerated() {
        let kind = UnplannedVisit.Kind.allCases[index % UnplannedVisit.Kind.allCases.count]
        unplanned.append(
            UnplannedVisit(
                kind: kind, id: "u\(index)", repID: index.isMultiple(of: 2) ? "anna" : nil, reason: reason,
                message: "No time left on \"Monday\"; try again.\tTab and ünïcode."))
    }

    return Plan(
        territoryName: "Round trip",
        horizon: Horizon(start: date("2026-03-02"), days: 3, startLocation: home, startTime: 200_017),
        routes: routes, unplanned: unplanned, objective: 12_460.123_456_789)
}

@Test func planRoundTripsToTheSecond() throws {
    let plan = samplePlan()

    let encoded = PlanFile.encode(plan)
    let decoded = try PlanFile.decode(encoded, fileName: "plan.json")

    #expect(decoded == plan)
    #expect(PlanFile.encode(decoded) == encoded)
}

@Test func planClockTimesUseLongHours() throws {
    let text = String(decoding: PlanFile.encode(samplePlan()), as: UTF8.self)

    #expect(text.contains("\"serviceStart\": \"500:00:08\""))
    #expect(text.contains("\"startTime\": \"55:33:37\""))
    #expect(text.contains("\"waitingMinutes\": 1.0166666666666666"))
    #expect(text.contains("\"placement\": \"afterStop\""))
    #expect(text.contains("\"stopIndex\": 1"))
}

@Test func documentedPlanExampleDecodes() throws {
    let json = try DocumentationExamples.block(in: "plan-format.md", after: "## Example", language: "json")
    let plan = try PlanFile.decode(Data(json.utf8), fileName: "example-plan.json")

    try #require(plan.routes.count == 3)
    let route = plan.routes[0]
    #expect(route.repID == "anna")
    #expect(route.departure == 8 * 3600 + 28 * 60 + 1)
    #expect(route.arrival == 10 * 3600 + 29 * 60 + 29)
    #expect(route.breakTaken == PlannedBreak(start: 41_400, end: 44_100, placement: .afterArrival))
    #expect(route.stops.count == 1)
    #expect(route.stops[0].setupDuration == 150)
    #expect(route.stops[0].waitingTime == 0)
    #expect(route.stops[0].appointmentID == "a1")
    #expect(route.stops[0].window == TimeWindow(start: 32_400, end: 36_000))
    #expect(route.drivingTime == 3538)
    #expect(route.distance == 67_287.741_569_106_03)
    #expect(route.workingTime == 7288)
    #expect(plan.routes[2].stops.map(\.kind) == [.visit, .appointment])
    #expect(plan.routes[2].stops[0].window == TimeWindow(start: 0, end: 48 * 3600))
    #expect(plan.unplanned.isEmpty)
    #expect(plan.objective == 55_026.240_608_777_094)
    #expect(try PlanFile.decode(PlanFile.encode(plan), fileName: "again.json") == plan)
}
