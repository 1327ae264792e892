/// The four levels at which a setting may be set, from the widest down.
public enum SettingLevel: Int, Hashable, Sendable, CaseIterable, Comparable, CustomStringConvertible {
    case company = 0
    case group = 1
    case rep = 2
    case customer = 3

    public static func < (lhs: SettingLevel, rhs: SettingLevel) -> Bool {
        lhs.rawValue < rhs.rawValue
    }

    public var description: String {
        switch self {
        case .company: "company"
        case .group: "group"
        case .rep: "rep"
        case .customer: "customer"
        }
    }
}

/// The origin of an effective setting value: a level and its owner, or the
/// default.
public enum SettingSource: Hashable, Sendable, CustomStringConvertible {
    /// No level sets it: the documented default applies.
    case defaultValue
    case company
    case group(String)
    case rep(String)
    case customer(String)

    /// The level of this source; nil for the default.
    public var level: SettingLevel? {
        switch self {
        case .defaultValue: nil
        case .company: .company
        case .group: .group
        case .rep: .rep
        case .customer: .customer
        }
    }

    public var description: String {
        switch self {
        case .defaultValue: "default"
        case .company: "company"
        case .group(let id): "group \(id)"
        case .rep(let id): "rep \(id)"
        case .customer(let id): "customer \(id)"
        }
    }
}
