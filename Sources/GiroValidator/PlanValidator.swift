import GiroModel
import GiroTravel

/// Checks a plan against its territory, independently of the solver.
///
/// The validator computes no schedule of its own. It takes the decisions a plan
/// reports (departure, service starts, the break's start and placement) and
/// recomputes every derived time and total from the territory: arrivals,
/// setup, waiting, service ends, final arrival, driving time, distance,
/// working time and load. It then checks each rule of `Violation.Rule`.
///
/// The validator never traps on plan content: unknown ids, out-of-range
/// placements, negative or huge times and travel errors all become violations.
/// It does not check the territory itself beyond what a plan refers to.
public struct PlanValidator: Sendable {
    public let territory: Territory
    let travel: TravelModel
    let repsByID: [String: Rep]
    let customersByID: [String: Customer]
    let appointmentsByID: [String: Appointment]
    let reservationsByID: [String: Reservation]

    /// Prepares the lookup tables and the travel model. When the territory
    /// repeats an id, the first record with it is used.
    ///
    /// - Throws: `TravelError.invalidParameters` when the territory's travel
    ///   specification cannot be turned into a travel model.
    /// - Complexity: O(R + C + A + V) for R reps, C customers, A appointments
    ///   and V reservations.
    public init(territory: Territory) throws(TravelError) {
        self.territory = territory
        self.travel = try TravelModel(specification: territory.travel)
        self.repsByID = PlanValidator.index(territory.reps)
        self.customersByID = PlanValidator.index(territory.customers)
        self.appointmentsByID = PlanValidator.index(territory.appointments)
        self.reservationsByID = PlanValidator.index(territory.reservations)
    }

    /// Checks every rule and returns all violations found.
    ///
    /// Route-level findings come first, in the order of `plan.routes`, then
    /// the findings that span routes: duplicate routes, continuity, cadence,
    /// visit patterns, appointments and the unplanned list.
    ///
    /// - Complexity: O(S log S + C + A + V) for S stops in the plan, plus one
    ///   travel model leg per stop and per appointment stop.
    public func validate(_ plan: Plan) -> ValidationReport {
        var violations: [Violation] = []

        checkHorizon(of: plan, into: &violations)

        // A date millions of years away would overflow the model's calendar
        // arithmetic, so such a route is reported once and left out.
        var routes: [DayRoute] = []
        for route in plan.routes {
            guard SafeArithmetic.isPlausible(route.date) else {
                violations.append(
                    Violation(
                        rule: .consistency, repID: route.repID,
                        message: "route date \(MessageFormat.date(route.date)) is invalid, so the route is not checked")
                )
                continue
            }
            routes.append(route)
            checkRoute(route, into: &violations)
        }

        checkRouteUniqueness(routes, into: &violations)
        checkContinuity(routes, into: &violations)
        checkOvernightStays(routes, into: &violations)
        checkCadence(routes, into: &violations)
        checkVisitPatterns(routes, unplanned: plan.unplanned, into: &violations)
        checkAppointmentAccounting(routes, unplanned: plan.unplanned, into: &violations)
        checkUnplannedReporting(routes, unplanned: plan.unplanned, into: &violations)
        checkObjective(of: plan, routes: routes, into: &violations)
        checkReasons(plan.unplanned, into: &violations)

        return ValidationReport(violations: violations)
    }

    /// Runs every check that concerns one route alone.
    func checkRoute(_ route: DayRoute, into violations: inout [Violation]) {
        checkDate(of: route, into: &violations)

        guard let rep = repsByID[route.repID] else {
            violations.append(
                Violation(
                    rule: .consistency, repID: route.repID, date: route.date,
                    message: "rep \(route.repID) is not in the territory"))
            return
        }

        // Timing needs every stop's location and duration, so a route with an
        // unknown id gets only the checks that look at one stop at a time.
        let resolved = resolveStops(of: route, into: &violations)
        let known = resolved.compactMap { $0 }
        var timing: RouteTiming?
        if known.count == resolved.count {
            timing = computeTiming(of: route, stops: known, rep: rep, into: &violations)
        }

        if let timing {
            compareTimes(of: route, stops: known, timing: timing, into: &violations)
            checkBreak(of: route, rep: rep, stops: known, timing: timing, into: &violations)
        }

        checkWorkingDay(of: route, rep: rep, finalArrival: timing?.finalArrival, into: &violations)
        checkOpeningHours(of: route, stops: known, into: &violations)
        checkBlockedDates(of: route, stops: known, into: &violations)
        checkCapacity(of: route, rep: rep, stops: known, into: &violations)
    }

    /// Reports a plan whose horizon differs from the territory's. Every other
    /// check uses the territory's horizon.
    func checkHorizon(of plan: Plan, into violations: inout [Violation]) {
        let expected = territory.horizon
        guard plan.horizon != expected else { return }

        violations.append(
            Violation(
                rule: .consistency,
                message: "the plan's horizon (\(describe(plan.horizon))) differs from the territory's "
                    + "(\(describe(expected)))"))
    }

    /// Reports a route dated outside the horizon or without stops.
    func checkDate(of route: DayRoute, into violations: inout [Violation]) {
        if !isInHorizon(route.date) {
            let horizon = territory.horizon
            let lastDay = CalendarDate(daysSinceEpoch: lastHorizonDay)
            violations.append(
                Violation(
                    rule: .consistency, repID: route.repID, date: route.date,
                    message: "route date \(MessageFormat.date(route.date)) lies outside the horizon "
                        + "\(MessageFormat.date(horizon.start)) to \(MessageFormat.date(lastDay))"))
        }

        if route.stops.isEmpty {
            violations.append(
                Violation(
                    rule: .consistency, repID: route.repID, date: route.date,
                    message: "the route has no stops, but a day without visits must have no route"))
        }
    }

    /// The last day of the territory's horizon, in days since 1970-01-01.
    var lastHorizonDay: Int {
        let horizon = territory.horizon
        return SafeArithmetic.saturatingSum(
            horizon.start.daysSinceEpoch, SafeArithmetic.saturatingDifference(horizon.days, 1))
    }

    /// Returns whether a date lies in the territory's horizon.
    func isInHorizon(_ date: CalendarDate) -> Bool {
        territory.horizon.start <= date && date.daysSinceEpoch <= lastHorizonDay
    }

    /// Reports every second route of one rep on one date.
    ///
    /// - Complexity: O(n) for n routes.
    func checkRouteUniqueness(_ routes: [DayRoute], into violations: inout [Violation]) {
        var seen: Set<RouteKey> = []
        for route in routes {
            let key = RouteKey(repID: route.repID, date: route.date)
            guard seen.insert(key).inserted else {
                violations.append(
                    Violation(
                        rule: .consistency, repID: route.repID, date: route.date,
                        message: "rep \(route.repID) has more than one route on \(MessageFormat.date(route.date))"))
                continue
            }
        }
    }

    private func describe(_ horizon: Horizon) -> String {
        var text = "\(MessageFormat.date(horizon.start)), \(horizon.days) days"
        if let location = horizon.startLocation {
            text += ", starting at \(MessageFormat.location(location))"
        }
        if let time = horizon.startTime {
            text += " from \(MessageFormat.clock(time))"
        }
        if let location = horizon.endLocation {
            text += ", ending at \(MessageFormat.location(location))"
        }
        return text
    }

    private static func index<Element: Identifiable>(_ elements: [Element]) -> [String: Element]
    where Element.ID == String {
        var table: [String: Element] = [:]
        for element in elements where table[element.id] == nil {
            table[element.id] = element
        }
        return table
    }
}

/// A rep and a date, the key under which a plan may hold one route.
struct RouteKey: Hashable {
    var repID: String
    var date: CalendarDate
}
