import GiroCompany
import GiroModel

extension CompanyDecoder {
    static let userKeys = ["id", "name", "role", "groupIds", "repId"]
    /// Health thresholds may be negative, for criteria such as a balance.
    static let thresholdRange = NumberRange.from(-1e9, to: 1e9)

    /// Decodes `users`, `permissions` and `healthThresholds`; needs the
    /// groups and reps.
    func decodeAccess(_ object: JSONObject, into company: inout Company) throws(FormatError) {
        if let field = object.optional("users") {
            company.users = try decodeUsers(field)
        }
        if let field = object.optional("permissions") {
            company.permissions = try decodePermissions(field)
        }
        if let field = object.optional("healthThresholds") {
            company.healthThresholds = try decodeThresholds(field)
        }
    }

    private func decodeUsers(_ field: JSONField) throws(FormatError) -> [User] {
        var ids = UniqueIDs(kind: "user")
        var users: [User] = []
        for element in try field.array() {
            let object = try element.object(keys: CompanyDecoder.userKeys)
            let idField = try object.required("id", hint: "add a unique id such as \"giulia\"")
            let id = try idField.identifier()
            try ids.insert(id, from: idField)
            users.append(try decodeUser(object, id: id))
        }
        return users
    }

    /// Reads one user and the fields of its role: a supervisor leads at
    /// least one group, a rep user is one rep, and no role has the other
    /// role's field.
    private func decodeUser(_ object: JSONObject, id: String) throws(FormatError) -> User {
        let roleField = try object.required("role", hint: "add \"admin\", \"supervisor\" or \"rep\"")
        let roleName = try roleField.string()
        guard let role = Role(rawValue: roleName) else {
            throw roleField.error(
                "role \"\(roleName)\" is not a role; "
                    + KeySuggestion.hint(for: roleName, among: Role.allCases.map(\.rawValue)))
        }
        var user = User(id: id, name: try object.optional("name")?.string(), role: role)

        if let groupsField = object.optional("groupIds"), role != .supervisor {
            throw groupsField.error(
                "user \"\(id)\" is \(role.article) \(role.rawValue), and only supervisors have groupIds; "
                    + "remove groupIds or make the user a supervisor")
        }
        if let repField = object.optional("repId"), role != .rep {
            throw repField.error(
                "user \"\(id)\" is \(role.article) \(role.rawValue), and only rep users have a repId; "
                    + "remove repId \(repField.node.value.sourceText) or make the user a rep")
        }

        switch role {
        case .admin:
            break
        case .supervisor:
            user.groupIDs = try decodeLedGroups(
                object.required(
                    "groupIds", hint: "a supervisor needs the groups it leads, such as \"groupIds\": [\"north\"]"))
        case .rep:
            user.repID = try reference(
                object.required("repId", hint: "a rep user needs the id of the rep it is, such as \"repId\": \"R1\""),
                kind: "rep", among: repIDs)
        }
        return user
    }

    private func decodeLedGroups(_ field: JSONField) throws(FormatError) -> Set<String> {
        let elements = try field.array()
        guard !elements.isEmpty else {
            throw field.error("groupIds is empty; a supervisor leads at least one group, so add its ids")
        }

        var groups: Set<String> = []
        for element in elements {
            let id = try reference(element, kind: "group", among: groupIDs)
            guard groups.insert(id).inserted else {
                throw element.error("group \"\(id)\" appears twice in groupIds; remove the repeated id")
            }
        }
        return groups
    }

    /// Reads operation → level overrides on top of the default policy.
    private func decodePermissions(_ field: JSONField) throws(FormatError) -> PermissionPolicy {
        let object = try field.object(keys: Operation.allCases.map(\.rawValue))
        let levelNames = PermissionLevel.allCases.map(\.rawValue)

        var overrides: [Operation: PermissionLevel] = [:]
        for operation in Operation.allCases {
            guard let levelField = object.optional(operation.rawValue) else { continue }
            let name = try levelField.string()
            guard let level = PermissionLevel(rawValue: name) else {
                throw levelField.error(
                    "\"\(name)\" is not a permission level; " + KeySuggestion.hint(for: name, among: levelNames))
            }
            overrides[operation] = level
        }
        return PermissionPolicy(overrides)
    }

    /// Reads criterion id → threshold. The ids are not checked against the
    /// health check's criteria.
    private func decodeThresholds(_ field: JSONField) throws(FormatError) -> [String: Double] {
        guard case .object = field.node.value else {
            throw field.typeError(expected: "an object of criterion ids and numbers")
        }

        var thresholds: [String: Double] = [:]
        for member in field.memberFields {
            guard !member.name.isEmpty else {
                throw member.error("a criterion id is empty; use the id of a health-check criterion")
            }
            thresholds[member.name] = try member.number(in: CompanyDecoder.thresholdRange)
        }
        return thresholds
    }
}

extension Role {
    /// "an" or "a", for messages such as "is an admin".
    fileprivate var article: String {
        self == .admin ? "an" : "a"
    }
}
