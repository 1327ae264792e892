extension Company {
    /// Checks that `user` may perform `operation` on `scope`.
    ///
    /// The role must reach the operation's permission level. Admins then act
    /// on everything. Supervisors act only on the groups they lead, the reps
    /// of those groups and those reps' customers. Reps act only on themselves
    /// and their own customers.
    ///
    /// - Throws: `CompanyError.permissionDenied` or `.outOfScope`, or
    ///   `.unknownID` when the scope names nothing in the company.
    public func authorize(_ user: User, _ operation: Operation, on scope: Scope) throws(CompanyError) {
        let level = permissions[operation]
        guard level.admits(user.role) else {
            throw .permissionDenied(userID: user.id, operation: operation, level: level)
        }

        switch user.role {
        case .admin:
            try checkExists(scope)
        case .supervisor:
            guard let group = try groupID(of: scope), user.groupIDs.contains(group) else {
                throw .outOfScope(userID: user.id, operation: operation, scope: scope)
            }
        case .rep:
            guard let rep = try repID(of: scope), rep == user.repID else {
                throw .outOfScope(userID: user.id, operation: operation, scope: scope)
            }
        }
    }

    /// Returns the group a scope lies in, or nil for the whole company.
    private func groupID(of scope: Scope) throws(CompanyError) -> String? {
        switch scope {
        case .company:
            return nil
        case .group(let id):
            guard group(id: id) != nil else { throw .unknownID(kind: "group", id: id) }
            return id
        case .rep, .customer:
            guard let repID = try repID(of: scope), let rep = rep(id: repID) else { return nil }
            return rep.groupID
        }
    }

    /// Returns the rep a scope belongs to, or nil for a group or the company.
    private func repID(of scope: Scope) throws(CompanyError) -> String? {
        switch scope {
        case .company, .group:
            try checkExists(scope)
            return nil
        case .rep(let id):
            guard rep(id: id) != nil else { throw .unknownID(kind: "rep", id: id) }
            return id
        case .customer(let id):
            guard let customer = customer(id: id) else { throw .unknownID(kind: "customer", id: id) }
            return customer.repID
        }
    }

    private func checkExists(_ scope: Scope) throws(CompanyError) {
        switch scope {
        case .company:
            return
        case .group(let id):
            guard group(id: id) != nil else { throw .unknownID(kind: "group", id: id) }
        case .rep(let id):
            guard rep(id: id) != nil else { throw .unknownID(kind: "rep", id: id) }
        case .customer(let id):
            guard customer(id: id) != nil else { throw .unknownID(kind: "customer", id: id) }
        }
    }
}
