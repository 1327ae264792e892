/// A health criterion together with the code that evaluates it.
struct HealthRule: Sendable {
    let criterion: HealthCriterion
    /// Returns the findings of the criterion on a prepared context, with the
    /// threshold already resolved.
    let evaluate: @Sendable (CriterionEvaluation) -> [HealthFinding]

    init(
        _ id: String, _ category: HealthCategory, _ severity: HealthSeverity, title: String, measures: String,
        threshold: Double, unit: HealthUnit, trigger: HealthTrigger, suggestion: String,
        evaluate: @escaping @Sendable (CriterionEvaluation) -> [HealthFinding]
    ) {
        criterion = HealthCriterion(
            id: id, category: category, severity: severity, title: title, measures: measures,
            defaultThreshold: threshold, unit: unit, trigger: trigger, suggestion: suggestion)
        self.evaluate = evaluate
    }
}

/// One criterion applied to one context: the threshold in force and helpers
/// that build findings with the criterion's fields filled in.
struct CriterionEvaluation {
    let context: HealthContext
    let criterion: HealthCriterion
    let threshold: Double

    /// Returns whether a measured value fires against the threshold in force.
    func fires(_ measured: Double) -> Bool {
        criterion.trigger.fires(measured: measured, threshold: threshold)
    }

    /// Creates a finding of this criterion.
    func finding(
        measured: Double, customers: [String] = [], reps: [String] = [], groups: [String] = [], message: String
    ) -> HealthFinding {
        HealthFinding(
            criterionID: criterion.id, category: criterion.category, severity: criterion.severity,
            measuredValue: measured, threshold: threshold, unit: criterion.unit, customerIDs: customers,
            repIDs: reps, groupIDs: groups, message: message, suggestion: criterion.suggestion)
    }

    /// Formats a value in the criterion's unit.
    func format(_ value: Double) -> String {
        criterion.unit.format(value)
    }

    /// Formats a measured value and the threshold for the end of a message,
    /// such as `(12.5 km; threshold 10 km)`.
    func comparison(_ measured: Double) -> String {
        "(\(format(measured)); threshold \(format(threshold)))"
    }

    /// For each rep in scope, counts the customers that `isFlagged` selects
    /// and reports a finding when the count fires.
    ///
    /// - Parameter problem: a plural verb phrase that completes "Customers
    ///   of rep N1 that …", such as "have no opening window".
    func countCustomers(
        problem: String, _ isFlagged: (RepProfile, Int) -> Bool
    ) -> [HealthFinding] {
        context.profiles.compactMap { profile in
            let flagged = profile.customers.indices.filter { isFlagged(profile, $0) }.map { profile.customers[$0].id }
            let measured = Double(flagged.count)
            guard fires(measured) else { return nil }

            return finding(
                measured: measured, customers: flagged, reps: [profile.id],
                message: "Customers of rep \(profile.id) that \(problem): \(HealthText.list(flagged.sorted())) "
                    + "(\(flagged.count); threshold \(format(threshold))).")
        }
    }

    /// Measures every customer of each rep in scope with `measure`, which
    /// returns nil to skip one. Reports one finding per rep with every
    /// customer whose value fires, and the worst value as the measured one.
    ///
    /// - Parameter problem: a plural verb phrase that completes "Customers
    ///   of rep N1 that …", such as "lie far from the rep's other customers".
    func worstCustomers(
        problem: String, _ measure: (RepProfile, Int) -> Double?
    ) -> [HealthFinding] {
        context.profiles.compactMap { profile in
            var flagged: [String] = []
            var worst: Double?
            for index in profile.customers.indices {
                guard let value = measure(profile, index), fires(value) else { continue }
                flagged.append(profile.customers[index].id)
                worst = worst.map { criterion.trigger == .above ? max($0, value) : min($0, value) } ?? value
            }
            guard let worst else { return nil }

            return finding(
                measured: worst, customers: flagged, reps: [profile.id],
                message: "Customers of rep \(profile.id) that \(problem): \(HealthText.list(flagged.sorted())); "
                    + "the worst is \(format(worst)), threshold \(format(threshold)).")
        }
    }
}
