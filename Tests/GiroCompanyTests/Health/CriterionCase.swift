import Giro

/// One row of the per-criterion table: a change of the base company that
/// makes the criterion fire, one that stays just short of it, and what the
/// first finding must contain.
struct CriterionCase: Sendable, CustomStringConvertible {
    let id: String
    let scope: HealthScope
    /// Makes the criterion fire.
    let trigger: @Sendable (inout Company) -> Void
    /// Stays on the quiet side of the threshold; no change by default.
    let nearMiss: @Sendable (inout Company) -> Void
    /// Expected measured value of the first finding, from the triggering
    /// company.
    let measured: @Sendable (Company) -> Double
    let threshold: Double
    let customers: [String]
    let reps: [String]
    let groups: [String]

    init(
        _ id: String, scope: HealthScope = .rep("A"), threshold: Double, customers: [String] = [],
        reps: [String] = ["A"], groups: [String] = [],
        measured: @escaping @Sendable (Company) -> Double,
        trigger: @escaping @Sendable (inout Company) -> Void,
        nearMiss: @escaping @Sendable (inout Company) -> Void = { _ in }
    ) {
        self.id = id
        self.scope = scope
        self.trigger = trigger
        self.nearMiss = nearMiss
        self.measured = measured
        self.threshold = threshold
        self.customers = customers
        self.reps = reps
        self.groups = groups
    }

    /// A case whose measured value does not depend on the company.
    init(
        _ id: String, scope: HealthScope = .rep("A"), measured: Double, threshold: Double, customers: [String] = [],
        reps: [String] = ["A"], groups: [String] = [],
        trigger: @escaping @Sendable (inout Company) -> Void,
        nearMiss: @escaping @Sendable (inout Company) -> Void = { _ in }
    ) {
        self.init(
            id, scope: scope, threshold: threshold, customers: customers, reps: reps, groups: groups,
            measured: { _ in measured }, trigger: trigger, nearMiss: nearMiss)
    }

    var description: String { id }
}
