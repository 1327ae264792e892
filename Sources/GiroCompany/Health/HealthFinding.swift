/// One problem that a health criterion found: the measured value against its
/// threshold, the customers, reps and groups it concerns, and what to do.
public struct HealthFinding: Hashable, Sendable, Encodable {
    public var criterionID: String
    public var category: HealthCategory
    public var severity: HealthSeverity
    /// The value that fired, in `unit`.
    public var measuredValue: Double
    /// The threshold in force: the company's override or the default.
    public var threshold: Double
    public var unit: HealthUnit
    /// Customers the finding concerns, sorted.
    public var customerIDs: [String]
    /// Reps the finding concerns, sorted.
    public var repIDs: [String]
    /// Groups the finding concerns, sorted.
    public var groupIDs: [String]
    /// Description of the problem with its ids and values, in plain words.
    public var message: String
    /// Advice on fixing the problem, in plain words.
    public var suggestion: String

    public init(
        criterionID: String, category: HealthCategory, severity: HealthSeverity, measuredValue: Double,
        threshold: Double, unit: HealthUnit, customerIDs: [String] = [], repIDs: [String] = [],
        groupIDs: [String] = [], message: String, suggestion: String
    ) {
        self.criterionID = criterionID
        self.category = category
        self.severity = severity
        self.measuredValue = measuredValue
        self.threshold = threshold
        self.unit = unit
        self.customerIDs = customerIDs.sorted()
        self.repIDs = repIDs.sorted()
        self.groupIDs = groupIDs.sorted()
        self.message = message
        self.suggestion = suggestion
    }
}

/// The target of a health check: the whole company, one group or one rep.
public enum HealthScope: Hashable, Sendable, CustomStringConvertible {
    case company
    case group(String)
    case rep(String)

    /// The same target as a company `Scope`, for permission checks.
    public var scope: Scope {
        switch self {
        case .company: .company
        case .group(let id): .group(id)
        case .rep(let id): .rep(id)
        }
    }

    public var description: String { scope.description }
}

/// The result of one health check: every finding, worst first.
public struct HealthReport: Hashable, Sendable, Encodable {
    public var scope: HealthScope
    /// Number of criteria evaluated.
    public var criteriaChecked: Int
    /// Findings sorted by severity (errors first), then criterion id, then
    /// the first affected rep, group and customer.
    public var findings: [HealthFinding]
    /// Keys of `Company.healthThresholds` that were not used: ids that name
    /// no criterion, and values that are negative or not finite, for which
    /// the default applies. Sorted.
    public var ignoredThresholds: [String]

    public init(scope: HealthScope, criteriaChecked: Int, findings: [HealthFinding], ignoredThresholds: [String] = []) {
        self.scope = scope
        self.criteriaChecked = criteriaChecked
        self.findings = findings.sorted(by: HealthReport.precedes)
        self.ignoredThresholds = ignoredThresholds.sorted()
    }

    /// Whether any finding has severity `error`.
    public var hasErrors: Bool { findings.contains { $0.severity == .error } }

    /// Counts the findings of one severity.
    public func count(of severity: HealthSeverity) -> Int {
        findings.filter { $0.severity == severity }.count
    }

    /// Returns the findings of one criterion, in report order.
    public func findings(of criterionID: String) -> [HealthFinding] {
        findings.filter { $0.criterionID == criterionID }
    }

    private enum CodingKeys: String, CodingKey {
        case scope, criteriaChecked, findings, ignoredThresholds, errors, warnings, infos
    }

    /// Encodes the scope as its description (such as `rep N1`) and adds the
    /// number of findings per severity.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(scope.description, forKey: .scope)
        try container.encode(criteriaChecked, forKey: .criteriaChecked)
        try container.encode(findings, forKey: .findings)
        try container.encode(ignoredThresholds, forKey: .ignoredThresholds)
        try container.encode(count(of: .error), forKey: .errors)
        try container.encode(count(of: .warning), forKey: .warnings)
        try container.encode(count(of: .info), forKey: .infos)
    }

    private static func precedes(_ lhs: HealthFinding, _ rhs: HealthFinding) -> Bool {
        if lhs.severity != rhs.severity {
            return lhs.severity > rhs.severity
        }
        if lhs.criterionID != rhs.criterionID {
            return lhs.criterionID < rhs.criterionID
        }
        let left = [lhs.repIDs.first ?? "", lhs.groupIDs.first ?? "", lhs.customerIDs.first ?? ""]
        let right = [rhs.repIDs.first ?? "", rhs.groupIDs.first ?? "", rhs.customerIDs.first ?? ""]
        if left != right {
            return left.lexicographicallyPrecedes(right)
        }
        return lhs.message < rhs.message
    }
}
