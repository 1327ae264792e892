import GiroModel
import GiroTravel

/// One rep's resolved territory with the travel legs, working time and visit
/// dates that the health criteria read.
///
/// Customer arrays are indexed like `customers`. Legs are nil where the home
/// or the customer is not plausible (see `HealthContext.isPlausible`).
struct RepProfile {
    let companyRep: CompanyRep
    /// The rep's territory with every setting resolved, as the planner gets it.
    let territory: Territory
    let homeIsUsable: Bool
    let homeIsPlausible: Bool
    let isUsable: [Bool]
    let isPlausible: [Bool]
    /// Legs from the home to each customer.
    let outbound: [TravelLeg?]
    /// Legs from each customer to the home.
    let inbound: [TravelLeg?]
    /// Leg from each customer to the nearest other plausible customer of the
    /// rep, by road distance.
    let nearestNeighbour: [TravelLeg?]
    /// The plausible customer with the least total road distance to the
    /// rep's other plausible customers: the territory's centre.
    let medoid: Int?
    /// Road distance in metres from the medoid to each customer.
    let distanceFromCentre: [Double?]
    /// Dates of the horizon on which the rep works, in order.
    let workingDates: [CalendarDate]
    /// Seconds the rep can work in the horizon: each working date's hours,
    /// capped by the maximum working time, less the break where it is
    /// required.
    let availableWorkingTime: Int
    /// Maximum length in seconds of a working day over the weekdays, capped by
    /// the maximum working time. Nil when the rep has no working weekday.
    let longestWorkingDay: Int?
    /// Dates of each customer's visits before the planning start: its visit
    /// history and `lastVisit`, sorted and without repeats.
    let visitDates: [[CalendarDate]]

    var id: String { companyRep.id }
    var rep: Rep { territory.reps[0] }
    var customers: [Customer] { territory.customers }
    var horizon: Horizon { territory.horizon }

    /// - Complexity: O(n²) travel legs for n customers, plus O(D) for D
    ///   horizon days and O(h log h) for h past visits of the customers.
    init(
        companyRep: CompanyRep, territory: Territory, travel: TravelModel,
        historyByCustomer: [String: [PastVisit]]
    ) {
        self.companyRep = companyRep
        self.territory = territory
        let rep = territory.reps[0]
        let customers = territory.customers
        let home = rep.home
        homeIsUsable = HealthContext.isUsable(home, travel: travel)
        homeIsPlausible = HealthContext.isPlausible(home, travel: travel)
        isUsable = customers.map { HealthContext.isUsable($0.location, travel: travel) }
        let plausible = customers.map { HealthContext.isPlausible($0.location, travel: travel) }
        isPlausible = plausible

        let homePlausible = homeIsPlausible
        outbound = customers.indices.map { index in
            guard homePlausible, plausible[index] else { return nil }
            return try? travel.leg(from: home, to: customers[index].location)
        }
        inbound = customers.indices.map { index in
            guard homePlausible, plausible[index] else { return nil }
            return try? travel.leg(from: customers[index].location, to: home)
        }

        let centre = RepProfile.centre(of: customers, plausible: plausible, travel: travel)
        nearestNeighbour = centre.nearest
        medoid = centre.medoid
        distanceFromCentre = customers.indices.map { index in
            guard let medoid = centre.medoid, plausible[index] else { return nil }
            return (try? travel.leg(from: customers[medoid].location, to: customers[index].location))?.metres
        }

        workingDates = territory.horizon.dates.filter { rep.workingHours(on: $0) != nil }
        availableWorkingTime = workingDates.reduce(0) { $0 + RepProfile.workingTime(of: rep, on: $1) }
        longestWorkingDay = Weekday.allCases.compactMap { day in
            rep.workingHours[day].map { min($0.length, rep.maximumWorkingTime ?? Int.max) }
        }.max()

        let start = territory.horizon.start
        visitDates = customers.map { customer in
            var dates = Set((historyByCustomer[customer.id] ?? []).map(\.date).filter { $0 < start })
            if let last = customer.lastVisit, last < start {
                dates.insert(last)
            }
            return dates.sorted()
        }
    }

    /// Driving time of a leg for this rep, whose speed factor divides every
    /// driving time; rounded up to whole seconds like the planner does.
    func drivingTime(_ leg: TravelLeg) -> Int {
        // A tiny or invalid factor is capped like the travel matrix caps it.
        let scaled = (Double(leg.seconds) / rep.speedFactor).rounded(.up)
        return scaled.isFinite && scaled < TravelModel.longestLeg ? Int(scaled) : Int(TravelModel.longestLeg)
    }

    /// Driving time from home to a customer and back, or nil when either
    /// location is not plausible.
    func roundTrip(_ index: Int) -> Int? {
        guard let out = outbound[index], let back = inbound[index] else { return nil }
        return drivingTime(out) + drivingTime(back)
    }

    /// Service and setup of one visit of a customer, in seconds.
    func visitTime(_ index: Int) -> Int {
        customers[index].visitDuration + customers[index].setupDuration
    }

    /// Returns whether the visit and the drive from home and back take longer
    /// than `longestWorkingDay`, while the visit alone fits it.
    func isBeyondDayTrip(_ index: Int) -> Bool {
        guard let day = longestWorkingDay, let trip = roundTrip(index) else { return false }
        return visitTime(index) <= day && trip + visitTime(index) > day
    }

    /// Returns whether a visit of the customer fits both an opening window and
    /// the rep's working hours on some weekday, ignoring driving and setup.
    ///
    /// With `start` adherence the service starts inside the opening window
    /// and ends by the end of the working day. With `entire` adherence the
    /// whole service lies inside both windows.
    func fitsWorkingHours(_ index: Int) -> Bool {
        let customer = customers[index]
        for day in Weekday.allCases {
            guard let work = rep.workingHours[day] else { continue }
            for window in customer.openingHours[day] {
                let earliestStart = max(work.start, window.start)
                let latestStart: Int
                switch customer.adherence {
                case .start: latestStart = min(window.end, work.end - customer.visitDuration)
                case .entire: latestStart = min(window.end, work.end) - customer.visitDuration
                }
                if earliestStart <= latestStart {
                    return true
                }
            }
        }
        return false
    }

    /// Returns whether the rep can leave home at the start of some working weekday,
    /// reach the customer inside one of its service start windows, and be
    /// back by the end of that working day. The break and the maximum
    /// working time are ignored.
    func reachesOpeningHours(_ index: Int) -> Bool {
        guard let out = outbound[index], let back = inbound[index] else { return false }
        let customer = customers[index]
        for day in Weekday.allCases {
            guard let work = rep.workingHours[day] else { continue }
            let ready = work.start + drivingTime(out) + customer.setupDuration
            for window in customer.serviceStartWindows(on: day) where ready <= window.end {
                let serviceStart = max(ready, window.start)
                if serviceStart + customer.visitDuration + drivingTime(back) <= work.end {
                    return true
                }
            }
        }
        return false
    }

    /// Expected service and setup time in seconds that the horizon needs:
    /// each cadence customer's visit time times horizon days over its
    /// cadence, plus the duration of each appointment that may fall in the
    /// horizon.
    var serviceDemand: Double {
        var demand = 0.0
        for (index, customer) in customers.enumerated() {
            guard let cadence = customer.cadenceDays, cadence > 0 else { continue }
            demand += Double(visitTime(index)) * Double(horizon.days) / Double(cadence)
        }
        for appointment in territory.appointments
        where appointment.candidateDates().contains(where: horizon.contains) {
            demand += Double(appointment.duration)
        }
        return demand
    }

    /// Working seconds of one date: its hours capped by the maximum working
    /// time, less the break when the day spans the break's frame.
    static func workingTime(of rep: Rep, on date: CalendarDate) -> Int {
        guard let window = rep.workingHours(on: date) else { return 0 }
        var seconds = min(window.length, rep.maximumWorkingTime ?? Int.max)
        if let rule = rep.breakRule, window.start < rule.frame.start + rule.duration,
            window.end > rule.frame.end - rule.duration
        {
            seconds -= rule.duration
        }
        return max(0, seconds)
    }

    /// Nearest neighbours and the medoid of the plausible customers.
    ///
    /// - Complexity: O(n²) legs for n plausible customers.
    private static func centre(
        of customers: [Customer], plausible: [Bool], travel: TravelModel
    ) -> (nearest: [TravelLeg?], medoid: Int?) {
        let indices = customers.indices.filter { plausible[$0] }
        var nearest = [TravelLeg?](repeating: nil, count: customers.count)
        var medoid: Int?
        var smallestSum = Double.infinity

        for from in indices {
            var sum = 0.0
            for to in indices where to != from {
                guard let leg = try? travel.leg(from: customers[from].location, to: customers[to].location) else {
                    continue
                }
                sum += leg.metres
                if nearest[from].map({ leg.metres < $0.metres }) ?? true {
                    nearest[from] = leg
                }
            }
            if sum < smallestSum {
                smallestSum = sum
                medoid = from
            }
        }
        return (nearest, medoid)
    }
}
