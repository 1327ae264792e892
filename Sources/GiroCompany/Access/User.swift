/// A person who works with the company's data, with a role.
public struct User: Hashable, Sendable, Identifiable {
    public var id: String
    public var name: String?
    public var role: Role
    /// Groups a supervisor leads; empty for other roles.
    public var groupIDs: Set<String>
    /// The rep a rep user is; nil for other roles.
    public var repID: String?

    public init(id: String, name: String? = nil, role: Role, groupIDs: Set<String> = [], repID: String? = nil) {
        self.id = id
        self.name = name
        self.role = role
        self.groupIDs = groupIDs
        self.repID = repID
    }
}

/// A user's role. `PermissionPolicy` sets what each role may do per
/// operation.
public enum Role: String, Hashable, Sendable, CaseIterable {
    case admin
    case supervisor
    case rep
}
