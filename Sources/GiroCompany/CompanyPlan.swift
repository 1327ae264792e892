import GiroModel

/// The plans of every rep of a company, with figures per rep and per group.
public struct CompanyPlan: Sendable {
    public let company: Company
    /// One entry per planned rep, in the company's rep order.
    public let plans: [RepPlan]

    /// Whether the validator accepted every rep's plan.
    public var isValid: Bool { plans.allSatisfy(\.validation.isValid) }

    /// Figures of each rep, in rep order.
    public var repFigures: [PlanFigures] {
        plans.map { PlanFigures(plans: [$0], name: $0.repID) }
    }

    /// Figures of each group that has a planned rep, in group order.
    public var groupFigures: [PlanFigures] {
        company.groups.compactMap { group in
            let members = plans.filter { company.rep(id: $0.repID)?.groupID == group.id }
            return members.isEmpty ? nil : PlanFigures(plans: members, name: group.id)
        }
    }

    /// Figures of the whole company.
    public var companyFigures: PlanFigures {
        PlanFigures(plans: plans, name: company.name ?? "company")
    }
}

/// Key figures of one or more reps' plans.
public struct PlanFigures: Hashable, Sendable {
    public var name: String
    public var reps: Int
    public var routeDays: Int
    public var visits: Int
    public var unplanned: Int
    /// Customers whose due date falls inside the horizon.
    public var dueCustomers: Int
    /// Of those, the customers whose first planned visit is on or before the
    /// due date.
    public var dueVisitedInTime: Int
    /// Seconds of driving.
    public var drivingTime: Int
    /// Seconds from departure to return, summed over days.
    public var workingTime: Int
    /// Metres (instance units for planar territories).
    public var distance: Double

    /// Share of due customers visited by their due date; 1 when none is due.
    public var cadenceCompliance: Double {
        dueCustomers == 0 ? 1 : Double(dueVisitedInTime) / Double(dueCustomers)
    }

    /// Share of working time spent driving.
    public var drivingShare: Double {
        workingTime == 0 ? 0 : Double(drivingTime) / Double(workingTime)
    }

    /// Sums the figures of `plans` under `name`. Cadence compliance counts
    /// the customers whose due date falls inside the horizon, and of those the
    /// ones whose first planned visit is on or before that date. Customers
    /// already overdue at the horizon start are not due within it, so they
    /// count in neither.
    public init(plans: [RepPlan], name: String) {
        self.name = name
        reps = plans.count
        routeDays = plans.reduce(0) { $0 + $1.plan.routes.count }
        visits = plans.reduce(0) { $0 + $1.plan.visitCount }
        unplanned = plans.reduce(0) { $0 + $1.plan.unplanned.count }
        drivingTime = plans.reduce(0) { $0 + $1.plan.routes.reduce(0) { $0 + $1.drivingTime } }
        workingTime = plans.reduce(0) { $0 + $1.plan.routes.reduce(0) { $0 + $1.workingTime } }
        distance = plans.reduce(0) { $0 + $1.plan.routes.reduce(0) { $0 + $1.distance } }

        var due = 0
        var inTime = 0
        for repPlan in plans {
            let territory = repPlan.territory
            var visitDates: [String: CalendarDate] = [:]
            for route in repPlan.plan.routes {
                for stop in route.stops {
                    guard let id = stop.customerID else { continue }
                    visitDates[id] = min(visitDates[id] ?? route.date, route.date)
                }
            }
            for customer in territory.customers {
                guard let interval = customer.cadenceDays else { continue }
                let previous = territory.previousVisit(of: customer) ?? territory.horizon.start
                let dueDate = previous.adding(days: interval)
                guard territory.horizon.contains(dueDate) else { continue }
                due += 1
                if let visited = visitDates[customer.id], visited <= dueDate {
                    inTime += 1
                }
            }
        }
        dueCustomers = due
        dueVisitedInTime = inTime
    }
}
