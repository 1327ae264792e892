import GiroModel

/// The value of one setting. Each `SettingKey` takes one kind of value.
public enum SettingValue: Hashable, Sendable {
    /// A whole number, such as days of a cadence.
    case integer(Int)
    /// A real number, such as a weight or a fraction.
    case number(Double)
    /// A length of time in seconds.
    case duration(Int)
    case workingHours(WorkingHours)
    /// A break rule; nil for no break.
    case breakRule(BreakRule?)
    /// An overnight rule; nil for no nights away.
    case overnightRule(OvernightRule?)
    case windows(WeeklyWindows)
    case adherence(Adherence)
    /// Priority weights by class name, such as A, B and C.
    case priorityClasses([String: Double])

    /// The kind of this value, to compare with a key's kind.
    public var kind: SettingKind {
        switch self {
        case .integer: .integer
        case .number: .number
        case .duration: .duration
        case .workingHours: .workingHours
        case .breakRule: .breakRule
        case .overnightRule: .overnightRule
        case .windows: .windows
        case .adherence: .adherence
        case .priorityClasses: .priorityClasses
        }
    }
}

/// The kinds of setting values.
public enum SettingKind: String, Hashable, Sendable {
    case integer, number, duration, workingHours, breakRule, overnightRule, windows, adherence, priorityClasses
}
