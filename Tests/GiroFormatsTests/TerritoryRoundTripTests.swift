import Foundation
import GiroFormats
import GiroModel
import Testing

private func date(_ text: String) -> CalendarDate {
    CalendarDate(iso: text) ?? CalendarDate(daysSinceEpoch: Int.min / 2)
}

private func roundTrip(_ territory: Territory) throws -> Territory {
    try TerritoryFile.decode(TerritoryFile.encode(territory), fileName: "round-trip.json")
}

@Test func documentedExampleRoundTrips() throws {
    let json = try DocumentationExamples.block(
        in: "territory-format.md", after: "## Complete example", language: "json")
    let territory = try TerritoryFile.decode(Data(json.utf8), fileName: "example.json")

    let encoded = TerritoryFile.encode(territory)
    let decoded = try TerritoryFile.decode(encoded, fileName: "round-trip.json")

    #expect(decoded == territory)
    #expect(TerritoryFile.encode(decoded) == encoded)
}

@Test func matrixTerritoryRoundTrips() throws {
    let rep = Rep(
        id: "r1",
        name: "Rep \"one\"\nsecond line",
        home: Location(coordinate: .geographic(latitude: -33.87, longitude: 151.21), matrixIndex: 0),
        workingHours: WorkingHours([
            .monday: TimeWindow(start: 25_201, end: 61_199),
            .sunday: TimeWindow(start: 79_200, end: 108_000),
        ]),
        maximumWorkingTime: 36_001,
        daysOff: [date("2026-12-31"), date("2027-01-01")],
        breakRule: BreakRule(frame: TimeWindow(start: 41_400, end: 50_400), duration: 1_799),
        overnightRule: OvernightRule(
            allowedNights: [.friday, .monday], minimumDistanceFromHome: 80_000.5,
            minimumDrivingTimeFromHome: 3_601, maximumDriveToHotel: 1_234,
            hotels: [Hotel(id: "h", location: Location(coordinate: .none, matrixIndex: 2))],
            maximumConsecutiveNights: 4, maximumNightsPerWeek: 2),
        speedFactor: 0.85,
        capacity: 12.5)
    let customer = Customer(
        id: "c-ä",
        name: "Müller & Söhne",
        location: Location(coordinate: .none, matrixIndex: 1),
        visitDuration: 100,
        setupDuration: 7,
        openingHours: WeeklyWindows([
            .tuesday: [TimeWindow(start: 0, end: 172_800)],
            .friday: [TimeWindow(start: 50_000, end: 60_001), TimeWindow(start: 30_000, end: 40_000)],
        ]),
        adherence: .entire,
        preferredWindows: WeeklyWindows(),
        cadenceDays: 1,
        lastVisit: date("0999-01-31"),
        priority: 0.001,
        blocks: [DateRange(first: date("2027-01-04"), last: date("2027-01-04"))],
        activationDate: date("2027-01-02"),
        dueAfter: 0,
        demand: 1e-7)
    let closedCustomer = Customer(
        id: "c2", location: Location(coordinate: .none, matrixIndex: 2), visitDuration: 86_400,
        openingHours: WeeklyWindows())
    let territory = Territory(
        name: "Matrix",
        horizon: Horizon(
            start: date("2026-12-28"), days: 14, startLocation: Location(coordinate: .none, matrixIndex: 2),
            startTime: 8 * 3600 + 17),
        travel: .matrix(
            durations: [[0, 61, 7], [59, 0, 3], [8, 4, 0]],
            distances: [[0, 1234.5, 10], [1.25e-3, 0, 3], [8, 4, 1e9]]),
        settings: PlanningSettings(
            dueAfter: 0.65, drivingTimeWeight: 1.5, distanceWeight: 0.001, cadenceWeight: 7200.25, routeWeight: 3600),
        reps: [rep],
        customers: [customer, closedCustomer],
        appointments: [
            Appointment(
                id: "fixed", customerID: "c2", kind: .fixed(date: date("2026-12-29")),
                window: TimeWindow(start: 36_005, end: 36_005 + 3_333), duration: 3_333),
            Appointment(
                id: "day", repID: "r1", location: Location(coordinate: .none, matrixIndex: 0),
                kind: .onDay(date: date("2026-12-30")), window: TimeWindow(start: 0, end: 172_800), duration: 60),
            Appointment(
                id: "week", kind: .inWeek(weekStart: date("2027-01-04")),
                window: TimeWindow(start: 28_800, end: 30_000), duration: 1_200),
        ],
        reservations: [Reservation(id: "res", customerID: "c-ä")],
        visitHistory: [
            PastVisit(customerID: "c-ä", date: date("2026-12-01"), time: 30_615),
            PastVisit(customerID: "c2", date: date("2026-11-01")),
        ])

    let decoded = try roundTrip(territory)

    #expect(decoded == territory)
    #expect(decoded.customers[0].openingHours[.friday].count == 2)
    #expect(decoded.customers[0].lastVisit == date("0999-01-31"))
}

@Test func euclideanTerritoryRoundTrips() throws {
    let territory = Territory(
        horizon: Horizon(start: date("2026-03-02"), days: 1),
        travel: .euclidean(EuclideanParameters(secondsPerUnit: 0.1, truncatesToOneDecimal: true)),
        reps: [Rep(id: "depot", home: .planar(x: 0, y: -0.5), workingHours: WorkingHours.weekdays(TimeWindow(start: 0, end: 1_000_000 / 10)))],
        customers: [
            Customer(id: "1", location: .planar(x: 35.25, y: 1e6), visitDuration: 1, demand: 17)
        ])

    #expect(try roundTrip(territory) == territory)
}

@Test func horizonEndAndHotelChoiceRoundTrip() throws {
    let hotels = [
        Hotel(id: "near", location: .geographic(latitude: 51.0, longitude: 10.0)),
        Hotel(id: "on-the-way", name: "Post", location: .geographic(latitude: 51.2, longitude: 10.3)),
    ]
    let rule = OvernightRule(allowedNights: [.monday, .tuesday], hotels: hotels, hotelChoice: .anyInReach)
    let territory = Territory(
        horizon: Horizon(
            start: date("2026-03-02"), days: 3, endLocation: .geographic(latitude: 50.5, longitude: 11.25)),
        reps: [
            Rep(
                id: "r", home: .geographic(latitude: 52, longitude: 13),
                workingHours: .weekdays(TimeWindow(start: 28_800, end: 61_200)), overnightRule: rule)
        ],
        customers: [Customer(id: "c", location: .geographic(latitude: 51, longitude: 10), visitDuration: 1_800)])

    let text = String(decoding: TerritoryFile.encode(territory), as: UTF8.self)
    let decoded = try roundTrip(territory)

    #expect(decoded == territory)
    #expect(decoded.horizon.endLocation == .geographic(latitude: 50.5, longitude: 11.25))
    #expect(decoded.reps[0].overnightRule?.hotelChoice == .anyInReach)
    #expect(text.contains("\"endLocation\""))
    #expect(text.contains("\"hotelChoice\": \"anyInReach\""))
}

@Test func missingHotelChoiceMeansNearest() throws {
    let json = Samples.territory(reps: [Samples.rep(withOvernight: #"{"allowedNights": ["mon"]}"#)])
    let territory = try TerritoryFile.decode(Data(json.utf8), fileName: "nearest.json")

    #expect(territory.reps[0].overnightRule?.hotelChoice == .nearest)
    #expect(territory.horizon.endLocation == nil)
}

@Test func visitPatternsRoundTrip() throws {
    let territory = Territory(
        horizon: Horizon(start: date("2026-03-02"), days: 14),
        reps: [Rep(id: "r", home: .geographic(latitude: 1, longitude: 2), workingHours: WorkingHours())],
        customers: [
            Customer(
                id: "c", location: .geographic(latitude: 1, longitude: 2), visitDuration: 1_800,
                visitPatterns: [
                    [date("2026-03-02"), date("2026-03-05")], [date("2026-03-10"), date("2026-03-03")],
                ])
        ])

    let text = String(decoding: TerritoryFile.encode(territory), as: UTF8.self)
    let decoded = try roundTrip(territory)

    #expect(decoded == territory)
    #expect(decoded.customers[0].visitPatterns[1] == [date("2026-03-10"), date("2026-03-03")])
    #expect(text.contains("\"2026-03-05\""))
    #expect(text.contains("visitPatterns"))
}

@Test func encodingSortsKeysAndWritesMinutes() throws {
    let territory = Territory(
        horizon: Horizon(start: date("2026-03-02"), days: 3),
        reps: [Rep(id: "r", home: .geographic(latitude: 1, longitude: 2), workingHours: WorkingHours())],
        customers: [Customer(id: "c", location: .geographic(latitude: 1, longitude: 2), visitDuration: 150)])

    let text = String(decoding: TerritoryFile.encode(territory), as: UTF8.self)

    #expect(text.contains("\"visitMinutes\": 2.5"))
    #expect(text.contains("\"setupMinutes\": 0"))
    let customersOffset = try #require(text.range(of: "\"customers\"")?.lowerBound)
    let horizonOffset = try #require(text.range(of: "\"horizon\"")?.lowerBound)
    #expect(customersOffset < horizonOffset)
    #expect(!text.contains("openingHours"))
    #expect(!text.contains("visitPatterns"))
}
