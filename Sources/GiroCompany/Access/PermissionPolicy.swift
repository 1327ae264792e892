/// The operations that need a permission.
public enum Operation: String, Hashable, Sendable, CaseIterable {
    case changeCompanySetting
    case changeGroupSetting
    case changeRepSetting
    case changeCustomerSetting
    case editCustomers
    case transferCustomers
    case editPastVisits
    case importData
    case bulkDelete
}

/// The roles allowed to perform an operation.
public enum PermissionLevel: String, Hashable, Sendable, CaseIterable {
    case everyone
    case supervisorsAndAdmins
    case adminsOnly
    case nobody

    /// Returns whether a role passes this level, before the scope check.
    public func admits(_ role: Role) -> Bool {
        switch self {
        case .everyone: true
        case .supervisorsAndAdmins: role != .rep
        case .adminsOnly: role == .admin
        case .nobody: false
        }
    }
}

/// The permission level of every operation.
public struct PermissionPolicy: Hashable, Sendable {
    private var levels: [Operation: PermissionLevel]

    /// Creates the default policy, with `overrides` applied.
    public init(_ overrides: [Operation: PermissionLevel] = [:]) {
        levels = PermissionPolicy.defaults.merging(overrides) { _, override in override }
    }

    public subscript(operation: Operation) -> PermissionLevel {
        get { levels[operation] ?? .nobody }
        set { levels[operation] = newValue }
    }

    /// The documented defaults: admins set company policy, supervisors run
    /// their groups, reps keep their own customers up to date.
    public static let defaults: [Operation: PermissionLevel] = [
        .changeCompanySetting: .adminsOnly,
        .changeGroupSetting: .supervisorsAndAdmins,
        .changeRepSetting: .supervisorsAndAdmins,
        .changeCustomerSetting: .everyone,
        .editCustomers: .everyone,
        .transferCustomers: .supervisorsAndAdmins,
        .editPastVisits: .supervisorsAndAdmins,
        .importData: .adminsOnly,
        .bulkDelete: .adminsOnly,
    ]
}
