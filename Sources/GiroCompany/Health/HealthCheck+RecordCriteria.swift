import GiroModel

/// Data-quality criteria about records: opening hours, cadence, dates,
/// appointments, references and reps without customers.
extension HealthCheck {
    static let recordRules: [HealthRule] = [
        HealthRule(
            "DQ-08", .dataQuality, .info, title: "No opening hours",
            measures: "Share of a rep's customers whose effective opening hours are the default of open around "
                + "the clock, which usually means that nobody entered them.",
            threshold: 0.5, unit: .share, trigger: .above,
            suggestion: "Enter the opening hours of the listed customers, or set opening hours for the group or "
                + "rep that fit most of them, so that visits are not planned while they are closed.",
            evaluate: { evaluation in
                evaluation.context.profiles.compactMap { profile in
                    guard !profile.customers.isEmpty else { return nil }
                    let flagged = profile.customers.filter { $0.openingHours == .always }.map(\.id)
                    let share = Double(flagged.count) / Double(profile.customers.count)
                    guard evaluation.fires(share) else { return nil }
                    return evaluation.finding(
                        measured: share, customers: flagged, reps: [profile.id],
                        message: "\(HealthText.count(flagged.count, "customer")) of rep \(profile.id) have no "
                            + "opening hours: \(HealthText.list(flagged.sorted())) \(evaluation.comparison(share)).")
                }
            }),

        HealthRule(
            "DQ-09", .dataQuality, .error, title: "Closed on every day",
            measures: "Customers, per rep, whose opening hours have no window on any weekday.",
            threshold: 0, unit: .count, trigger: .above,
            suggestion: "Enter the customers' real opening hours. The planner can never visit a customer that "
                + "is closed every day.",
            evaluate: { evaluation in
                evaluation.countCustomers(problem: "have no opening window on any weekday") { profile, index in
                    profile.customers[index].openingHours.isClosedEveryDay
                }
            }),

        HealthRule(
            "DQ-10", .dataQuality, .warning, title: "Opening windows shorter than the visit",
            measures: "Customers, per rep, whose longest opening window is shorter than their visit duration. "
                + "With `entire` adherence they cannot be visited; with `start` adherence every visit runs past "
                + "closing time.",
            threshold: 0, unit: .count, trigger: .above,
            suggestion: "Check the opening hours and the visit duration of the listed customers; one of them is "
                + "usually entered wrongly.",
            evaluate: { evaluation in
                evaluation.countCustomers(problem: "have no opening window as long as their visit") { profile, index in
                    let customer = profile.customers[index]
                    guard let longest = longestWindow(of: customer.openingHours) else { return false }
                    return longest < customer.visitDuration
                }
            }),

        HealthRule(
            "DQ-11", .dataQuality, .warning, title: "Manual customer without appointments",
            measures: "Customers, per rep, with no cadence (manual customers), no appointment on or after the "
                + "planning start and no reservation. Nothing will ever bring a visit to them.",
            threshold: 0, unit: .count, trigger: .above,
            suggestion: "Give the listed customers a cadence, or book an appointment or a reservation for them; "
                + "delete them if they are no longer customers.",
            evaluate: { evaluation in
                let context = evaluation.context
                return evaluation.countCustomers(problem: "have no cadence, appointment or reservation") { profile, index in
                    let customer = profile.customers[index]
                    return customer.cadenceDays == nil
                        && !context.customersWithUpcomingAppointments.contains(customer.id)
                        && !context.customersWithReservations.contains(customer.id)
                }
            }),

        HealthRule(
            "DQ-12", .dataQuality, .error, title: "Last visit in the future",
            measures: "Customers, per rep, whose last visit date or any visit history entry falls on or after the "
                + "planning start.",
            threshold: 0, unit: .count, trigger: .above,
            suggestion: "Correct the dates: a past visit cannot lie in the future. A date in the future makes the "
                + "planner think the customer was just visited.",
            evaluate: { evaluation in
                let context = evaluation.context
                let start = context.company.planningStart
                return evaluation.countCustomers(problem: "have a visit dated on or after the planning start") { profile, index in
                    let customer = profile.customers[index]
                    if let last = customer.lastVisit, last >= start {
                        return true
                    }
                    return (context.historyByCustomer[customer.id] ?? []).contains { $0.date >= start }
                }
            }),

        HealthRule(
            "DQ-13", .dataQuality, .error, title: "Colliding fixed appointments",
            measures: "Overlap in minutes of two fixed appointments of one rep on the same date, on or after the "
                + "planning start; one finding per overlapping pair.",
            threshold: 0, unit: .minutes, trigger: .above,
            suggestion: "Move one of the two appointments. The planner keeps the one created first and reports "
                + "the other as an appointment conflict.",
            evaluate: { evaluation in
                evaluation.context.profiles.flatMap { profile in
                    appointmentCollisions(evaluation, profile: profile)
                }
            }),

        HealthRule(
            "DQ-14", .dataQuality, .warning, title: "Appointment on a non-working day",
            measures: "Appointments, per rep, that may only take place on dates of the horizon on which the rep "
                + "does not work (a day off or a weekday without working hours).",
            threshold: 0, unit: .count, trigger: .above,
            suggestion: "Move the listed appointments to a working day, or add working hours for that day.",
            evaluate: { evaluation in
                evaluation.context.profiles.compactMap { profile in
                    appointmentsOffWork(evaluation, profile: profile)
                }
            }),

        HealthRule(
            "DQ-15", .dataQuality, .info, title: "Blocked for the whole horizon",
            measures: "Customers, per rep, whose blocks cover every working date of the rep's horizon.",
            threshold: 0, unit: .count, trigger: .above,
            suggestion: "Check the end dates of the listed blocks. A customer closed for a long time can be "
                + "given a later activation date instead.",
            evaluate: { evaluation in
                evaluation.countCustomers(problem: "are blocked on every working day of the horizon") { profile, index in
                    let customer = profile.customers[index]
                    return !profile.workingDates.isEmpty && profile.workingDates.allSatisfy(customer.isBlocked(on:))
                }
            }),

        HealthRule(
            "DQ-16", .dataQuality, .info, title: "Activation date far in the future",
            measures: "Days from the planning start to each customer's activation date; the finding per rep "
                + "lists every customer beyond the threshold and measures the latest.",
            threshold: 365, unit: .days, trigger: .above,
            suggestion: "Check the activation dates of the listed customers; a typing error in the year is "
                + "common.",
            evaluate: { evaluation in
                let start = evaluation.context.company.planningStart
                return evaluation.worstCustomers(problem: "become active long after the planning start") { profile, index in
                    profile.customers[index].activationDate.map { Double($0.days(since: start)) }
                }
            }),

        HealthRule(
            "DQ-17", .dataQuality, .error, title: "Unknown references",
            measures: "References to ids that the company does not contain: customers of an unknown rep, reps of "
                + "an unknown group, and appointments, reservations and past visits of an unknown customer or "
                + "rep. The company scope checks every record; a group or rep scope checks its reps' groups "
                + "and appointments.",
            threshold: 0, unit: .count, trigger: .above,
            suggestion: "Correct the listed ids, or create the missing rep, group or customer. Records with an "
                + "unknown owner are left out of every plan.",
            evaluate: { evaluation in
                unknownReferences(evaluation)
            }),

        HealthRule(
            "DQ-18", .dataQuality, .warning, title: "Rep without customers",
            measures: "Number of customers a rep owns.",
            threshold: 1, unit: .count, trigger: .below,
            suggestion: "Assign customers to the rep by a transfer, or remove the rep if it has left.",
            evaluate: { evaluation in
                evaluation.context.profiles.compactMap { profile in
                    let measured = Double(profile.customers.count)
                    guard evaluation.fires(measured) else { return nil }
                    return evaluation.finding(
                        measured: measured, reps: [profile.id],
                        message: "Rep \(profile.id) owns \(HealthText.count(profile.customers.count, "customer")) "
                            + "(threshold \(evaluation.format(evaluation.threshold))).")
                }
            }),
    ]

    /// Returns the maximum length in seconds of an opening window on any
    /// weekday, or nil when the customer is closed every day.
    static func longestWindow(of hours: WeeklyWindows) -> Int? {
        Weekday.allCases.flatMap { hours[$0] }.map(\.length).max()
    }

    /// Returns one finding per pair of the rep's fixed appointments that
    /// overlap on one date.
    ///
    /// - Complexity: O(a log a + p) for a appointments and p pairs.
    private static func appointmentCollisions(
        _ evaluation: CriterionEvaluation, profile: RepProfile
    ) -> [HealthFinding] {
        var byDate: [CalendarDate: [Appointment]] = [:]
        for appointment in profile.territory.appointments {
            guard case .fixed(let date) = appointment.kind, date >= profile.horizon.start else { continue }
            byDate[date, default: []].append(appointment)
        }

        var findings: [HealthFinding] = []
        for date in byDate.keys.sorted() {
            let day = byDate[date, default: []].sorted { ($0.window.start, $0.id) < ($1.window.start, $1.id) }
            for (position, first) in day.enumerated() {
                let firstEnd = first.window.start + first.duration
                for second in day[(position + 1)...] {
                    guard second.window.start < firstEnd else { break }
                    let overlap = min(firstEnd, second.window.start + second.duration) - second.window.start
                    let minutes = Double(overlap) / 60
                    guard evaluation.fires(minutes) else { continue }

                    let times = [first, second].map { appointment in
                        ClockTime.format(appointment.window.start) + "–"
                            + ClockTime.format(appointment.window.start + appointment.duration)
                    }
                    findings.append(
                        evaluation.finding(
                            measured: minutes, customers: [first.customerID, second.customerID].compactMap { $0 },
                            reps: [profile.id],
                            message: "Fixed appointments \(first.id) (\(times[0])) and \(second.id) (\(times[1])) "
                                + "of rep \(profile.id) on \(date) overlap by \(evaluation.format(minutes))."))
                }
            }
        }
        return findings
    }

    /// Returns the DQ-14 finding of the rep's appointments whose possible
    /// dates in the horizon are all non-working days, or nil.
    private static func appointmentsOffWork(_ evaluation: CriterionEvaluation, profile: RepProfile) -> HealthFinding? {
        let working = Set(profile.workingDates)
        let flagged = profile.territory.appointments.filter { appointment in
            let dates = appointment.candidateDates().filter(profile.horizon.contains)
            return !dates.isEmpty && !dates.contains(where: working.contains)
        }
        let measured = Double(flagged.count)
        guard evaluation.fires(measured) else { return nil }

        return evaluation.finding(
            measured: measured, customers: flagged.compactMap(\.customerID), reps: [profile.id],
            message: "Appointments of rep \(profile.id) that fall on days the rep does not work: "
                + "\(HealthText.list(flagged.map(\.id).sorted())) (\(flagged.count); "
                + "threshold \(evaluation.format(evaluation.threshold))).")
    }

    /// Returns the DQ-17 finding of references to unknown ids in scope, with
    /// one problem per record, or no finding.
    private static func unknownReferences(_ evaluation: CriterionEvaluation) -> [HealthFinding] {
        let company = evaluation.context.company
        let groupIDs = Set(company.groups.map(\.id))
        let repIDs = Set(company.reps.map(\.id))
        let customerIDs = Set(company.customers.map(\.id))

        var problems: [String] = []
        var customers: [String] = []
        var reps: [String] = []
        let repsInScope = evaluation.context.profiles.map(\.companyRep)
        for rep in repsInScope where !groupIDs.contains(rep.groupID) {
            reps.append(rep.id)
            problems.append("rep \(rep.id) belongs to unknown group \(rep.groupID)")
        }

        let appointments: [Appointment]
        if evaluation.context.scope == .company {
            for customer in company.customers where !repIDs.contains(customer.repID) {
                customers.append(customer.id)
                problems.append("customer \(customer.id) belongs to unknown rep \(customer.repID)")
            }
            for reservation in company.reservations where !customerIDs.contains(reservation.customerID) {
                problems.append("reservation \(reservation.id) names unknown customer \(reservation.customerID)")
            }
            for visit in company.visitHistory where !customerIDs.contains(visit.customerID) {
                problems.append("the past visit on \(visit.date) names unknown customer \(visit.customerID)")
            }
            appointments = company.appointments
        } else {
            appointments = evaluation.context.profiles.flatMap(\.territory.appointments)
        }
        for appointment in appointments {
            if let repID = appointment.repID, !repIDs.contains(repID) {
                problems.append("appointment \(appointment.id) names unknown rep \(repID)")
            }
            if let customerID = appointment.customerID, !customerIDs.contains(customerID) {
                problems.append("appointment \(appointment.id) names unknown customer \(customerID)")
            }
        }

        let measured = Double(problems.count)
        guard evaluation.fires(measured) else { return [] }
        let listed = problems.prefix(HealthText.listedIDs).joined(separator: "; ")
        let more = problems.count > HealthText.listedIDs ? "; and \(problems.count - HealthText.listedIDs) more" : ""
        return [
            evaluation.finding(
                measured: measured, customers: customers, reps: reps,
                message: "\(HealthText.count(problems.count, "reference")) to unknown ids: \(listed)\(more).")
        ]
    }
}
