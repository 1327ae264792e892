import GiroModel

/// One planned stop that meets a customer, for the cadence check.
private struct CustomerStop {
    var date: CalendarDate
    var serviceStart: Int
    var kind: PlannedStop.Kind
    var repID: String
    var stopIndex: Int
}

extension PlanValidator {
    /// Checks every customer's planned visits against its cadence.
    ///
    /// A visit (kind `visit`) of a customer with a cadence on day t needs
    /// `(t − previous) / cadenceDays ≥ dueAfter`, where the previous visit is
    /// the latest of the territory's previous visit and the customer's planned
    /// visits and appointments on earlier days. A customer without a previous
    /// visit is eligible from the start; its activation date is checked with
    /// the blocked dates. Each reservation of a customer exempts one visit
    /// from `dueAfter`, and lets a manual customer (no cadence) be visited
    /// once. Visits of a customer with visit patterns are exempt, because
    /// `checkVisitPatterns` checks them. No customer gets two stops on one
    /// day unless both are appointments.
    ///
    /// - Complexity: O(S log S) for S stops.
    func checkCadence(_ routes: [DayRoute], into violations: inout [Violation]) {
        var stopsByCustomer: [String: [CustomerStop]] = [:]
        var customerOrder: [String] = []
        for route in routes {
            for (index, stop) in route.stops.enumerated() {
                guard let customerID = customerID(visitedBy: stop), customersByID[customerID] != nil else { continue }

                if stopsByCustomer[customerID] == nil {
                    customerOrder.append(customerID)
                }
                stopsByCustomer[customerID, default: []].append(
                    CustomerStop(
                        date: route.date, serviceStart: stop.serviceStart, kind: stop.kind, repID: route.repID,
                        stopIndex: index))
            }
        }

        var reservationCounts: [String: Int] = [:]
        for reservation in reservationsByID.values {
            reservationCounts[reservation.customerID, default: 0] += 1
        }

        for customerID in customerOrder {
            guard let customer = customersByID[customerID], let stops = stopsByCustomer[customerID] else { continue }

            // A stable sort keeps plan order among stops at the same time.
            let ordered = stops.enumerated().sorted { first, second in
                (first.element.date, first.element.serviceStart, first.offset)
                    < (second.element.date, second.element.serviceStart, second.offset)
            }.map(\.element)
            checkCadence(
                of: customer, stops: ordered, exemptions: reservationCounts[customerID] ?? 0, into: &violations)
        }
    }

    private func checkCadence(
        of customer: Customer, stops: [CustomerStop], exemptions: Int, into violations: inout [Violation]
    ) {
        var exemptionsLeft = exemptions
        var latestVisit = territory.previousVisit(of: customer)
        var latestBeforeToday = latestVisit
        var today: [CustomerStop] = []

        for stop in stops {
            func report(_ message: String) {
                violations.append(
                    Violation(
                        rule: .cadence, repID: stop.repID, date: stop.date, stopIndex: stop.stopIndex,
                        subjectID: customer.id, message: message))
            }

            if stop.date != today.first?.date {
                today = []
                latestBeforeToday = latestVisit
            }

            if let earlier = today.first(where: { $0.kind == .visit || stop.kind == .visit }) {
                report(
                    "customer \(customer.id) is visited twice on \(stop.date), first at stop \(earlier.stopIndex) "
                        + "of rep \(earlier.repID)")
            } else if stop.kind == .visit, customer.visitPatterns.isEmpty,
                let problem = eligibilityProblem(of: customer, on: stop.date, previous: latestBeforeToday)
            {
                if exemptionsLeft > 0 {
                    exemptionsLeft -= 1
                } else {
                    report(problem)
                }
            }

            today.append(stop)
            if latestVisit.map({ $0 < stop.date }) ?? true {
                latestVisit = stop.date
            }
        }
    }

    /// Returns why the customer's cadence forbids a visit on `date`, or nil
    /// when the visit is allowed.
    private func eligibilityProblem(of customer: Customer, on date: CalendarDate, previous: CalendarDate?) -> String? {
        guard let cadence = customer.cadenceDays else {
            return "customer \(customer.id) has no cadence, so it is visited only through appointments or reservations"
        }

        guard cadence > 0, let previous else { return nil }

        let elapsed = SafeArithmetic.days(from: previous, to: date)
        guard elapsed != 0 else {
            return "customer \(customer.id) was already visited on \(MessageFormat.date(previous)), which the visit "
                + "history records as done"
        }
        let ratio = Double(elapsed) / Double(cadence)
        let dueAfter = territory.dueAfter(of: customer)
        // The tolerance keeps 7 / 10 from failing against a dueAfter of 0.7.
        guard ratio + 1e-9 < dueAfter else { return nil }

        let rounded = (ratio * 100).rounded() / 100
        let days = elapsed == 1 ? "1 day" : "\(elapsed) days"
        return "the visit comes \(days) after the previous visit on \(MessageFormat.date(previous)), "
            + "so the elapsed ratio \(MessageFormat.number(rounded)) of the \(cadence)-day cadence is below dueAfter "
            + MessageFormat.number(dueAfter)
    }
}
