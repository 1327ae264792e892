/// The reason a company operation was rejected.
public enum CompanyError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The user's role does not reach the operation's permission level.
    case permissionDenied(userID: String, operation: Operation, level: PermissionLevel)
    /// The user may perform the operation, but not on this target.
    case outOfScope(userID: String, operation: Operation, scope: Scope)
    /// A higher level locks the setting.
    case settingLocked(key: SettingKey, level: SettingLevel, lockedBy: SettingSource)
    /// The setting cannot be set at this level at all.
    case levelNotAllowed(key: SettingKey, level: SettingLevel)
    /// The value does not fit the setting.
    case invalidSettingValue(key: SettingKey, message: String)
    /// An id that the company does not contain.
    case unknownID(kind: String, id: String)
    /// A request that makes no sense as given.
    case invalidRequest(String)

    public var description: String {
        switch self {
        case .permissionDenied(let userID, let operation, let level):
            return "user \(userID) may not \(operation.phrase): the permission level for it is \(level.phrase)"
        case .outOfScope(let userID, let operation, let scope):
            return "user \(userID) may not \(operation.phrase) for \(scope): it is outside the user's groups or own data"
        case .settingLocked(let key, let level, let owner):
            let ownerLevel = owner.level.map { "\($0) level" } ?? "default"
            return "\(key.rawValue) cannot be set at \(level) level: it is locked by \(owner) (\(ownerLevel)); "
                + "ask that level to change or unlock it"
        case .levelNotAllowed(let key, let level):
            let allowed = key.levels.sorted().map(\.description).joined(separator: ", ")
            return "\(key.rawValue) cannot be set at \(level) level; it may be set at: \(allowed)"
        case .invalidSettingValue(let key, let message):
            return "invalid value for \(key.rawValue): \(message)"
        case .unknownID(let kind, let id):
            return "unknown \(kind) \(id)"
        case .invalidRequest(let message):
            return message
        }
    }
}

/// The target of an operation: the company, a group, a rep or a customer.
public enum Scope: Hashable, Sendable, CustomStringConvertible {
    case company
    case group(String)
    case rep(String)
    case customer(String)

    public var description: String {
        switch self {
        case .company: "the whole company"
        case .group(let id): "group \(id)"
        case .rep(let id): "rep \(id)"
        case .customer(let id): "customer \(id)"
        }
    }

    /// The settings level of this scope.
    public var level: SettingLevel {
        switch self {
        case .company: .company
        case .group: .group
        case .rep: .rep
        case .customer: .customer
        }
    }
}

extension Operation {
    /// The operation as a verb phrase for messages.
    var phrase: String {
        switch self {
        case .changeCompanySetting: "change company settings"
        case .changeGroupSetting: "change group settings"
        case .changeRepSetting: "change rep settings"
        case .changeCustomerSetting: "change customer settings"
        case .editCustomers: "create or edit customers"
        case .transferCustomers: "transfer customers"
        case .editPastVisits: "edit past visits"
        case .importData: "import data"
        case .bulkDelete: "delete in bulk"
        }
    }

    /// Returns the operation that changes a setting at `level`.
    public static func changeSetting(at level: SettingLevel) -> Operation {
        switch level {
        case .company: .changeCompanySetting
        case .group: .changeGroupSetting
        case .rep: .changeRepSetting
        case .customer: .changeCustomerSetting
        }
    }
}

extension PermissionLevel {
    var phrase: String {
        switch self {
        case .everyone: "everyone"
        case .supervisorsAndAdmins: "supervisors and admins only"
        case .adminsOnly: "admins only"
        case .nobody: "nobody"
        }
    }
}
