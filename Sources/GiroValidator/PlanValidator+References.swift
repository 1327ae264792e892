import GiroModel

/// A planned stop together with the territory records it refers to.
struct ResolvedStop {
    /// 0-based position in the route.
    let index: Int
    let stop: PlannedStop
    /// The customer met: the visited customer, or the appointment's customer.
    let customer: Customer?
    let appointment: Appointment?
    /// Location of the service, or nil for an appointment without a location,
    /// which is held wherever the rep is.
    let location: Location?
    /// Service length from the territory, clamped for arithmetic.
    let serviceDuration: Int
    /// Setup that is charged when the rep arrives from another site; zero for
    /// an appointment without a customer.
    let setupWhenCharged: Int
}

extension PlanValidator {
    /// Returns the customer a stop meets: for a known appointment its
    /// customer, which may be nil, and otherwise the stop's own customer id.
    func customerID(visitedBy stop: PlannedStop) -> String? {
        if stop.kind == .appointment, let appointmentID = stop.appointmentID,
            let appointment = appointmentsByID[appointmentID]
        {
            return appointment.customerID
        }
        return stop.customerID
    }

    /// Looks up the customer and appointment of every stop of a route.
    ///
    /// Reports unknown or missing ids, stops whose kind does not match their
    /// ids, customers owned by another rep, and appointment stops with the
    /// wrong customer or rep. Returns one entry per stop, nil where the stop cannot
    /// be resolved.
    ///
    /// - Complexity: O(n) for n stops.
    func resolveStops(of route: DayRoute, into violations: inout [Violation]) -> [ResolvedStop?] {
        route.stops.enumerated().map { index, stop in
            switch stop.kind {
            case .visit:
                return resolveVisit(stop, at: index, of: route, into: &violations)
            case .appointment:
                return resolveAppointment(stop, at: index, of: route, into: &violations)
            }
        }
    }

    private func resolveVisit(
        _ stop: PlannedStop, at index: Int, of route: DayRoute, into violations: inout [Violation]
    ) -> ResolvedStop? {
        func report(_ message: String) {
            violations.append(
                Violation(
                    rule: .consistency, repID: route.repID, date: route.date, stopIndex: index,
                    subjectID: stop.customerID ?? stop.appointmentID, message: message))
        }

        guard let customerID = stop.customerID else {
            report("the visit stop has no customer id")
            return nil
        }

        guard let customer = customersByID[customerID] else {
            report("customer \(customerID) is not in the territory")
            return nil
        }

        if let appointmentID = stop.appointmentID {
            report(
                "the visit stop carries appointment \(appointmentID), but only a stop of kind appointment keeps one")
        }

        checkOwner(of: customer, at: index, of: route, into: &violations)

        return ResolvedStop(
            index: index, stop: stop, customer: customer, appointment: nil, location: customer.location,
            serviceDuration: SafeArithmetic.clamp(customer.visitDuration),
            setupWhenCharged: SafeArithmetic.clamp(customer.setupDuration))
    }

    private func resolveAppointment(
        _ stop: PlannedStop, at index: Int, of route: DayRoute, into violations: inout [Violation]
    ) -> ResolvedStop? {
        func report(_ rule: Violation.Rule, _ message: String) {
            violations.append(
                Violation(
                    rule: rule, repID: route.repID, date: route.date, stopIndex: index,
                    subjectID: stop.appointmentID ?? stop.customerID, message: message))
        }

        guard let appointmentID = stop.appointmentID else {
            report(.consistency, "the appointment stop has no appointment id")
            return nil
        }

        guard let appointment = appointmentsByID[appointmentID] else {
            report(.consistency, "appointment \(appointmentID) is not in the territory")
            return nil
        }

        var customer: Customer?
        if let customerID = appointment.customerID {
            guard let found = customersByID[customerID] else {
                report(
                    .consistency,
                    "appointment \(appointmentID) is with customer \(customerID), who is not in the territory")
                return nil
            }
            customer = found
        }

        if stop.customerID != appointment.customerID {
            let planned = stop.customerID.map { "customer \($0)" } ?? "no customer"
            let expected = appointment.customerID.map { "customer \($0)" } ?? "no customer"
            report(.appointment, "appointment \(appointmentID) is with \(expected), but the stop names \(planned)")
        }

        if let repID = appointment.repID {
            if repID != route.repID {
                report(.appointment, "appointment \(appointmentID) belongs to rep \(repID), not to rep \(route.repID)")
            }
        } else if let customer {
            checkOwner(of: customer, at: index, of: route, into: &violations)
        }

        return ResolvedStop(
            index: index, stop: stop, customer: customer, appointment: appointment,
            location: customer?.location ?? appointment.location,
            serviceDuration: SafeArithmetic.clamp(appointment.duration),
            setupWhenCharged: SafeArithmetic.clamp(customer?.setupDuration ?? 0))
    }

    private func checkOwner(
        of customer: Customer, at index: Int, of route: DayRoute, into violations: inout [Violation]
    ) {
        // A customer without a rep may be visited by any rep.
        guard let repID = customer.repID, repID != route.repID else { return }

        let message: String
        if territory.reps.contains(where: { $0.id == repID }) {
            message = "customer \(customer.id) belongs to rep \(repID), not to rep \(route.repID)"
        } else {
            message = "customer \(customer.id) belongs to rep \(repID), who is not in the territory"
        }
        violations.append(
            Violation(
                rule: .consistency, repID: route.repID, date: route.date, stopIndex: index,
                subjectID: customer.id, message: message))
    }
}
