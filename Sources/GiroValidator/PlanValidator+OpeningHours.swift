import GiroModel

extension PlanValidator {
    /// Checks each stop's service against the customer's opening hours or
    /// the appointment's window and dates, and the window the stop reports.
    ///
    /// Bounds are inclusive. With `start` adherence the service starts inside
    /// one opening window of the route's weekday; with `entire` adherence the
    /// whole service lies inside one. An appointment's whole service lies
    /// inside its window, on one of its candidate dates. Setup may begin
    /// before a window opens. A reported window must be the opening window
    /// (or appointment window) that the service uses.
    ///
    /// - Complexity: O(n · w) for n stops and w windows per weekday.
    func checkOpeningHours(of route: DayRoute, stops: [ResolvedStop], into violations: inout [Violation]) {
        for resolved in stops {
            if let appointment = resolved.appointment {
                checkAppointmentWindow(of: resolved, appointment: appointment, in: route, into: &violations)
            } else if let customer = resolved.customer {
                checkOpeningWindows(of: resolved, customer: customer, in: route, into: &violations)
            }
        }
    }

    private func checkOpeningWindows(
        of resolved: ResolvedStop, customer: Customer, in route: DayRoute, into violations: inout [Violation]
    ) {
        func report(_ rule: Violation.Rule, _ message: String) {
            violations.append(
                Violation(
                    rule: rule, repID: route.repID, date: route.date, stopIndex: resolved.index,
                    subjectID: customer.id, message: message))
        }

        let weekday = route.date.weekday
        let windows = customer.openingHours[weekday]
        let start = SafeArithmetic.clamp(resolved.stop.serviceStart)
        let end = start + resolved.serviceDuration

        guard !windows.isEmpty else {
            report(.openingHours, "customer \(customer.id) is closed on \(MessageFormat.weekday(weekday))s")
            return
        }

        let fitting = windows.filter { window in
            switch customer.adherence {
            case .start:
                return window.start <= start && start <= window.end
            case .entire:
                return window.start <= start && end <= window.end
            }
        }

        guard !fitting.isEmpty else {
            report(.openingHours, describeMiss(start: start, end: end, adherence: customer.adherence, windows: windows))
            return
        }

        if let reported = resolved.stop.window, !fitting.contains(reported) {
            report(
                .consistency,
                "reported window \(MessageFormat.window(reported)) is not the opening window used by the service "
                    + "starting \(MessageFormat.clock(start)) (\(MessageFormat.windows(fitting)))")
        }
    }

    private func checkAppointmentWindow(
        of resolved: ResolvedStop, appointment: Appointment, in route: DayRoute, into violations: inout [Violation]
    ) {
        func report(_ rule: Violation.Rule, _ message: String) {
            violations.append(
                Violation(
                    rule: rule, repID: route.repID, date: route.date, stopIndex: resolved.index,
                    subjectID: appointment.id, message: message))
        }

        // The same dates as `Appointment.candidateDates()`, compared without
        // calendar arithmetic on the appointment's date.
        let allowed: String
        let isCandidate: Bool
        switch appointment.kind {
        case .fixed(let date), .onDay(let date):
            allowed = "on \(MessageFormat.date(date))"
            isCandidate = route.date == date
        case .inWeek(let weekStart) where SafeArithmetic.isPlausible(weekStart):
            allowed = "in the week starting \(weekStart.startOfWeek)"
            isCandidate = route.date.startOfWeek == weekStart.startOfWeek
        case .inWeek(let weekStart):
            allowed = "in the week of \(MessageFormat.date(weekStart))"
            isCandidate = false
        }
        if !isCandidate {
            report(.openingHours, "appointment \(appointment.id) takes place \(allowed), not on \(route.date)")
        }

        let start = SafeArithmetic.clamp(resolved.stop.serviceStart)
        let end = start + resolved.serviceDuration
        let window = appointment.window
        if start < window.start || end > window.end {
            report(
                .openingHours,
                "service \(MessageFormat.clock(start))–\(MessageFormat.clock(end)) does not lie inside the "
                    + "appointment window \(MessageFormat.window(window))")
        } else if let reported = resolved.stop.window, reported != window {
            report(
                .consistency,
                "reported window \(MessageFormat.window(reported)) is not the appointment window "
                    + MessageFormat.window(window))
        }
    }

    /// Describes how a service misses every opening window of its day.
    private func describeMiss(start: Int, end: Int, adherence: Adherence, windows: [TimeWindow]) -> String {
        let sorted = windows.sorted { $0.start < $1.start }
        if adherence == .entire {
            return "service \(MessageFormat.clock(start))–\(MessageFormat.clock(end)) does not lie inside one "
                + "opening window (\(MessageFormat.windows(sorted)))"
        }

        if let previous = sorted.last(where: { $0.end < start }) {
            return
                "service starts \(MessageFormat.clock(start)), after the window \(MessageFormat.window(previous)) closes"
        }
        if let next = sorted.first(where: { $0.start > start }) {
            return "service starts \(MessageFormat.clock(start)), before the window \(MessageFormat.window(next)) opens"
        }
        return
            "service starts \(MessageFormat.clock(start)), outside the opening windows \(MessageFormat.windows(sorted))"
    }
}
