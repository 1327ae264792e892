import Giro

/// Companies for the health-check tests.
///
/// The base company has no finding at all. Group north has reps A (home
/// 45.50 N, 9.60 E) and B (home 45.50 N, 9.90 E, 23 km east). Group south
/// has rep C (home 44.90 N, 9.60 E). Each rep has four customers, X-1 to
/// X-4, 1.1 km apart on a north-south line 1 to 5 km from its home. Every
/// customer is open on weekdays 08:00–18:00 (a company setting), has the
/// default cadence of 28 days and timed past visits 78, 50 and 22 days
/// before the planning start, Monday 2026-12-07. Users: `admin`,
/// `boss-north` (supervisor of north) and `rep-A` (the rep A).
enum HealthFixture {
    static let start = CalendarDate(year: 2026, month: 12, day: 7)!
    static let homes: [(id: String, group: String, latitude: Double, longitude: Double)] = [
        ("A", "north", 45.50, 9.60), ("B", "north", 45.50, 9.90), ("C", "south", 44.90, 9.60),
    ]
    static let weekdayHours = WeeklyWindows([
        .monday: [window("08:00", "18:00")], .tuesday: [window("08:00", "18:00")],
        .wednesday: [window("08:00", "18:00")], .thursday: [window("08:00", "18:00")],
        .friday: [window("08:00", "18:00")],
    ])
    static let travel = try! TravelModel(specification: .road(.standard))

    static func base() -> Company {
        var reps: [CompanyRep] = []
        var customers: [CompanyCustomer] = []
        var history: [PastVisit] = []
        for home in homes {
            reps.append(
                CompanyRep(
                    id: home.id, groupID: home.group,
                    home: .geographic(latitude: home.latitude, longitude: home.longitude)))
            for number in 1...4 {
                let id = "\(home.id)-\(number)"
                customers.append(
                    CompanyCustomer(
                        id: id, name: "Shop \(id)", repID: home.id,
                        location: .geographic(latitude: home.latitude + 0.01 * Double(number), longitude: home.longitude + 0.01),
                        lastVisit: start.adding(days: -22)))
                for days in [78, 50, 22] {
                    history.append(PastVisit(customerID: id, date: start.adding(days: -days), time: 10 * 3600))
                }
            }
        }
        let users = [
            User(id: "admin", role: .admin),
            User(id: "boss-north", role: .supervisor, groupIDs: ["north"]),
            User(id: "rep-A", role: .rep, repID: "A"),
        ]
        return Company(
            name: "Health", planningStart: start,
            settings: SettingsLayer(values: [.openingHours: .windows(weekdayHours)]),
            groups: [RepGroup(id: "north"), RepGroup(id: "south")], reps: reps, customers: customers,
            visitHistory: history, users: users)
    }

    /// Returns the base company changed by `change`.
    static func company(_ change: (inout Company) -> Void) -> Company {
        var company = base()
        change(&company)
        return company
    }

    static func window(_ start: String, _ end: String) -> TimeWindow {
        TimeWindow(start: ClockTime.parse(start)!, end: ClockTime.parse(end)!)
    }

    /// Returns the same windows on Monday to Friday.
    static func weekdays(_ windows: [TimeWindow]) -> WeeklyWindows {
        WeeklyWindows([.monday: windows, .tuesday: windows, .wednesday: windows, .thursday: windows, .friday: windows])
    }

    /// Road leg of the standard road model.
    static func leg(_ from: Location, _ to: Location) -> TravelLeg {
        try! travel.leg(from: from, to: to)
    }

    /// Road distance in km of the standard road model.
    static func kilometres(_ from: Location, _ to: Location) -> Double {
        leg(from, to).metres / 1000
    }

    static func location(_ latitude: Double, _ longitude: Double) -> Location {
        .geographic(latitude: latitude, longitude: longitude)
    }
}

extension Company {
    /// Changes one customer in place; the customer must exist.
    mutating func updateCustomer(_ id: String, _ change: (inout CompanyCustomer) -> Void) {
        let index = customers.firstIndex { $0.id == id }!
        change(&customers[index])
    }

    /// Changes one rep in place; the rep must exist.
    mutating func updateRep(_ id: String, _ change: (inout CompanyRep) -> Void) {
        let index = reps.firstIndex { $0.id == id }!
        change(&reps[index])
    }

    /// Replaces a customer's visit history and last visit with visits the
    /// given numbers of days before the planning start, at 10:00.
    mutating func setVisits(of customerID: String, daysBefore days: [Int], timed: Bool = true) {
        visitHistory.removeAll { $0.customerID == customerID }
        for day in days {
            visitHistory.append(
                PastVisit(customerID: customerID, date: planningStart.adding(days: -day), time: timed ? 36_000 : nil))
        }
        let last = days.min().map { planningStart.adding(days: -$0) }
        updateCustomer(customerID) { customer in
            customer.lastVisit = last
        }
    }

    /// Location of a customer; the customer must exist.
    func location(of customerID: String) -> Location {
        customer(id: customerID)!.location
    }

    /// Home of a rep; the rep must exist.
    func home(of repID: String) -> Location {
        rep(id: repID)!.home
    }
}
