import GiroModel

extension PlanValidator {
    /// Checks that each rep's days link up: every route starts where the
    /// previous night was spent and ends at home, unless the rep's overnight
    /// rule allows a night away on that weekday.
    ///
    /// A route starts away from home only when the rep's route of the previous
    /// day ended away and its night was allowed. Otherwise the route starts at
    /// home. On the first day of the horizon a given
    /// start location replaces home, and the departure is not before a given
    /// start time. When the horizon sets an end location, the route of the
    /// rep's last working day of the horizon must end there, and no other
    /// end is accepted on that day. The horizon's start location, start time
    /// and end location apply to every rep.
    ///
    /// - Complexity: O(n log n) for n routes.
    func checkContinuity(_ routes: [DayRoute], into violations: inout [Violation]) {
        for (rep, repRoutes) in routesByKnownRep(routes) {
            var previous: DayRoute?
            for route in repRoutes where route.date != previous?.date {
                checkStart(of: route, after: previous, rep: rep, into: &violations)
                checkEnd(of: route, rep: rep, into: &violations)
                previous = route
            }
        }
    }

    /// Groups routes by rep, in the order each rep first appears, with each
    /// rep's routes in date order. Routes of an unknown rep are left out.
    ///
    /// - Complexity: O(n log n) for n routes.
    func routesByKnownRep(_ routes: [DayRoute]) -> [(rep: Rep, routes: [DayRoute])] {
        var routesByRep: [String: [DayRoute]] = [:]
        var repOrder: [String] = []
        for route in routes {
            if routesByRep[route.repID] == nil {
                repOrder.append(route.repID)
            }
            routesByRep[route.repID, default: []].append(route)
        }

        return repOrder.compactMap { repID in
            guard let rep = repsByID[repID], let repRoutes = routesByRep[repID] else { return nil }
            return (rep, repRoutes.sorted { $0.date < $1.date })
        }
    }

    private func checkStart(of route: DayRoute, after previous: DayRoute?, rep: Rep, into violations: inout [Violation])
    {
        func report(_ message: String) {
            violations.append(Violation(rule: .dayContinuity, repID: route.repID, date: route.date, message: message))
        }

        let horizon = territory.horizon
        let isFirstDay = route.date == horizon.start
        var expected = rep.home
        var origin = "the rep spent the night at home"
        if isFirstDay, let start = horizon.startLocation {
            expected = start
            origin = "the horizon starts"
        } else if let previous, SafeArithmetic.days(from: previous.date, to: route.date) == 1,
            !PlanValidator.isSameSite(previous.endLocation, rep.home), allowsNightAway(after: previous, rep: rep)
        {
            expected = previous.endLocation
            origin = "the rep spent the night of \(previous.date)"
        }

        if !PlanValidator.isSameSite(route.startLocation, expected) {
            report(
                "the route starts at \(MessageFormat.location(route.startLocation)), but \(origin) at "
                    + MessageFormat.location(expected))
        }

        if isFirstDay, let startTime = horizon.startTime, route.departure < startTime {
            report(
                "departs \(MessageFormat.clock(route.departure)), before the horizon's start time "
                    + MessageFormat.clock(startTime))
        }
    }

    private func checkEnd(of route: DayRoute, rep: Rep, into violations: inout [Violation]) {
        if let end = territory.horizon.endLocation, isLastWorkingDay(route.date, of: rep) {
            guard !PlanValidator.isSameSite(route.endLocation, end) else { return }
            violations.append(
                Violation(
                    rule: .dayContinuity, repID: route.repID, date: route.date,
                    message: "the route ends at \(MessageFormat.location(route.endLocation)), but "
                        + "\(MessageFormat.date(route.date)) is rep \(rep.id)'s last working day of the horizon, "
                        + "which ends at the horizon's end location \(MessageFormat.location(end)); end the route there"))
            return
        }

        guard !PlanValidator.isSameSite(route.endLocation, rep.home), !allowsNightAway(after: route, rep: rep) else {
            return
        }

        let weekday = MessageFormat.weekday(route.date.weekday)
        let reason =
            rep.overnightRule == nil
            ? "rep \(rep.id) has no overnight rule"
            : "rep \(rep.id)'s overnight rule does not allow \(weekday) nights away"
        violations.append(
            Violation(
                rule: .dayContinuity, repID: route.repID, date: route.date,
                message: "the route ends at \(MessageFormat.location(route.endLocation)), away from home "
                    + "\(MessageFormat.location(rep.home)), but \(reason)"))
    }

    /// Returns whether the horizon's end location binds the end of `route`:
    /// the horizon sets one and the route falls on its rep's last working day
    /// of the horizon. The overnight checks skip such a route wherever it
    /// ends, because `checkEnd` reports an end elsewhere.
    func isBoundByHorizonEnd(_ route: DayRoute, rep: Rep) -> Bool {
        territory.horizon.endLocation != nil && isLastWorkingDay(route.date, of: rep)
    }

    /// Returns whether `date` is the last date of the horizon on which the
    /// rep has working hours.
    ///
    /// - Complexity: O(7·(d + 1)) for d days off of the rep.
    func isLastWorkingDay(_ date: CalendarDate, of rep: Rep) -> Bool {
        guard isInHorizon(date), rep.workingHours(on: date) != nil else { return false }
        let daysLeft = SafeArithmetic.saturatingDifference(lastHorizonDay, date.daysSinceEpoch)
        guard daysLeft > 0 else { return true }

        // The date's weekday comes back every 7 days, and d days off can take
        // out at most d of its returns. So a horizon that goes on for more
        // than 7·(d + 1) days after the date has a later working day.
        guard daysLeft <= 7 * (rep.daysOff.count + 1) else { return false }
        return (1...daysLeft).allSatisfy { rep.workingHours(on: date.adding(days: $0)) == nil }
    }

    /// Returns whether the rep's overnight rule allows a night away after
    /// `route`. Only the allowed weekdays are checked, not the distance
    /// limits, hotels or night counts.
    private func allowsNightAway(after route: DayRoute, rep: Rep) -> Bool {
        rep.overnightRule?.allowedNights.contains(route.date.weekday) ?? false
    }
}
