/// The result of validating a plan: every violation found, in the order of
/// the plan's routes and stops, followed by plan-wide findings.
public struct ValidationReport: Hashable, Sendable {
    public var violations: [Violation]

    public init(violations: [Violation]) {
        self.violations = violations
    }

    /// Whether the plan breaks no rule.
    public var isValid: Bool { violations.isEmpty }

    /// Returns the violations of one rule, in report order.
    public func violations(of rule: Violation.Rule) -> [Violation] {
        violations.filter { $0.rule == rule }
    }
}

extension ValidationReport: CustomStringConvertible {
    /// A summary line followed by one line per violation.
    public var description: String {
        guard !violations.isEmpty else { return "The plan is valid: no rule is broken." }

        let noun = violations.count == 1 ? "violation" : "violations"
        let lines = violations.map { "- \($0)" }
        return (["The plan is invalid: \(violations.count) \(noun)."] + lines).joined(separator: "\n")
    }
}
