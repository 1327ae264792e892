import GiroModel

extension PlanValidator {
    /// Checks that each customer with visit patterns has visits (kind
    /// `visit`) on exactly the dates of one of its patterns, or has none and
    /// is listed as unplanned. Two visits on one date never match a pattern,
    /// whose dates are distinct. Appointments with the customer are not
    /// pattern visits.
    ///
    /// - Complexity: O(S log S + P·f) for S stops and P patterns of f dates
    ///   over all customers.
    func checkVisitPatterns(_ routes: [DayRoute], unplanned: [UnplannedVisit], into violations: inout [Violation]) {
        var visitDates: [String: [CalendarDate]] = [:]
        var firstRepID: [String: String] = [:]
        for route in routes {
            for stop in route.stops where stop.kind == .visit {
                guard let customerID = stop.customerID, customersByID[customerID]?.visitPatterns.isEmpty == false
                else { continue }
                visitDates[customerID, default: []].append(route.date)
                if firstRepID[customerID] == nil {
                    firstRepID[customerID] = route.repID
                }
            }
        }
        let listed = Set(unplanned.filter { $0.kind == .customer }.map(\.id))

        var seen: Set<String> = []
        for customer in territory.customers where seen.insert(customer.id).inserted && !customer.visitPatterns.isEmpty {
            let dates = (visitDates[customer.id] ?? []).sorted()
            guard !dates.isEmpty else {
                if !listed.contains(customer.id) {
                    violations.append(
                        Violation(
                            rule: .visitPattern, repID: territory.owner(of: customer)?.id, subjectID: customer.id,
                            message: "customer \(customer.id) has visit patterns but is neither planned nor listed "
                                + "as unplanned"))
                }
                continue
            }

            let matches = customer.visitPatterns.contains { $0.sorted() == dates }
            guard !matches else { continue }
            let patterns = customer.visitPatterns.map { pattern in
                pattern.sorted().map(MessageFormat.date).joined(separator: ", ")
            }
            violations.append(
                Violation(
                    rule: .visitPattern, repID: firstRepID[customer.id], subjectID: customer.id,
                    message: "customer \(customer.id) is visited on \(dates.map(MessageFormat.date).joined(separator: ", ")), "
                        + "which is not one of its visit patterns (\(patterns.joined(separator: "; ")))"))
        }
    }
}
