import GiroModel

/// Usage criteria, read from the visit history and last-visit dates before
/// the planning start, which stands for today.
extension HealthCheck {
    /// Days before the planning start over which US-04 and US-06 look at the
    /// visit history.
    static let historyWindow = 90

    /// Minimum number of visits in the history window for US-06 to compare
    /// a customer's visits with its cadence, so that two close visits are
    /// not reported.
    static let minimumFrequentVisits = 3

    static let usageRules: [HealthRule] = [
        HealthRule(
            "US-01", .usage, .warning, title: "Many overdue customers",
            measures: "Share of a rep's cadence customers whose due date, the previous visit plus the cadence, "
                + "lies before the planning start.",
            threshold: 0.2, unit: .share, trigger: .above,
            suggestion: "Check whether the visit history is complete. If it is, the territory has more "
                + "customers than the rep can visit: see the demand criterion TR-01.",
            evaluate: { evaluation in
                cadenceShare(evaluation, description: "are overdue") { profile, index, cadence in
                    guard let previous = profile.visitDates[index].last else { return false }
                    return previous.adding(days: cadence) < profile.horizon.start
                }
            }),

        HealthRule(
            "US-02", .usage, .info, title: "Many never-visited customers",
            measures: "Share of a rep's cadence customers with no last visit date and no visit history before "
                + "the planning start.",
            threshold: 0.1, unit: .share, trigger: .above,
            suggestion: "Import the last visit dates. Without them the planner treats the customers as new and "
                + "spreads their first visits over one cadence.",
            evaluate: { evaluation in
                cadenceShare(evaluation, description: "have never been visited") { profile, index, _ in
                    profile.visitDates[index].isEmpty
                }
            }),

        HealthRule(
            "US-03", .usage, .info, title: "Visit history without times",
            measures: "Share of the visit history entries of a rep's customers, before the planning start, "
                + "that have no time of day.",
            threshold: 0.5, unit: .share, trigger: .above,
            suggestion: "Record the time of each visit. Times show when customers are really seen and help to "
                + "check the opening hours.",
            evaluate: { evaluation in
                evaluation.context.profiles.compactMap { profile in
                    historyWithoutTimes(evaluation, profile: profile)
                }
            }),

        HealthRule(
            "US-04", .usage, .warning, title: "Low cadence compliance in the last 90 days",
            measures: "Share of met due dates among a rep's cadence customers in the 90 days before the planning "
                + "start. A due date is the previous visit plus the cadence, and it is met when the next visit "
                + "comes on or before it. Runs for reps with at least one visit history entry in those 90 days.",
            threshold: 0.8, unit: .share, trigger: .below,
            suggestion: "Compare the rep's visits with the plans. Low compliance means plans are not followed "
                + "or the territory has too little time for its cadences.",
            evaluate: { evaluation in
                evaluation.context.profiles.compactMap { profile in
                    cadenceCompliance(evaluation, profile: profile)
                }
            }),

        HealthRule(
            "US-05", .usage, .warning, title: "Rep without recent visits",
            measures: "Days from a rep's latest recorded visit of any of its customers to the planning start, "
                + "for reps with at least one recorded visit.",
            threshold: 30, unit: .days, trigger: .above,
            suggestion: "Check whether the rep's visits are recorded, or whether the rep was away. Missing "
                + "records make every customer look overdue.",
            evaluate: { evaluation in
                evaluation.context.profiles.compactMap { profile in
                    guard let latest = profile.visitDates.compactMap(\.last).max() else { return nil }
                    let days = Double(profile.horizon.start.days(since: latest))
                    guard evaluation.fires(days) else { return nil }
                    return evaluation.finding(
                        measured: days, reps: [profile.id],
                        message: "The latest recorded visit of rep \(profile.id) was on \(latest), "
                            + "\(evaluation.format(days)) before the planning start "
                            + "(threshold \(evaluation.format(evaluation.threshold))).")
                }
            }),

        HealthRule(
            "US-06", .usage, .info, title: "Customers visited far more often than their cadence",
            measures: "Visits of a customer in the 90 days before the planning start divided by the 90 days over "
                + "its cadence, for customers with at least 3 visits there; the finding per rep measures the "
                + "highest ratio.",
            threshold: 2, unit: .ratio, trigger: .above,
            suggestion: "Shorten the cadence of the listed customers if the extra visits are needed; otherwise "
                + "the time is better spent on overdue customers.",
            evaluate: { evaluation in
                evaluation.worstCustomers(problem: "are visited far more often than their cadence") { profile, index in
                    guard let cadence = profile.customers[index].cadenceDays, cadence > 0 else { return nil }
                    let windowStart = profile.horizon.start.adding(days: -historyWindow)
                    let visits = profile.visitDates[index].filter { $0 >= windowStart }.count
                    guard visits >= minimumFrequentVisits else { return nil }
                    return Double(visits) * Double(cadence) / Double(historyWindow)
                }
            }),
    ]

    /// For each rep, the share of its cadence customers that `isFlagged`
    /// selects, reported when it fires.
    ///
    /// - Parameter description: a plural verb phrase such as "are overdue".
    private static func cadenceShare(
        _ evaluation: CriterionEvaluation, description: String,
        _ isFlagged: (RepProfile, Int, Int) -> Bool
    ) -> [HealthFinding] {
        evaluation.context.profiles.compactMap { profile in
            var total = 0
            var flagged: [String] = []
            for (index, customer) in profile.customers.enumerated() {
                guard let cadence = customer.cadenceDays, cadence > 0 else { continue }
                total += 1
                if isFlagged(profile, index, cadence) {
                    flagged.append(customer.id)
                }
            }
            guard total > 0 else { return nil }
            let share = Double(flagged.count) / Double(total)
            guard evaluation.fires(share) else { return nil }

            return evaluation.finding(
                measured: share, customers: flagged, reps: [profile.id],
                message: "\(flagged.count) of \(HealthText.count(total, "cadence customer")) of rep \(profile.id) "
                    + "\(description): \(HealthText.list(flagged.sorted())) \(evaluation.comparison(share)).")
        }
    }

    /// Returns the US-03 finding of one rep, or nil.
    private static func historyWithoutTimes(_ evaluation: CriterionEvaluation, profile: RepProfile) -> HealthFinding? {
        let start = profile.horizon.start
        var total = 0
        var untimed = 0
        var customers: Set<String> = []
        for customer in profile.customers {
            for visit in evaluation.context.historyByCustomer[customer.id] ?? [] where visit.date < start {
                total += 1
                if visit.time == nil {
                    untimed += 1
                    customers.insert(customer.id)
                }
            }
        }
        guard total > 0 else { return nil }
        let share = Double(untimed) / Double(total)
        guard evaluation.fires(share) else { return nil }

        return evaluation.finding(
            measured: share, customers: Array(customers), reps: [profile.id],
            message: "\(untimed) of \(HealthText.count(total, "past visit")) of the customers of rep \(profile.id) "
                + "have no time \(evaluation.comparison(share)).")
    }

    /// Returns the US-04 finding of one rep, or nil when no due date or no
    /// visit history entry falls in the window.
    private static func cadenceCompliance(_ evaluation: CriterionEvaluation, profile: RepProfile) -> HealthFinding? {
        let start = profile.horizon.start
        let windowStart = start.adding(days: -historyWindow)
        // Last visit dates alone show no visit after a due date, so every due
        // date would count as missed: measure only reps with recorded history.
        let recorded = profile.customers.contains { customer in
            (evaluation.context.historyByCustomer[customer.id] ?? []).contains { $0.date >= windowStart && $0.date < start }
        }
        guard recorded else { return nil }

        var dueDates = 0
        var met = 0
        var missed: [String] = []
        for (index, customer) in profile.customers.enumerated() {
            guard let cadence = customer.cadenceDays, cadence > 0 else { continue }
            let dates = profile.visitDates[index]
            var missedOne = false
            for (position, visit) in dates.enumerated() {
                let due = visit.adding(days: cadence)
                guard due >= windowStart, due < start else { continue }
                dueDates += 1
                if position + 1 < dates.count, dates[position + 1] <= due {
                    met += 1
                } else {
                    missedOne = true
                }
            }
            if missedOne {
                missed.append(customer.id)
            }
        }
        guard dueDates > 0 else { return nil }
        let compliance = Double(met) / Double(dueDates)
        guard evaluation.fires(compliance) else { return nil }

        return evaluation.finding(
            measured: compliance, customers: missed, reps: [profile.id],
            message: "Rep \(profile.id) met \(met) of \(HealthText.count(dueDates, "due date")) in the last "
                + "\(historyWindow) days \(evaluation.comparison(compliance)); customers with a missed due date: "
                + "\(HealthText.list(missed.sorted())).")
    }
}
