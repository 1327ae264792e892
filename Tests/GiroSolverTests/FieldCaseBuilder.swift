import Giro

/// Clock time from hours and minutes, in seconds.
func clock(_ hours: Int, _ minutes: Int) -> Int { hours * 3600 + minutes * 60 }

/// Minutes to seconds.
func minutes(_ value: Int) -> Int { value * 60 }

/// Monday 2026-12-07, the first day of every small test horizon.
let monday = CalendarDate(year: 2026, month: 12, day: 7)!

/// Small territories in the style of the hand-checked field cases:
/// coordinates in minutes of driving, so one unit of distance is one minute.
struct FieldCaseBuilder {
    var days = 1
    var hours = WorkingHours.weekdays(TimeWindow(start: clock(8, 0), end: clock(18, 0)))
    var maximumWorkingMinutes: Int?
    var breakRule: BreakRule?
    var overnightRule: OvernightRule?
    /// The horizon's end location; nil to end the last day at home.
    var endLocation: Location?
    var settings = PlanningSettings()
    var customers: [Customer] = []
    var appointments: [Appointment] = []
    var reservations: [Reservation] = []

    /// Adds a customer that must be visited (through a reservation).
    mutating func required(
        _ id: String, x: Double, y: Double, service: Int, setup: Int = 0, windows: [(Int, Int)]? = nil
    ) {
        add(id, x: x, y: y, service: service, setup: setup, windows: windows)
        reservations.append(Reservation(id: "R-\(id)", customerID: id))
    }

    /// Adds a customer without a reservation or cadence, for appointments.
    mutating func add(
        _ id: String, x: Double, y: Double, service: Int, setup: Int = 0, windows: [(Int, Int)]? = nil,
        cadenceDays: Int? = nil, lastVisit: CalendarDate? = nil, priority: Double = 1
    ) {
        let opening = windows.map { list in
            WeeklyWindows.everyDay(list.map { TimeWindow(start: $0.0, end: $0.1) })
        }
        customers.append(
            Customer(
                id: id, location: .planar(x: x, y: y), visitDuration: minutes(service), setupDuration: minutes(setup),
                openingHours: opening ?? .always, cadenceDays: cadenceDays, lastVisit: lastVisit, priority: priority))
    }

    var territory: Territory {
        let rep = Rep(
            id: "rep", home: .planar(x: 0, y: 0), workingHours: hours,
            maximumWorkingTime: maximumWorkingMinutes.map(minutes), breakRule: breakRule, overnightRule: overnightRule)
        return Territory(
            name: "field case", horizon: Horizon(start: monday, days: days, endLocation: endLocation),
            travel: .euclidean(EuclideanParameters(secondsPerUnit: 60)), settings: settings, reps: [rep],
            customers: customers,
            appointments: appointments, reservations: reservations)
    }

    /// Plans the territory and checks the plan with the validator.
    func plan() throws -> Plan {
        let territory = self.territory
        let plan = try Planner(territory: territory).plan()
        let report = try PlanValidator(territory: territory).validate(plan)
        guard report.isValid else {
            throw ValidationFailure(report: report)
        }
        return plan
    }
}

struct ValidationFailure: Error, CustomStringConvertible {
    var report: ValidationReport
    var description: String { report.description }
}

extension Plan {
    /// Customer ids in visiting order, per route.
    var customerSequences: [[String]] {
        routes.map { $0.stops.compactMap(\.customerID) }
    }

    func stop(of customerID: String) -> PlannedStop? {
        routes.lazy.flatMap(\.stops).first { $0.customerID == customerID }
    }
}
