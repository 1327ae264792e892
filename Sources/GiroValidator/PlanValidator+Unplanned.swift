import GiroModel

extension PlanValidator {
    /// Checks that nothing due or required is dropped silently, and that the
    /// unplanned list is sound.
    ///
    /// Every customer with a cadence that falls due on or before the last day
    /// of the horizon, and every reservation, must be planned or listed as
    /// unplanned. A customer is due at its previous visit plus its cadence.
    /// One never visited is due one cadence after the horizon start, or after
    /// its activation date when that is later. A customer with k reservations
    /// and m planned stops has its first min(k, m) reservations (in territory
    /// order) fulfilled. Every unplanned entry needs a non-empty message and
    /// an id of its kind that exists in the territory, and must not also be
    /// planned. Appointments are accounted for by the appointment check.
    ///
    /// - Complexity: O(S + C + V + U) for S stops, C customers, V reservations
    ///   and U unplanned entries.
    func checkUnplannedReporting(
        _ routes: [DayRoute], unplanned: [UnplannedVisit], into violations: inout [Violation]
    ) {
        var plannedStops: [String: Int] = [:]
        var plannedAppointments: Set<String> = []
        for route in routes {
            for stop in route.stops {
                if let customerID = customerID(visitedBy: stop) {
                    plannedStops[customerID, default: 0] += 1
                }
                if stop.kind == .appointment, let appointmentID = stop.appointmentID {
                    plannedAppointments.insert(appointmentID)
                }
            }
        }
        let fulfilledReservations = fulfilledReservations(plannedStops: plannedStops)

        var listed: [UnplannedVisit.Kind: Set<String>] = [:]
        for entry in unplanned {
            guard listed[entry.kind, default: []].insert(entry.id).inserted else {
                violations.append(
                    Violation(
                        rule: .unplannedReporting, repID: entry.repID, subjectID: entry.id,
                        message: "\(entry.kind.rawValue) \(entry.id) is listed as unplanned more than once"))
                continue
            }
            checkEntry(
                entry, plannedStops: plannedStops, plannedAppointments: plannedAppointments,
                fulfilledReservations: fulfilledReservations, into: &violations)
        }

        checkDueCustomers(plannedStops: plannedStops, listed: listed[.customer] ?? [], into: &violations)

        var seen: Set<String> = []
        for reservation in territory.reservations where seen.insert(reservation.id).inserted {
            guard !fulfilledReservations.contains(reservation.id),
                !(listed[.reservation] ?? []).contains(reservation.id)
            else { continue }

            violations.append(
                Violation(
                    rule: .unplannedReporting, repID: ownerID(ofCustomer: reservation.customerID),
                    subjectID: reservation.id,
                    message: "reservation \(reservation.id) for customer \(reservation.customerID) is neither planned "
                        + "nor listed as unplanned"))
        }
    }

    private func checkEntry(
        _ entry: UnplannedVisit, plannedStops: [String: Int], plannedAppointments: Set<String>,
        fulfilledReservations: Set<String>, into violations: inout [Violation]
    ) {
        func report(_ rule: Violation.Rule, _ message: String) {
            violations.append(Violation(rule: rule, repID: entry.repID, subjectID: entry.id, message: message))
        }

        let label = "unplanned \(entry.kind.rawValue) \(entry.id)"
        if entry.message.allSatisfy(\.isWhitespace) {
            report(.unplannedReporting, "\(label) (reason \(entry.reason.rawValue)) has an empty message")
        }

        let isKnown: Bool
        let isPlanned: Bool
        switch entry.kind {
        case .customer:
            isKnown = customersByID[entry.id] != nil
            isPlanned = plannedStops[entry.id] != nil
        case .reservation:
            isKnown = reservationsByID[entry.id] != nil
            isPlanned = fulfilledReservations.contains(entry.id)
        case .appointment:
            isKnown = appointmentsByID[entry.id] != nil
            isPlanned = plannedAppointments.contains(entry.id)
        }

        if !isKnown {
            report(.consistency, "\(label) is not in the territory")
        }

        if isPlanned {
            report(.unplannedReporting, "\(label) (reason \(entry.reason.rawValue)) is also planned")
        }
    }

    private func checkDueCustomers(plannedStops: [String: Int], listed: Set<String>, into violations: inout [Violation])
    {
        let horizonStart = territory.horizon.start
        var seen: Set<String> = []
        for customer in territory.customers where seen.insert(customer.id).inserted {
            guard let cadence = customer.cadenceDays, cadence > 0 else { continue }
            guard plannedStops[customer.id] == nil, !listed.contains(customer.id) else { continue }

            var base = horizonStart
            var basis = "never visited, counted from \(MessageFormat.date(horizonStart))"
            if let previous = territory.previousVisit(of: customer) {
                base = previous
                basis = "previous visit \(MessageFormat.date(previous))"
            } else if let activation = customer.activationDate, activation > horizonStart {
                base = activation
                basis = "never visited, active from \(MessageFormat.date(activation))"
            }

            let dueDay = SafeArithmetic.saturatingSum(base.daysSinceEpoch, cadence)
            guard dueDay <= lastHorizonDay else { continue }

            let dueDate = CalendarDate(daysSinceEpoch: dueDay)
            violations.append(
                Violation(
                    rule: .unplannedReporting, repID: territory.owner(of: customer)?.id, subjectID: customer.id,
                    message: "customer \(customer.id) is due on \(MessageFormat.date(dueDate)) (\(basis), cadence "
                        + "\(cadence) days) but is neither planned nor listed as unplanned"))
        }
    }

    /// Returns the ids of the reservations that planned stops fulfil, or a
    /// visit logged as done on the first day of a re-plan.
    private func fulfilledReservations(plannedStops: [String: Int]) -> Set<String> {
        var remaining = plannedStops
        for visit in territory.visitHistory where territory.isReplanning && visit.date == territory.horizon.start {
            remaining[visit.customerID, default: 0] += 1
        }
        var fulfilled: Set<String> = []
        var seen: Set<String> = []
        for reservation in territory.reservations where seen.insert(reservation.id).inserted {
            guard let count = remaining[reservation.customerID], count > 0 else { continue }

            remaining[reservation.customerID] = count - 1
            fulfilled.insert(reservation.id)
        }
        return fulfilled
    }

    private func ownerID(ofCustomer id: String) -> String? {
        customersByID[id].flatMap { territory.owner(of: $0)?.id }
    }
}
