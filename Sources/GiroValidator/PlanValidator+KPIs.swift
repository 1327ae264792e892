import GiroModel

extension PlanValidator {
    /// Computes the plan's figures from its reported routes and the
    /// territory, as a manager reads them.
    ///
    /// A customer is due when its due date, the previous visit (or, never
    /// visited, the later of the horizon start and its activation date) plus
    /// its interval, falls within the horizon. Customers already overdue on
    /// the first day count as overdue, not as due. It is visited in time when a
    /// planned stop falls on or before that date. It is overdue at the end
    /// when its last visit, planned or past, plus its interval falls before
    /// the day after the horizon. Call it on a plan that `validate` accepts,
    /// so that the totals it adds up are right.
    ///
    /// - Complexity: O(S log S + C) for S stops and C customers.
    public func kpis(of plan: Plan) -> PlanKPIs {
        let routes = plan.routes.filter { !$0.stops.isEmpty }
        let visits = routes.reduce(0) { $0 + $1.stops.count }
        let drivingTime = routes.reduce(0) { $0 + $1.drivingTime }
        let workingTime = routes.reduce(0) { $0 + $1.workingTime }
        let kilometres = routes.reduce(0.0) { $0 + $1.distance } / 1000
        let nightsAway = nightsAway(in: routes)

        var visitDates: [String: [CalendarDate]] = [:]
        for route in routes {
            for stop in route.stops {
                if let customerID = stop.customerID {
                    visitDates[customerID, default: []].append(route.date)
                }
            }
        }

        var due = 0
        var inTime = 0
        var overdue = 0
        var seen: Set<String> = []
        let horizon = territory.horizon
        for customer in territory.customers where seen.insert(customer.id).inserted {
            guard let interval = customer.cadenceDays, interval > 0 else { continue }
            let previous = territory.previousVisit(of: customer)
            let base = previous ?? max(customer.activationDate ?? horizon.start, horizon.start)
            let dueDate = base.adding(days: interval)
            let dates = (visitDates[customer.id] ?? []).sorted()
            if dueDate >= horizon.start, dueDate < horizon.end {
                due += 1
                if let first = dates.first, first <= dueDate {
                    inTime += 1
                }
            }
            let last = dates.last ?? previous
            if (last ?? base).adding(days: interval) < horizon.end {
                overdue += 1
            }
        }

        return PlanKPIs(
            visits: visits, routeDays: routes.count,
            visitsPerDay: routes.isEmpty ? 0 : Double(visits) / Double(routes.count), drivingTime: drivingTime,
            workingTime: workingTime, drivingShare: workingTime > 0 ? Double(drivingTime) / Double(workingTime) : 0,
            kilometres: kilometres, kilometresPerVisit: visits > 0 ? kilometres / Double(visits) : 0,
            nightsAway: nightsAway, dueCustomers: due, dueCustomersVisitedInTime: inTime,
            cadenceCompliance: due > 0 ? Double(inTime) / Double(due) : 1, overdueAtHorizonEnd: overdue,
            drivingCost: drivingCost(of: plan.routes), cadenceCost: cadenceCost(of: plan.routes),
            nightCost: nightCost(of: plan.routes))
    }
}
