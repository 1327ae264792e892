import GiroModel

extension PlanValidator {
    /// Checks that each appointment of the territory that may fall inside the
    /// horizon is planned exactly once or listed as unplanned, whatever the
    /// reason.
    ///
    /// The date, window, customer and rep of a planned appointment are checked
    /// with its stop. An appointment that is both planned and listed is
    /// reported by the unplanned-list check.
    ///
    /// - Complexity: O(S + A + U) for S stops, A appointments and U unplanned
    ///   entries.
    func checkAppointmentAccounting(
        _ routes: [DayRoute], unplanned: [UnplannedVisit], into violations: inout [Violation]
    ) {
        var firstStops: [String: (repID: String, date: CalendarDate, stopIndex: Int)] = [:]
        for route in routes {
            for (index, stop) in route.stops.enumerated() where stop.kind == .appointment {
                guard let id = stop.appointmentID, appointmentsByID[id] != nil else { continue }

                guard let first = firstStops[id] else {
                    firstStops[id] = (route.repID, route.date, index)
                    continue
                }
                violations.append(
                    Violation(
                        rule: .appointment, repID: route.repID, date: route.date, stopIndex: index, subjectID: id,
                        message: "appointment \(id) is planned more than once, first at stop \(first.stopIndex) "
                            + "of rep \(first.repID) on \(first.date)"))
            }
        }

        let listed = Set(unplanned.filter { $0.kind == .appointment }.map(\.id))
        var seen: Set<String> = []
        for appointment in territory.appointments where seen.insert(appointment.id).inserted {
            guard firstStops[appointment.id] == nil, !listed.contains(appointment.id),
                appointment.candidateDates().contains(where: territory.horizon.contains)
            else { continue }

            violations.append(
                Violation(
                    rule: .appointment, repID: appointment.repID, subjectID: appointment.id,
                    message: "appointment \(appointment.id) is neither planned nor listed as unplanned"))
        }
    }
}
