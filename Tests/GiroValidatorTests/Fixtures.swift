import GiroModel
import GiroValidator

// Small territories and hand-written plans for the validator tests. Locations
// are planar with 60 seconds of driving per unit, so one unit of distance is
// one minute, and every distance is a whole number (3-4-5 triangles).

/// Seconds after midnight of a clock time such as "09:30". Text that does not
/// parse gives -1, which makes every check that uses it fail.
func clock(_ text: String) -> Int {
    ClockTime.parse(text) ?? -1
}

/// Seconds in a number of minutes.
func minutes(_ count: Int) -> Int {
    count * 60
}

/// Returns the date of an ISO text such as "2026-03-02"; 1970-01-01 if it does not
/// parse, which no test expects.
func day(_ text: String) -> CalendarDate {
    CalendarDate(iso: text) ?? CalendarDate(daysSinceEpoch: 0)
}

/// Makes a window between two clock times given as text.
func window(_ start: String, _ end: String) -> TimeWindow {
    TimeWindow(start: clock(start), end: clock(end))
}

func point(_ x: Double, _ y: Double) -> Location {
    .planar(x: x, y: y)
}

/// Monday, the first day of every one-day horizon below.
let monday = day("2026-03-02")
let home = point(0, 0)
let euclideanMinutes = TravelSpecification.euclidean(EuclideanParameters(secondsPerUnit: 60))

/// Makes rep r1 with one set of working hours on Monday to Friday.
func makeRep(
    hours: TimeWindow, maximumWorkingTime: Int? = nil, breakRule: BreakRule? = nil,
    overnightRule: OvernightRule? = nil, capacity: Double? = nil
) -> Rep {
    Rep(
        id: "r1", home: home, workingHours: .weekdays(hours), maximumWorkingTime: maximumWorkingTime,
        breakRule: breakRule, overnightRule: overnightRule, capacity: capacity)
}

/// Makes a customer with a 7-day cadence, never visited unless `lastVisit`
/// is given.
func makeCustomer(
    _ id: String, at location: Location, service: Int, setup: Int = 0, windows: [TimeWindow]? = nil,
    adherence: Adherence = .start, cadenceDays: Int? = 7, lastVisit: CalendarDate? = nil, demand: Double = 0
) -> Customer {
    Customer(
        id: id, location: location, visitDuration: minutes(service), setupDuration: minutes(setup),
        openingHours: windows.map { WeeklyWindows.everyDay($0) } ?? .always, adherence: adherence,
        cadenceDays: cadenceDays, lastVisit: lastVisit, demand: demand)
}

func makeTerritory(
    rep: Rep, customers: [Customer], appointments: [Appointment] = [], reservations: [Reservation] = [],
    horizon: Horizon = Horizon(start: monday, days: 1)
) -> Territory {
    Territory(
        horizon: horizon, travel: euclideanMinutes, reps: [rep], customers: customers,
        appointments: appointments, reservations: reservations)
}

/// Makes a visit stop with its times as clock texts and durations in minutes.
func visitStop(
    _ customerID: String, arrival: String, waiting: Int = 0, setup: Int = 0, start: String, end: String,
    window: TimeWindow? = nil
) -> PlannedStop {
    PlannedStop(
        kind: .visit, customerID: customerID, arrival: clock(arrival), waitingTime: minutes(waiting),
        setupDuration: minutes(setup), serviceStart: clock(start), serviceEnd: clock(end), window: window)
}

/// Makes an appointment stop with its times as clock texts and durations in
/// minutes.
func appointmentStop(
    _ appointmentID: String, customerID: String? = nil, arrival: String, waiting: Int = 0, setup: Int = 0,
    start: String, end: String
) -> PlannedStop {
    PlannedStop(
        kind: .appointment, customerID: customerID, appointmentID: appointmentID, arrival: clock(arrival),
        waitingTime: minutes(waiting), setupDuration: minutes(setup), serviceStart: clock(start),
        serviceEnd: clock(end), window: nil)
}

/// Makes a route of rep r1, by default a round trip from home on Monday, with
/// totals in minutes and distance units.
func makeRoute(
    date: CalendarDate = monday, departure: String, stops: [PlannedStop], breakTaken: PlannedBreak? = nil,
    arrival: String, driving: Int, distance: Double, working: Int, waiting: Int, load: Double = 0,
    start: Location = home, end: Location = home
) -> DayRoute {
    DayRoute(
        repID: "r1", date: date, startLocation: start, departure: clock(departure), stops: stops,
        breakTaken: breakTaken, endLocation: end, arrival: clock(arrival), drivingTime: minutes(driving),
        distance: distance, workingTime: minutes(working), waitingTime: minutes(waiting), load: load)
}

/// Makes a plan whose objective is the one its routes imply, so that tests of
/// other rules see no objective violation.
func makePlan(_ territory: Territory, routes: [DayRoute], unplanned: [UnplannedVisit] = []) -> Plan {
    Plan(horizon: territory.horizon, routes: routes, unplanned: unplanned, objective: objective(of: routes, in: territory))
}

/// Computes the objective of routes, written out plainly as a test oracle: driving
/// weights times route totals, plus the night cost for each route that ends
/// away from home, plus the cadence weight times
/// `priority × (segment days / interval)²` over each customer's timeline.
/// A route that ends at the horizon's end location with no working day of
/// rep r1 after it in the horizon ends no night away.
func objective(of routes: [DayRoute], in territory: Territory) -> Double {
    let settings = territory.settings
    var total = routes.reduce(0.0) {
        $0 + settings.drivingTimeWeight * Double($1.drivingTime) + settings.distanceWeight * $1.distance
            + settings.routeWeight
    }
    for route in routes where route.endLocation != home {
        let laterWorkingDays = territory.horizon.dates.filter { date in
            date > route.date && territory.reps[0].workingHours(on: date) != nil
        }
        if route.endLocation == territory.horizon.endLocation, laterWorkingDays.isEmpty {
            continue
        }
        total += settings.nightCost
    }
    for customer in territory.customers {
        guard let interval = customer.cadenceDays else { continue }
        let visits = routes.filter { $0.stops.contains { $0.customerID == customer.id } }.map(\.date).sorted()
        var previous = territory.previousVisit(of: customer) ?? territory.horizon.start
        for date in visits + [territory.horizon.end] {
            let ratio = (Double(date.daysSinceEpoch) - Double(previous.daysSinceEpoch)) / Double(interval)
            total += settings.cadenceWeight * customer.priority * ratio * ratio
            previous = date
        }
    }
    return total
}

/// Validates a plan; a territory whose travel model cannot be built gives a
/// report with one made-up violation, so that the test fails.
func validate(_ plan: Plan, in territory: Territory) -> ValidationReport {
    do {
        return try PlanValidator(territory: territory).validate(plan)
    } catch {
        return ValidationReport(violations: [
            Violation(rule: .consistency, message: "the travel model could not be built: \(error)")
        ])
    }
}

/// Makes a break rule from a frame's clock texts and a length in minutes.
func makeBreakRule(_ start: String, _ end: String, minutes length: Int) -> BreakRule {
    BreakRule(frame: window(start, end), duration: minutes(length))
}

func makeBreak(_ start: String, _ end: String, _ placement: PlannedBreak.Placement) -> PlannedBreak {
    PlannedBreak(start: clock(start), end: clock(end), placement: placement)
}

// MARK: - Field cases with a hand-checked valid plan

/// Break frame opening at a tight visit's deadline: A, then B in its
/// 11:05–11:20 window, then the break on the way home.
enum BreakAfterTightVisit {
    static let territory = makeTerritory(
        rep: makeRep(hours: window("08:00", "16:00"), breakRule: makeBreakRule("11:20", "14:30", minutes: 30)),
        customers: [
            makeCustomer("A", at: point(-18, -24), service: 15),
            makeCustomer("B", at: point(18, 24), service: 15, windows: [window("11:05", "11:20")]),
        ])

    static let route = makeRoute(
        departure: "09:20",
        stops: [
            visitStop("A", arrival: "09:50", start: "09:50", end: "10:05"),
            visitStop("B", arrival: "11:05", start: "11:05", end: "11:20", window: window("11:05", "11:20")),
        ],
        breakTaken: makeBreak("11:20", "11:50", .afterStop(1)),
        arrival: "12:20", driving: 120, distance: 120, working: 180, waiting: 0)
}

/// A 30-minute lunch that must lie inside 12:00–13:00, between C1 (window
/// 11:30–12:15) and C2 (window 12:40–13:30).
enum LunchInsideFrame {
    static let customers = [
        makeCustomer("C1", at: point(9, 12), service: 30, windows: [window("11:30", "12:15")]),
        makeCustomer("C2", at: point(12, 16), service: 30, windows: [window("12:40", "13:30")]),
    ]

    static let territory = makeTerritory(
        rep: makeRep(hours: window("08:00", "17:00"), breakRule: makeBreakRule("12:00", "13:00", minutes: 30)),
        customers: customers)

    /// Leave 11:15; C1 11:30–12:00; break 12:00–12:30 on the road; C2
    /// arrives 12:35 and waits until 12:40; home 13:30.
    static let route = makeRoute(
        departure: "11:15",
        stops: [
            visitStop("C1", arrival: "11:30", start: "11:30", end: "12:00"),
            visitStop("C2", arrival: "12:35", waiting: 5, start: "12:40", end: "13:10"),
        ],
        breakTaken: makeBreak("12:00", "12:30", .afterStop(0)),
        arrival: "13:30", driving: 40, distance: 40, working: 135, waiting: 5)

    /// C1 12:15–12:45, then the break 12:45–13:15, which ends after the frame.
    static let lateRoute = makeRoute(
        departure: "12:00",
        stops: [
            visitStop("C1", arrival: "12:15", start: "12:15", end: "12:45"),
            visitStop("C2", arrival: "13:20", start: "13:20", end: "13:50"),
        ],
        breakTaken: makeBreak("12:45", "13:15", .afterStop(0)),
        arrival: "14:10", driving: 40, distance: 40, working: 130, waiting: 0)
}

/// Waiting counts as working time: C1 at 08:30, a 125-minute wait, C3 at
/// 11:00, with a maximum working time of 200 minutes.
enum WaitingInWorkingTime {
    static func territory(maximumWorkingTime: Int = minutes(200)) -> Territory {
        makeTerritory(
            rep: makeRep(hours: window("08:00", "18:00"), maximumWorkingTime: maximumWorkingTime),
            customers: [
                makeCustomer("C1", at: point(6, 8), service: 15, windows: [window("08:00", "08:30")]),
                makeCustomer("C3", at: point(12, 16), service: 15, windows: [window("11:00", "11:30")]),
            ])
    }

    static let route = makeRoute(
        departure: "08:20",
        stops: [
            visitStop("C1", arrival: "08:30", start: "08:30", end: "08:45"),
            visitStop("C3", arrival: "08:55", waiting: 125, start: "11:00", end: "11:15"),
        ],
        arrival: "11:35", driving: 40, distance: 40, working: 195, waiting: 125)
}

/// Four long visits on a line; only three fit the 08:00–16:00 shift, and the
/// overdue C4 is listed as unplanned.
enum ServiceInWorkingTime {
    static let lastVisit = day("2026-02-20")

    static func territory(hours: TimeWindow = window("08:00", "16:00")) -> Territory {
        makeTerritory(
            rep: makeRep(hours: hours),
            customers: [
                makeCustomer("C1", at: point(15, 0), service: 120, lastVisit: lastVisit),
                makeCustomer("C2", at: point(30, 0), service: 120, lastVisit: lastVisit),
                makeCustomer("C3", at: point(45, 0), service: 120, lastVisit: lastVisit),
                makeCustomer("C4", at: point(60, 0), service: 120, lastVisit: lastVisit),
            ])
    }

    static let route = makeRoute(
        departure: "08:00",
        stops: [
            visitStop("C1", arrival: "08:15", start: "08:15", end: "10:15"),
            visitStop("C2", arrival: "10:30", start: "10:30", end: "12:30"),
            visitStop("C3", arrival: "12:45", start: "12:45", end: "14:45"),
        ],
        arrival: "15:30", driving: 90, distance: 90, working: 450, waiting: 0)

    static let unplannedC4 = UnplannedVisit(
        kind: .customer, id: "C4", repID: "r1", reason: .noTimeLeft,
        message: "C4 does not fit: the shift ends at 16:00 and the maximum working time is reached")
}

/// Two visits at one address: setup is charged once, and C2 starts exactly
/// at its window's end.
enum SharedAddress {
    static let site = point(12, 16)

    static func customers(demand: Double = 0) -> [Customer] {
        [
            makeCustomer("C1", at: site, service: 20, setup: 10, windows: [window("10:00", "10:20")], demand: demand),
            makeCustomer("C2", at: site, service: 20, setup: 10, windows: [window("10:00", "10:20")], demand: demand),
        ]
    }

    static let territory = makeTerritory(rep: makeRep(hours: window("08:00", "17:00")), customers: customers())

    static let c1 = visitStop(
        "C1", arrival: "09:50", setup: 10, start: "10:00", end: "10:20", window: window("10:00", "10:20"))
    static let c2 = visitStop(
        "C2", arrival: "10:20", start: "10:20", end: "10:40", window: window("10:00", "10:20"))

    static let route = makeRoute(
        departure: "09:30", stops: [c1, c2], arrival: "11:00", driving: 40, distance: 40, working: 90, waiting: 0)
}
