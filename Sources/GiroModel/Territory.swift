/// Everything the planner needs for one territory: reps, customers,
/// appointments, reservations, visit history, the horizon and the travel
/// model.
public struct Territory: Hashable, Sendable {
    public var name: String?
    public var horizon: Horizon
    public var travel: TravelSpecification
    public var settings: PlanningSettings
    public var reps: [Rep]
    public var customers: [Customer]
    public var appointments: [Appointment]
    public var reservations: [Reservation]
    public var visitHistory: [PastVisit]

    public init(
        name: String? = nil,
        horizon: Horizon,
        travel: TravelSpecification = .road(.standard),
        settings: PlanningSettings = PlanningSettings(),
        reps: [Rep],
        customers: [Customer],
        appointments: [Appointment] = [],
        reservations: [Reservation] = [],
        visitHistory: [PastVisit] = []
    ) {
        self.name = name
        self.horizon = horizon
        self.travel = travel
        self.settings = settings
        self.reps = reps
        self.customers = customers
        self.appointments = appointments
        self.reservations = reservations
        self.visitHistory = visitHistory
    }

    /// Returns the rep who owns `customer`: its `repID`, or the only rep when the
    /// territory has one. Nil when the owner is missing or unknown.
    public func owner(of customer: Customer) -> Rep? {
        if let repID = customer.repID {
            return reps.first { $0.id == repID }
        }
        return reps.count == 1 ? reps[0] : nil
    }

    /// Whether the plan starts during the first day, from `horizon.startTime`,
    /// so that what happened earlier that day is kept.
    public var isReplanning: Bool {
        horizon.startTime != nil
    }

    /// Returns the rep's break rule on `date`. On the first day of a re-plan
    /// the frame opens no earlier than `horizon.startTime`, because a break
    /// cannot be planned in the past, and when no break fits after that time
    /// the day has none.
    public func breakRule(of rep: Rep, on date: CalendarDate) -> BreakRule? {
        guard let rule = rep.breakRule else { return nil }
        guard let time = horizon.startTime, date == horizon.start, time > rule.frame.start else { return rule }
        guard time <= rule.latestStart else { return nil }
        return BreakRule(frame: TimeWindow(start: time, end: rule.frame.end), duration: rule.duration)
    }

    /// Returns whether the visit history logs a visit of the customer on the
    /// first day of a re-plan: a visit already done, which fulfils the
    /// customer's reservation.
    public func isVisitedBeforeReplan(customerID: String) -> Bool {
        isReplanning && visitHistory.contains { $0.customerID == customerID && $0.date == horizon.start }
    }

    /// Returns whether `rep` may visit `customer`: it owns the customer, or the
    /// customer has no owner.
    public func mayVisit(_ customer: Customer, by rep: Rep) -> Bool {
        customer.repID.map { $0 == rep.id } ?? true
    }

    /// Returns the date of the latest visit done before the plan starts: the
    /// later of the customer's `lastVisit` and its visit history. When
    /// re-planning during the first day (`horizon.startTime` set), visits
    /// logged on that day count as done. Nil when never visited.
    public func previousVisit(of customer: Customer) -> CalendarDate? {
        var latest = customer.lastVisit
        let cutoff = isReplanning ? horizon.start.adding(days: 1) : horizon.start
        for visit in visitHistory where visit.customerID == customer.id && visit.date < cutoff {
            if let current = latest, current >= visit.date {
                continue
            }
            latest = visit.date
        }
        return latest
    }

    /// Returns the customer's `dueAfter` fraction, or the territory default.
    public func dueAfter(of customer: Customer) -> Double {
        customer.dueAfter ?? settings.dueAfter
    }
}
