import Giro

/// The readable summary of a plan: per rep and day the departure, stops,
/// break, return, place of the night away or the horizon's end location,
/// and totals, then the unplanned list and the plan totals.
///
/// Clock times are `HH:MM`, rounded down to the minute; the plan file keeps
/// the seconds.
struct PlanSummary {
    let territory: Territory
    let plan: Plan

    var text: String {
        var lines: [String] = []
        let names = Dictionary(territory.customers.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        for route in plan.routes {
            lines.append("")
            lines.append(contentsOf: routeLines(route, names: names))
        }

        lines.append("")
        if plan.unplanned.isEmpty {
            lines.append("Unplanned: none.")
        } else {
            lines.append("Unplanned (\(plan.unplanned.count)):")
            for item in plan.unplanned {
                lines.append("  \(item.kind.rawValue) \(item.id): \(item.reason.rawValue). \(item.message)")
            }
        }

        let stops = plan.routes.flatMap(\.stops)
        let driving = plan.routes.reduce(0) { $0 + $1.drivingTime }
        let travelled = plan.routes.reduce(0.0) { $0 + $1.distance }
        let working = plan.routes.reduce(0) { $0 + $1.workingTime }
        let nights = plan.routes.filter { route in
            nightPlace(of: route.endLocation, repID: route.repID) != nil && !endsAtHorizonEnd(route)
        }.count
        let nightsText = nights > 0 ? "\(Self.counted(nights, "night")) away; " : ""
        lines.append("")
        lines.append(
            "Total: \(Self.stopCounts(stops)) on \(Self.counted(plan.routes.count, "route day")); "
                + "driving \(minutes(driving)), \(distance(travelled)); working \(minutes(working)); "
                + "\(nightsText)objective \(Int(plan.objective.rounded())).")
        return lines.joined(separator: "\n")
    }

    /// Builds the lines of one route day. A break before departure comes
    /// first, and one after the final arrival comes after the return line.
    private func routeLines(_ route: DayRoute, names: [String: String?]) -> [String] {
        var lines = ["Rep \(route.repID), \(weekdayName(route.date.weekday)) \(route.date)"]
        if let breakTaken = route.breakTaken, breakTaken.placement == .beforeDeparture {
            lines.append(breakLine(breakTaken, where: "before departure"))
        }
        if let place = nightPlace(of: route.startLocation, repID: route.repID) {
            lines.append("  \(Self.clock(route.departure))  depart from \(place), where the night was spent")
        } else {
            lines.append("  \(Self.clock(route.departure))  depart")
        }

        for (index, stop) in route.stops.enumerated() {
            if let breakTaken = route.breakTaken, breakTaken.placement == breakPlacementBefore(stop: index) {
                lines.append(breakLine(breakTaken))
            }
            lines.append(stopLine(stop, names: names))
        }
        if let breakTaken = route.breakTaken,
            breakTaken.placement == .afterStop(route.stops.count - 1)
                || (route.stops.isEmpty && breakTaken.placement == .beforeFirstStop)
        {
            lines.append(breakLine(breakTaken))
        }

        if let place = nightPlace(of: route.endLocation, repID: route.repID), endsAtHorizonEnd(route) {
            lines.append("  \(Self.clock(route.arrival))  arrive at \(place), where the horizon ends")
        } else if let place = nightPlace(of: route.endLocation, repID: route.repID) {
            lines.append("  \(Self.clock(route.arrival))  arrive at \(place) for the night")
        } else {
            lines.append("  \(Self.clock(route.arrival))  return")
        }
        if let breakTaken = route.breakTaken, breakTaken.placement == .afterArrival {
            lines.append(breakLine(breakTaken, where: "after return"))
        }
        lines.append(
            "  \(Self.stopCounts(route.stops)); driving \(minutes(route.drivingTime)), \(distance(route.distance)); "
                + "working \(minutes(route.workingTime)); waiting \(minutes(route.waitingTime))")
        return lines
    }

    /// Returns whether a route ends at the horizon's end location on its
    /// rep's last working day of the horizon, which is no night away.
    private func endsAtHorizonEnd(_ route: DayRoute) -> Bool {
        guard let end = territory.horizon.endLocation, route.endLocation == end,
            let rep = territory.reps.first(where: { $0.id == route.repID })
        else { return false }
        return territory.horizon.dates.last { rep.workingHours(on: $0) != nil } == route.date
    }

    /// Names a place where a night away is spent: a hotel of the rep's
    /// overnight rule, a customer, or its coordinates. Returns nil for the
    /// rep's home, or for any place when the rep is unknown.
    private func nightPlace(of location: Location, repID: String) -> String? {
        guard let rep = territory.reps.first(where: { $0.id == repID }), location != rep.home else { return nil }
        if let hotel = rep.overnightRule?.hotels.first(where: { $0.location == location }) {
            return "hotel \(hotel.id)" + (hotel.name.map { " \($0)" } ?? "")
        }
        if let customer = territory.customers.first(where: { $0.location == location }) {
            return "customer \(customer.id)" + (customer.name.map { " \($0)" } ?? "")
        }
        switch location.coordinate {
        case .planar(let x, let y):
            return "(\(x), \(y))"
        case .geographic(let latitude, let longitude):
            return "(\(latitude), \(longitude))"
        case .none:
            return location.matrixIndex.map { "matrix location \($0)" } ?? "a place away from home"
        }
    }

    private func stopLine(_ stop: PlannedStop, names: [String: String?]) -> String {
        let subject = stop.appointmentID.map { "appointment \($0)" } ?? "visit"
        let customer = stop.customerID.map { id in names[id].flatMap { $0 }.map { "\(id) \($0)" } ?? id }
        var line =
            "  \(Self.clock(stop.serviceStart))–\(Self.clock(stop.serviceEnd))  "
            + "\(subject) \(customer ?? "")".trimmingCharacters(in: .whitespaces)
        if stop.waitingTime > 0 {
            line += " (waits \(minutes(stop.waitingTime)))"
        }
        return line
    }

    /// Counts visits and appointments apart: "8 visits and 1 appointment".
    static func stopCounts(_ stops: [PlannedStop]) -> String {
        let appointments = stops.filter { $0.kind == .appointment }.count
        let visits = stops.count - appointments
        guard appointments > 0 else { return counted(visits, "visit") }
        guard visits > 0 else { return counted(appointments, "appointment") }
        return "\(counted(visits, "visit")) and \(counted(appointments, "appointment"))"
    }

    /// Returns "1 visit" or "2 visits": the count and the noun, in the
    /// plural unless the count is 1.
    static func counted(_ count: Int, _ noun: String) -> String {
        count == 1 ? "1 \(noun)" : "\(count) \(noun)s"
    }

    /// Formats a clock time as `HH:MM`, rounded down to the minute.
    static func clock(_ seconds: Int) -> String {
        let intoMinute = (seconds % 60 + 60) % 60
        return ClockTime.format(seconds - intoMinute)
    }

    private func breakPlacementBefore(stop index: Int) -> PlannedBreak.Placement {
        index == 0 ? .beforeFirstStop : .afterStop(index - 1)
    }

    private func breakLine(_ breakTaken: PlannedBreak, where place: String? = nil) -> String {
        let label = place.map { "break \($0)" } ?? "break"
        return "  \(Self.clock(breakTaken.start))–\(Self.clock(breakTaken.end))  \(label)"
    }

    private func minutes(_ seconds: Int) -> String {
        let total = (seconds + 30) / 60
        return total >= 60 ? "\(total / 60) h \(total % 60) min" : "\(total) min"
    }

    private func distance(_ value: Double) -> String {
        if case .euclidean = territory.travel {
            return "\(Double(Int(value * 100)) / 100) units"
        }
        return "\(Double(Int(value / 100)) / 10) km"
    }

    private func weekdayName(_ weekday: Weekday) -> String {
        ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"][weekday.rawValue - 1]
    }
}
