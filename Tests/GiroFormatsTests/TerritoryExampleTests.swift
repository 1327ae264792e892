import Foundation
import GiroFormats
import GiroModel
import Testing

/// Decodes the complete example of docs/territory-format.md.
private func decodeDocumentedExample() throws -> Territory {
    let json = try DocumentationExamples.block(
        in: "territory-format.md", after: "## Complete example", language: "json")
    return try TerritoryFile.decode(Data(json.utf8), fileName: "example.json")
}

private func date(_ text: String) -> CalendarDate {
    CalendarDate(iso: text) ?? CalendarDate(daysSinceEpoch: Int.min / 2)
}

private func window(_ start: String, _ end: String) -> TimeWindow {
    TimeWindow(start: ClockTime.parse(start) ?? -1, end: ClockTime.parse(end) ?? -1)
}

@Test func exampleHorizonAndTravel() throws {
    let territory = try decodeDocumentedExample()

    #expect(territory.name == "North-East demo")
    #expect(territory.horizon.start == date("2026-03-02"))
    #expect(territory.horizon.days == 10)
    #expect(territory.horizon.startTime == 10 * 3600 + 15 * 60)
    #expect(territory.horizon.startLocation == .geographic(latitude: 52.52, longitude: 13.405))
    let expectedCurve = [
        SpeedPoint(distance: 0, speed: 20), SpeedPoint(distance: 5000, speed: 40),
        SpeedPoint(distance: 50000, speed: 75),
    ]
    #expect(territory.travel == .road(RoadParameters(roadFactor: 1.25, speedCurve: expectedCurve)))
    #expect(territory.settings == PlanningSettings(
        dueAfter: 0.6, drivingTimeWeight: 1, distanceWeight: 0.05, cadenceWeight: 3600, routeWeight: 0))
}

@Test func exampleReps() throws {
    let territory = try decodeDocumentedExample()
    try #require(territory.reps.count == 2)
    let anna = territory.reps[0]
    let ben = territory.reps[1]

    #expect(anna.id == "anna")
    #expect(anna.name == "Anna Berg")
    #expect(anna.workingHours[.monday] == window("08:00", "18:00"))
    #expect(anna.workingHours[.friday] == window("08:00", "14:30"))
    #expect(anna.workingHours[.saturday] == nil)
    #expect(anna.maximumWorkingTime == 36_000)
    #expect(anna.daysOff == [date("2026-03-06")])
    #expect(anna.breakRule == BreakRule(frame: window("11:30", "14:00"), duration: 2700))
    #expect(anna.speedFactor == 1.1)
    #expect(anna.capacity == 40)

    let overnight = try #require(anna.overnightRule)
    #expect(overnight.allowedNights == [.monday, .tuesday, .wednesday, .thursday])
    #expect(overnight.minimumDistanceFromHome == 150_000)
    #expect(overnight.minimumDrivingTimeFromHome == 5400)
    #expect(overnight.maximumDriveToHotel == 1200)
    #expect(overnight.hotels == [
        Hotel(id: "h1", name: "Hotel am Markt", location: .geographic(latitude: 53.55, longitude: 9.99))
    ])
    #expect(overnight.maximumConsecutiveNights == 2)
    #expect(overnight.maximumNightsPerWeek == 3)
    #expect(overnight.hotelChoice == .nearest)

    #expect(ben.name == nil)
    #expect(ben.workingHours[.saturday] == TimeWindow(start: 72_000, end: 93_600))
    #expect(ben.breakRule == nil)
    #expect(ben.speedFactor == 1)
}

@Test func exampleCustomers() throws {
    let territory = try decodeDocumentedExample()
    try #require(territory.customers.count == 3)
    let first = territory.customers[0]

    #expect(first.name == "Bäckerei Kunz")
    #expect(first.repID == "anna")
    #expect(first.visitDuration == 1800)
    #expect(first.setupDuration == 150)
    #expect(first.openingHours[.monday] == [
        TimeWindow(start: 30_600, end: 45_000), TimeWindow(start: 54_000, end: 68_400),
    ])
    #expect(first.openingHours[.wednesday].isEmpty)
    #expect(first.openingHours[.thursday].isEmpty)
    #expect(first.openingHours[.saturday] == [window("09:00", "12:00")])
    #expect(first.adherence == .entire)
    #expect(first.preferredWindows?[.monday] == [window("09:00", "11:00")])
    #expect(first.cadenceDays == 14)
    #expect(first.lastVisit == date("2026-02-16"))
    #expect(first.priority == 2)
    #expect(first.blocks == [DateRange(first: date("2026-03-09"), last: date("2026-03-10"))])
    #expect(first.activationDate == date("2026-03-03"))
    #expect(first.dueAfter == 0.5)
    #expect(first.demand == 3)

    let second = territory.customers[1]
    #expect(second.openingHours == .always)
    #expect(second.adherence == .start)
    #expect(second.setupDuration == 0)
    #expect(second.priority == 1)
    #expect(second.dueAfter == nil)

    #expect(territory.customers[2].cadenceDays == nil)
}

@Test func exampleAppointmentsAndHistory() throws {
    let territory = try decodeDocumentedExample()
    try #require(territory.appointments.count == 3)
    let fixed = territory.appointments[0]
    let onDay = territory.appointments[1]
    let inWeek = territory.appointments[2]

    #expect(fixed.kind == .fixed(date: date("2026-03-03")))
    #expect(fixed.customerID == "c1")
    #expect(fixed.repID == nil)
    #expect(fixed.window == window("09:00", "10:00"))
    #expect(fixed.duration == 3600)

    #expect(onDay.kind == .onDay(date: date("2026-03-03")))
    #expect(onDay.location == .geographic(latitude: 51.48, longitude: 11.97))
    #expect(onDay.window == window("10:00", "15:00"))
    #expect(onDay.duration == 5400)

    #expect(inWeek.kind == .inWeek(weekStart: date("2026-03-09")))
    #expect(inWeek.location == nil)
    #expect(inWeek.customerID == nil)
    #expect(inWeek.window == window("00:00", "12:00"))

    #expect(territory.reservations == [Reservation(id: "r1", customerID: "c2")])
    #expect(territory.visitHistory == [
        PastVisit(customerID: "c1", date: date("2026-02-16"), time: 34_200),
        PastVisit(customerID: "c2", date: date("2026-02-02")),
    ])
}
