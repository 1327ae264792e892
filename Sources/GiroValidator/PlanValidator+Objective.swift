import GiroModel

extension PlanValidator {
    /// Computes the objective of a plan from its routes' reported totals
    /// and visit dates, as `checkObjective` defines it, for plans made by
    /// other solvers that report no objective of their own.
    ///
    /// - Complexity: O(S log S + C) for S stops and C customers.
    public func objective(of plan: Plan) -> Double {
        objective(of: plan.routes)
    }

    private func objective(of routes: [DayRoute]) -> Double {
        drivingCost(of: routes) + nightCost(of: routes) + cadenceCost(of: routes)
    }

    /// Computes the night term: the territory's night cost times the nights
    /// away (see `nightsAway(in:)`).
    func nightCost(of routes: [DayRoute]) -> Double {
        Double(nightsAway(in: routes)) * territory.settings.nightCost
    }

    /// Counts the routes that end away from their rep's home site, except a
    /// route of the rep's last working day that ends at the horizon's end
    /// location: there a trip goes on past the horizon, and the night is not
    /// one of the horizon. A route of an unknown rep counts none.
    func nightsAway(in routes: [DayRoute]) -> Int {
        routes.filter { route in
            guard let rep = repsByID[route.repID], !PlanValidator.isSameSite(route.endLocation, rep.home) else {
                return false
            }
            return !endsAtHorizonEnd(route, rep: rep)
        }.count
    }

    /// Returns whether a route falls on its rep's last working day of the
    /// horizon and ends at the horizon's end location.
    private func endsAtHorizonEnd(_ route: DayRoute, rep: Rep) -> Bool {
        guard let end = territory.horizon.endLocation, PlanValidator.isSameSite(route.endLocation, end) else {
            return false
        }
        return isLastWorkingDay(route.date, of: rep)
    }

    /// Computes the driving term: the territory's weights times each route's driving
    /// time, distance and count.
    func drivingCost(of routes: [DayRoute]) -> Double {
        let settings = territory.settings
        var total = 0.0
        for route in routes {
            total += settings.drivingTimeWeight * Double(route.drivingTime)
            total += settings.distanceWeight * route.distance + settings.routeWeight
        }
        return total
    }

    /// Computes the cadence term: the cadence weight times, for every customer with a
    /// cadence, `priority × (days / interval)²` over its timeline's segments.
    func cadenceCost(of routes: [DayRoute]) -> Double {
        var visitDates: [String: [CalendarDate]] = [:]
        for route in routes {
            for stop in route.stops {
                if let customerID = stop.customerID {
                    visitDates[customerID, default: []].append(route.date)
                }
            }
        }

        var cadence = 0.0
        for customer in territory.customers {
            guard let interval = customer.cadenceDays, interval > 0 else { continue }

            var segmentStart: CalendarDate
            if let previous = territory.previousVisit(of: customer) {
                segmentStart = previous
            } else {
                segmentStart = max(customer.activationDate ?? territory.horizon.start, territory.horizon.start)
            }
            var dates = (visitDates[customer.id] ?? []).sorted()
            dates.append(territory.horizon.end)
            for date in dates {
                // Doubles keep absurd dates from overflowing.
                let days = max(0, Double(date.daysSinceEpoch) - Double(segmentStart.daysSinceEpoch))
                cadence += customer.priority * (days / Double(interval)) * (days / Double(interval))
                segmentStart = date
            }
        }
        return territory.settings.cadenceWeight * cadence
    }

    /// Checks the plan's objective against its definition: the territory's
    /// weights times each route's driving time, distance and count, plus the
    /// night cost times the nights away, plus the cadence weight times, for every customer with a cadence,
    /// `priority × (days / interval)²` summed over the segments of its
    /// timeline. A timeline runs from the previous visit (or, for a customer
    /// never visited, the later of the horizon start and its activation date)
    /// through the dates of its planned stops to the day after the horizon.
    ///
    /// Route totals are taken as reported; the consistency check compares
    /// them with the recomputed ones. The comparison allows a relative error
    /// of 10⁻⁹ for the order of floating-point sums.
    ///
    /// - Complexity: O(S log S + C) for S stops and C customers.
    func checkObjective(of plan: Plan, routes: [DayRoute], into violations: inout [Violation]) {
        let expected = objective(of: routes)
        let tolerance = 1e-9 * max(1, abs(expected))
        guard plan.objective.isFinite, abs(plan.objective - expected) <= tolerance else {
            violations.append(
                Violation(
                    rule: .objective,
                    message: "reported objective \(plan.objective) differs from the recomputed \(expected)"))
            return
        }
    }
}
