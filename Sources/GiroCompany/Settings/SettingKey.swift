import GiroModel

/// Every setting a sales manager can set, with its kind of value, the levels
/// that may set it and its documented default.
///
/// Raw values are the keys used in company files and on the command line.
public enum SettingKey: String, Hashable, Sendable, CaseIterable, Comparable {
    /// Earliest departure and latest return per weekday.
    case workingHours
    /// Maximum working time of a day in seconds, or 0 for no limit.
    case maximumWorkingTime
    case breakRule
    case overnightRule
    /// Multiplies driving speed: 1.25 drives a quarter faster.
    case speedFactor
    /// Visit duration of customers that set none, in seconds.
    case visitDuration
    /// Setup per arrival, in seconds.
    case setupDuration
    /// Days between visits of customers that set none; 0 for manual customers.
    case cadenceDays
    /// Smallest elapsed ratio at which a visit is allowed, 0 to 1.
    case dueAfter
    case adherence
    /// Opening hours of customers that give none.
    case openingHours
    /// How far a flexible appointment may move, in seconds.
    case appointmentLeeway
    /// Cost of one second of driving.
    case drivingTimeWeight
    /// Cost of one kilometre of driving, in seconds of driving.
    case distanceWeightPerKilometre
    /// Cost of one hotel night, in seconds of driving.
    case nightCost
    /// Cost of one unit of `priority × (days / interval)²`, in seconds of
    /// driving.
    case cadenceWeight
    /// Priority weights by class name.
    case priorityClasses
    /// Days in a planning horizon.
    case horizonDays

    public static func < (lhs: SettingKey, rhs: SettingKey) -> Bool {
        lhs.rawValue < rhs.rawValue
    }

    /// The kind of value the key takes.
    public var kind: SettingKind {
        switch self {
        case .workingHours: .workingHours
        case .maximumWorkingTime, .visitDuration, .setupDuration, .appointmentLeeway: .duration
        case .breakRule: .breakRule
        case .overnightRule: .overnightRule
        case .speedFactor, .dueAfter, .drivingTimeWeight, .distanceWeightPerKilometre, .nightCost, .cadenceWeight:
            .number
        case .cadenceDays, .horizonDays: .integer
        case .adherence: .adherence
        case .openingHours: .windows
        case .priorityClasses: .priorityClasses
        }
    }

    /// The levels that may set the key. Keys about the rep's day stop at the
    /// rep; keys about one customer's visits go down to the customer.
    public var levels: Set<SettingLevel> {
        switch self {
        case .workingHours, .maximumWorkingTime, .breakRule, .overnightRule, .speedFactor, .horizonDays,
            .drivingTimeWeight, .distanceWeightPerKilometre, .nightCost, .cadenceWeight:
            [.company, .group, .rep]
        case .visitDuration, .setupDuration, .cadenceDays, .dueAfter, .adherence, .openingHours, .appointmentLeeway:
            [.company, .group, .rep, .customer]
        case .priorityClasses:
            [.company]
        }
    }

    /// The value when no level sets the key.
    public var defaultValue: SettingValue {
        switch self {
        case .workingHours:
            .workingHours(.weekdays(TimeWindow(start: 8 * 3600, end: 17 * 3600)))
        case .maximumWorkingTime: .duration(0)
        case .breakRule:
            .breakRule(BreakRule(frame: TimeWindow(start: 12 * 3600, end: 14 * 3600), duration: 45 * 60))
        case .overnightRule: .overnightRule(nil)
        case .speedFactor: .number(1)
        case .visitDuration: .duration(30 * 60)
        case .setupDuration: .duration(0)
        case .cadenceDays: .integer(28)
        case .dueAfter: .number(0.7)
        case .adherence: .adherence(.start)
        case .openingHours: .windows(.always)
        case .appointmentLeeway: .duration(15 * 60)
        case .drivingTimeWeight: .number(1)
        case .distanceWeightPerKilometre: .number(0)
        case .nightCost: .number(4 * 3600)
        case .cadenceWeight: .number(36_000)
        case .priorityClasses: .priorityClasses(["A": 3, "B": 1.5, "C": 1])
        case .horizonDays: .integer(5)
        }
    }

    /// Checks that a value fits the key: its kind and its range.
    ///
    /// - Returns: nil when the value is allowed, else a message saying what is
    ///   wrong and what is allowed.
    public func problem(with value: SettingValue) -> String? {
        guard value.kind == kind else {
            return "\(rawValue) takes a \(kind.rawValue) value, not a \(value.kind.rawValue) value"
        }
        switch (self, value) {
        case (.dueAfter, .number(let fraction)):
            return (0...1).contains(fraction) ? nil : "dueAfter \(fraction) is outside 0 to 1"
        case (.speedFactor, .number(let factor)):
            return factor >= 0.1 && factor <= 10 ? nil : "speedFactor \(factor) must lie in 0.1 to 10"
        case (_, .number(let number)):
            return number >= 0 && number.isFinite ? nil : "\(rawValue) \(number) must be a non-negative number"
        case (.cadenceDays, .integer(let days)):
            return (0...3650).contains(days) ? nil : "cadenceDays \(days) must lie in 0 to 3650 (0 for manual customers)"
        case (.horizonDays, .integer(let days)):
            return (1...366).contains(days) ? nil : "horizonDays \(days) must lie in 1 to 366"
        case (.visitDuration, .duration(let seconds)):
            return seconds > 0 && seconds <= 86_400 ? nil : "visitDuration must be more than 0 and at most 24 hours"
        case (_, .duration(let seconds)):
            return seconds >= 0 && seconds <= 86_400 ? nil : "\(rawValue) must lie in 0 to 24 hours"
        case (.priorityClasses, .priorityClasses(let classes)):
            guard !classes.isEmpty else { return "priorityClasses needs at least one class" }
            let bad = classes.filter { !($0.value > 0 && $0.value.isFinite) }.keys.sorted()
            return bad.isEmpty ? nil : "priority class \(bad[0]) needs a positive weight"
        default:
            return nil
        }
    }
}
