import GiroModel

extension TaskBuilder {
    /// Adds one task per visit of a customer with visit patterns, each
    /// allowed on the days of the patterns that the customer can use.
    ///
    /// A pattern is usable when each of its dates lies in the horizon and
    /// has a slot of an allowed rep on which the customer is open, active and
    /// not blocked. The tasks are required like a reservation. The customer
    /// is excluded as invalid data when it also has a cadence, an unknown
    /// rep, or patterns that are empty, of unequal length or repeat a date.
    ///
    /// - Complexity: O(S + P·f) for S slots and P patterns of f dates.
    mutating func addPatternVisits(_ index: Int) {
        let customer = territory.customers[index]
        let patterns = customer.visitPatterns
        guard customer.cadenceDays == nil else {
            exclude(
                .customer, customer.id, customer.repID, .invalidData,
                "has both a cadence and visit patterns; remove cadenceDays or visitPatterns")
            return
        }
        let frequency = patterns[0].count
        guard frequency > 0, patterns.allSatisfy({ $0.count == frequency && Set($0).count == $0.count }) else {
            exclude(
                .customer, customer.id, customer.repID, .invalidData,
                "has visit patterns that are empty, of unequal length or repeat a date; "
                    + "give every pattern the same number of distinct dates")
            return
        }
        guard let reps = allowedReps(customer: index) else {
            exclude(
                .customer, customer.id, customer.repID, .invalidData,
                "has unknown rep \(customer.repID ?? ""); fix its repId")
            return
        }

        let horizon = territory.horizon
        let patternDates = Set(patterns.joined())
        let options = visitOptions(customerIndex: index, reps: reps) { patternDates.contains($0) }
        let openDays = Set(options.map { slots[$0.slot].dayIndex })
        let usable = patterns.compactMap { pattern -> [Int]? in
            guard pattern.allSatisfy({ horizon.contains($0) }) else { return nil }
            let days = pattern.map { $0.days(since: horizon.start) }.sorted()
            return days.allSatisfy(openDays.contains) ? days : nil
        }
        guard !usable.isEmpty else {
            excludeWithoutPattern(index, reps: reps, patternDates: patternDates, hasOptions: !options.isEmpty)
            return
        }

        let usableDays = Set(usable.joined())
        let first = VisitTask(
            kind: .patternVisit, customerIndex: index, location: customerLocations[index],
            serviceDuration: customer.visitDuration, setupDuration: customer.setupDuration,
            demand: customer.demand, tier: .reservation,
            options: options.filter { usableDays.contains(slots[$0.slot].dayIndex) },
            cadenceBenefitByDay: Array(repeating: 0, count: horizon.days), visitPatterns: usable)
        for number in 0..<frequency {
            var task = first
            task.visitNumber = number
            tasks.append(task)
        }
    }

    /// Excludes a pattern customer none of whose patterns can be used, with
    /// the reason.
    private mutating func excludeWithoutPattern(
        _ index: Int, reps: Set<Int>, patternDates: Set<CalendarDate>, hasOptions: Bool
    ) {
        let customer = territory.customers[index]
        let horizon = territory.horizon
        let working = slots.filter { reps.contains($0.repIndex) && patternDates.contains($0.date) }.map(\.date)
        let reason: UnplannedReason
        let detail: String
        if !patternDates.contains(where: horizon.contains) {
            reason = .invalidData
            detail =
                "has no visit pattern date in the horizon \(horizon.start) to \(horizon.end.adding(days: -1)); "
                + "give dates in the horizon"
        } else if working.isEmpty {
            reason = .blocked
            detail = "has no working day of its rep on any date of its visit patterns"
        } else if !hasOptions, working.allSatisfy({ customer.serviceStartWindows(on: $0.weekday).isEmpty }) {
            reason = .closedOnEveryDay
            detail = "is closed on every date of its visit patterns"
        } else {
            reason = .blocked
            detail =
                "has no visit pattern whose every date is in the horizon and a working day of its rep "
                + "on which it is open, active and not blocked"
        }
        exclude(.customer, customer.id, customer.repID, reason, detail)
    }
}
