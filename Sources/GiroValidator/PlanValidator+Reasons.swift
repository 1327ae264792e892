import GiroModel

extension PlanValidator {
    /// Checks that the reason of an unplanned customer does not contradict
    /// the territory.
    ///
    /// Only reasons that the input alone can disprove are checked. `blocked`
    /// needs a horizon day that is blocked, before the customer's activation
    /// date, or not a working day of a rep who may visit it. `notYetEligible`
    /// needs a horizon day on which the cadence does not yet allow a visit. NOTE: `noTimeLeft`, `closedOnEveryDay` and the other
    /// reasons depend on the rest of the plan and the travel times, and are
    /// not checked.
    ///
    /// - Complexity: O(U·D·R) for U unplanned entries, D horizon days and R
    ///   reps.
    func checkReasons(_ unplanned: [UnplannedVisit], into violations: inout [Violation]) {
        for entry in unplanned where entry.kind == .customer {
            guard let customer = customersByID[entry.id] else { continue }
            let dates = territory.horizon.dates

            switch entry.reason {
            case .blocked:
                let reps = territory.reps.filter { territory.mayVisit(customer, by: $0) }
                let anyBlockedDay = dates.contains { date in
                    customer.isBlocked(on: date) || (customer.activationDate.map { date < $0 } ?? false)
                        || reps.contains { $0.workingHours(on: date) == nil }
                }
                guard !anyBlockedDay else { continue }
                violations.append(
                    Violation(
                        rule: .unplannedReporting, repID: entry.repID, subjectID: entry.id,
                        message: "customer \(entry.id) is listed as blocked, but no day of the horizon is blocked, "
                            + "before its activation date or a day off"))

            case .notYetEligible:
                guard let interval = customer.cadenceDays, interval > 0,
                    let previous = territory.previousVisit(of: customer)
                else { continue }
                let dueAfter = territory.dueAfter(of: customer)
                let everyDayEligible = dates.allSatisfy { date in
                    Double(date.daysSinceEpoch - previous.daysSinceEpoch) / Double(interval) >= dueAfter - 1e-9
                }
                guard everyDayEligible else { continue }
                violations.append(
                    Violation(
                        rule: .unplannedReporting, repID: entry.repID, subjectID: entry.id,
                        message: "customer \(entry.id) is listed as not yet eligible, but its cadence allows a "
                            + "visit on every day of the horizon"))

            default:
                continue
            }
        }
    }
}
