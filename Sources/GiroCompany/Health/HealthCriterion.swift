/// One check of the health report: what it measures, when it fires and what
/// a sales manager can do about a finding.
///
/// A criterion compares one measured value with a threshold in `unit`. It
/// reports a finding when the value lies above the threshold (`trigger` is
/// `.above`) or below it (`.below`). A value equal to the threshold never
/// fires.
public struct HealthCriterion: Hashable, Sendable, Encodable, Identifiable {
    /// Stable id: the category's prefix (`DQ`, `PS`, `TR` or `US`) and a
    /// two-digit number, such as `DQ-01`.
    public let id: String
    public let category: HealthCategory
    public let severity: HealthSeverity
    /// Short name of the problem, such as "Missing or invalid coordinates".
    public let title: String
    /// Description of the measured value and of what it is measured on.
    public let measures: String
    /// Threshold used when `Company.healthThresholds` sets none for `id`.
    public let defaultThreshold: Double
    /// Unit of the threshold and of every measured value.
    public let unit: HealthUnit
    public let trigger: HealthTrigger
    /// Advice for a finding, in plain words.
    public let suggestion: String

    public init(
        id: String, category: HealthCategory, severity: HealthSeverity, title: String, measures: String,
        defaultThreshold: Double, unit: HealthUnit, trigger: HealthTrigger, suggestion: String
    ) {
        self.id = id
        self.category = category
        self.severity = severity
        self.title = title
        self.measures = measures
        self.defaultThreshold = defaultThreshold
        self.unit = unit
        self.trigger = trigger
        self.suggestion = suggestion
    }
}

/// The four groups of health criteria.
public enum HealthCategory: String, Hashable, Sendable, CaseIterable, Encodable, CustomStringConvertible {
    /// Records that are missing, implausible, duplicated or contradictory.
    case dataQuality
    /// Settings that keep the planner from working well.
    case planningSettings
    /// Demands of the territory: workload, distances and opening hours.
    case territory
    /// Work of the field force so far, read from the visit history.
    case usage

    /// The prefix of the category's criterion ids.
    public var idPrefix: String {
        switch self {
        case .dataQuality: "DQ"
        case .planningSettings: "PS"
        case .territory: "TR"
        case .usage: "US"
        }
    }

    public var description: String {
        switch self {
        case .dataQuality: "data quality"
        case .planningSettings: "planning settings"
        case .territory: "territory"
        case .usage: "usage"
        }
    }
}

/// Seriousness of a finding. `error` means that plans will miss visits or
/// cannot be made, `warning` that plans will be worse than they could be, and
/// `info` that a finding is worth a look but may be intended.
public enum HealthSeverity: String, Hashable, Sendable, CaseIterable, Encodable, Comparable {
    case info
    case warning
    case error

    private var rank: Int {
        switch self {
        case .info: 0
        case .warning: 1
        case .error: 2
        }
    }

    public static func < (lhs: HealthSeverity, rhs: HealthSeverity) -> Bool {
        lhs.rank < rhs.rank
    }
}

/// The unit of a criterion's threshold and measured values.
public enum HealthUnit: String, Hashable, Sendable, CaseIterable, Encodable {
    /// A number of customers, reps, appointments or references.
    case count
    /// A fraction from 0 to 1, printed as a percentage.
    case share
    /// A plain ratio of two quantities of the same unit.
    case ratio
    case kilometres
    case metres
    case minutes
    case days
    /// The unit of the objective weights: seconds of driving.
    case drivingSeconds

    /// Formats a value of this unit for messages, such as `12.5 km` or `35 %`.
    public func format(_ value: Double) -> String {
        switch self {
        case .count: HealthText.number(value, decimals: 0)
        case .share: HealthText.number(value * 100, decimals: 0) + " %"
        case .ratio: HealthText.number(value, decimals: 2)
        case .kilometres: HealthText.number(value, decimals: 1) + " km"
        case .metres: HealthText.number(value, decimals: 1) + " m"
        case .minutes: HealthText.number(value, decimals: 0) + " min"
        case .days: HealthText.number(value, decimals: 0) + " days"
        case .drivingSeconds: HealthText.number(value, decimals: 0) + " s of driving"
        }
    }
}

/// On which side of the threshold a measured value fires.
public enum HealthTrigger: String, Hashable, Sendable, Encodable {
    /// Fires when the measured value is greater than the threshold.
    case above
    /// Fires when the measured value is less than the threshold.
    case below

    /// Returns whether `measured` fires against `threshold`. Equal values never
    /// fire.
    public func fires(measured: Double, threshold: Double) -> Bool {
        switch self {
        case .above: measured > threshold
        case .below: measured < threshold
        }
    }
}
