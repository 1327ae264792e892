import GiroModel

extension PlanValidator {
    /// Checks every night spent away from home against the rep's overnight
    /// rule, beyond the allowed weekday that `checkContinuity` checks.
    ///
    /// A night away after a route requires three things. The way home from
    /// the route's last stop meets each minimum the rule sets (distance and
    /// driving time). The rep works on the next calendar day and has a route
    /// then. The night is spent at a hotel of the rule within
    /// `maximumDriveToHotel` of the last stop, by the rep's driving time, or
    /// at the last stop when no hotel is in reach. Under `HotelChoice.nearest`
    /// it must be the nearest such hotel (the first listed among equally near
    /// ones), and under `HotelChoice.anyInReach` any of them will do. The
    /// nights in a row and the nights of one ISO week stay within the rule's
    /// limits. A night at home is any route end at the rep's home site.
    ///
    /// When the horizon sets an end location, the route of the rep's last
    /// working day ends no night away, so none of this applies to it and it
    /// does not count towards the limits. `checkContinuity` checks where it
    /// ends.
    ///
    /// - Complexity: O(n log n + n·H) for n routes and H hotels per rule,
    ///   plus up to H + 1 travel model legs per night away.
    func checkOvernightStays(_ routes: [DayRoute], into violations: inout [Violation]) {
        for (rep, repRoutes) in routesByKnownRep(routes) {
            guard let rule = rep.overnightRule else { continue }
            let routeDates = Set(repRoutes.map(\.date))
            var dates = Set<CalendarDate>()
            var nights: [CalendarDate] = []
            for route in repRoutes where dates.insert(route.date).inserted {
                guard !PlanValidator.isSameSite(route.endLocation, rep.home), !isBoundByHorizonEnd(route, rep: rep)
                else { continue }
                nights.append(route.date)
                // A night on a weekday the rule does not allow is reported by
                // the continuity check, which names the weekday.
                guard rule.allowedNights.contains(route.date.weekday) else { continue }
                checkNextDay(after: route, rep: rep, routeDates: routeDates, into: &violations)
                checkNightPlace(of: route, rep: rep, rule: rule, into: &violations)
            }
            checkNightLimits(nights, rep: rep, rule: rule, into: &violations)
        }
    }

    /// Reports a night away that no working day with a route follows.
    private func checkNextDay(
        after route: DayRoute, rep: Rep, routeDates: Set<CalendarDate>, into violations: inout [Violation]
    ) {
        let next = route.date.adding(days: 1)
        let night = "the night of \(MessageFormat.date(route.date)) is spent away from home"
        if rep.workingHours(on: next) == nil {
            violations.append(
                Violation(
                    rule: .overnightStay, repID: route.repID, date: route.date,
                    message: "\(night), but \(MessageFormat.date(next)) is not a working day of rep \(rep.id); "
                        + "end the route at home"))
        } else if !routeDates.contains(next) {
            violations.append(
                Violation(
                    rule: .overnightStay, repID: route.repID, date: route.date,
                    message: "\(night), but the plan has no route of rep \(rep.id) on \(MessageFormat.date(next)) "
                        + "that starts there; end the route at home or plan the next day"))
        }
    }

    /// Reports a night away after a last stop too near home, or at another
    /// place than the rule allows.
    private func checkNightPlace(of route: DayRoute, rep: Rep, rule: OvernightRule, into violations: inout [Violation]) {
        func report(_ message: String) {
            violations.append(
                Violation(rule: .overnightStay, repID: route.repID, date: route.date, message: message))
        }

        let lastStop = lastStopLocation(of: route)
        guard let homeward = try? drive(from: lastStop, to: rep.home, speedFactor: rep.speedFactor) else { return }
        let night = "the night of \(MessageFormat.date(route.date)) is spent away from home"
        if let minimum = rule.minimumDistanceFromHome, homeward.distance < minimum {
            report(
                "\(night), but the way home from the last stop at \(MessageFormat.location(lastStop)) is "
                    + "\(MessageFormat.number(homeward.distance)) m, under the rule's minimum of "
                    + "\(MessageFormat.number(minimum)) m; end the route at home")
        }
        if let minimum = rule.minimumDrivingTimeFromHome, homeward.seconds < minimum {
            report(
                "\(night), but the way home from the last stop at \(MessageFormat.location(lastStop)) takes "
                    + "\(MessageFormat.duration(homeward.seconds)), under the rule's minimum of "
                    + "\(MessageFormat.duration(minimum)); end the route at home")
        }

        if let message = nightPlaceProblem(of: route, lastStop: lastStop, rep: rep, rule: rule) {
            report(message)
        }
    }

    /// Returns what is wrong with the place where the night after `route` is
    /// spent, or nil when the rule allows it.
    private func nightPlaceProblem(of route: DayRoute, lastStop: Location, rep: Rep, rule: OvernightRule) -> String? {
        let place = MessageFormat.location(route.endLocation)
        let night = "the night of \(MessageFormat.date(route.date)) is spent at \(place)"
        let reach = MessageFormat.duration(rule.maximumDriveToHotel)

        // Hotels in reach, in the rule's order, so that the first of equally
        // near ones comes first.
        var inReach: [(hotel: Hotel, seconds: Int)] = []
        for hotel in rule.hotels {
            guard let leg = try? drive(from: lastStop, to: hotel.location, speedFactor: rep.speedFactor),
                leg.seconds <= rule.maximumDriveToHotel
            else { continue }
            inReach.append((hotel, leg.seconds))
        }

        guard let nearest = inReach.min(by: { $0.seconds < $1.seconds }) else {
            guard !PlanValidator.isSameSite(route.endLocation, lastStop) else { return nil }
            return "\(night), but no hotel of the rule is within \(reach) of the last stop, so the night must be "
                + "spent at the last stop at \(MessageFormat.location(lastStop))"
        }
        let nearestText =
            "\(nearest.hotel.id) at \(MessageFormat.location(nearest.hotel.location)), "
            + "\(MessageFormat.duration(nearest.seconds)) away"

        switch rule.hotelChoice {
        case .nearest:
            guard !PlanValidator.isSameSite(route.endLocation, nearest.hotel.location) else { return nil }
            return "\(night), but the nearest hotel within \(reach) of the last stop is \(nearestText); "
                + "end the route there"
        case .anyInReach:
            guard !inReach.contains(where: { PlanValidator.isSameSite(route.endLocation, $0.hotel.location) }) else {
                return nil
            }
            if let hotel = rule.hotels.first(where: { PlanValidator.isSameSite(route.endLocation, $0.location) }) {
                return "\(night), hotel \(hotel.id), which is not within \(reach) of the last stop at "
                    + "\(MessageFormat.location(lastStop)); end the route at a hotel in reach, such as \(nearestText)"
            }
            return "\(night), which is not a hotel of the rule; end the route at a hotel within \(reach) of the last "
                + "stop, such as \(nearestText)"
        }
    }

    /// Returns where the rep is after a route's last stop: the location of
    /// the last stop that has one, or the start location.
    private func lastStopLocation(of route: DayRoute) -> Location {
        for stop in route.stops.reversed() {
            if let id = stop.appointmentID, let appointment = appointmentsByID[id] {
                if let location = appointment.location {
                    return location
                }
                if let customerID = appointment.customerID, let customer = customersByID[customerID] {
                    return customer.location
                }
                continue
            }
            if let id = stop.customerID, let customer = customersByID[id] {
                return customer.location
            }
        }
        return route.startLocation
    }

    /// Reports nights away beyond the rule's limits in a row and per ISO
    /// week, once on each night that exceeds a limit.
    ///
    /// - Parameters:
    ///   - nights: the dates of the rep's nights away, ascending.
    private func checkNightLimits(
        _ nights: [CalendarDate], rep: Rep, rule: OvernightRule, into violations: inout [Violation]
    ) {
        if let maximum = rule.maximumConsecutiveNights {
            var inRow = 0
            var previous: CalendarDate?
            for night in nights {
                inRow = previous.map { night.days(since: $0) == 1 } == true ? inRow + 1 : 1
                previous = night
                guard inRow > maximum else { continue }
                violations.append(
                    Violation(
                        rule: .overnightStay, repID: rep.id, date: night,
                        message: "the night of \(MessageFormat.date(night)) is night \(inRow) away in a row, "
                            + "above the rule's maximum of \(maximum); end one of these days at home"))
            }
        }

        if let maximum = rule.maximumNightsPerWeek {
            var inWeek: [CalendarDate: Int] = [:]
            for night in nights {
                let week = night.startOfWeek
                inWeek[week, default: 0] += 1
                guard let count = inWeek[week], count > maximum else { continue }
                violations.append(
                    Violation(
                        rule: .overnightStay, repID: rep.id, date: night,
                        message: "the night of \(MessageFormat.date(night)) is night \(count) away in the week of "
                            + "\(MessageFormat.date(week)), above the rule's maximum of \(maximum) a week; end one "
                            + "of these days at home"))
            }
        }
    }
}
