import GiroModel

extension PlanValidator {
    /// Reports visits on a date inside one of the customer's blocks or before
    /// its activation date. Appointment stops are exempt, because the
    /// appointment's date was agreed with the customer.
    ///
    /// The rep's days off are checked with the working day, because a route
    /// on such a day is wrong whatever it visits.
    ///
    /// - Complexity: O(n · b) for n stops and b blocks per customer.
    func checkBlockedDates(of route: DayRoute, stops: [ResolvedStop], into violations: inout [Violation]) {
        for resolved in stops where resolved.stop.kind == .visit {
            guard let customer = resolved.customer else { continue }

            func report(_ message: String) {
                violations.append(
                    Violation(
                        rule: .blockedDate, repID: route.repID, date: route.date, stopIndex: resolved.index,
                        subjectID: customer.id, message: message))
            }

            if let block = customer.blocks.first(where: { $0.contains(route.date) }) {
                report(
                    "customer \(customer.id) is blocked from \(MessageFormat.date(block.first)) to "
                        + "\(MessageFormat.date(block.last)), which includes \(route.date)")
            }

            if let activation = customer.activationDate, route.date < activation {
                report(
                    "customer \(customer.id) is active only from \(MessageFormat.date(activation)), after \(route.date)"
                )
            }
        }
    }
}
