import Giro
import Testing

/// Every operation, performed by every role on its own and on foreign data,
/// under the default policy and with each operation's level set to `nobody`
/// and to `everyone`.
///
/// The expected outcome comes from the documented rules, restated here. The
/// role must reach the operation's level. Then admins reach everything,
/// supervisors reach the groups they lead with their reps and customers, and
/// reps reach themselves and their own customers.
@Suite("Permissions")
struct PermissionTests {
    @Test(arguments: PolicyCase.all)
    func everyActionForEveryRole(_ policyCase: PolicyCase) throws {
        var baseline = permissionCompany()
        baseline.permissions = policyCase.policy

        for action in PermissionAction.all {
            for role in RoleCase.all {
                try check(action, by: role, on: baseline, policy: policyCase.name)
            }
        }
    }

    @Test func matrixCoversEveryOperation() {
        #expect(Set(PermissionAction.all.map(\.operation)) == Set(Operation.allCases))
        #expect(PolicyCase.all.count == 1 + 2 * Operation.allCases.count)
        #expect(RoleCase.all.count == 5)
    }

    /// The outcomes of the default policy written out by hand, so that the
    /// rule model of `expectedError` is checked against a fixed table.
    /// Letters: A allowed, D permission denied, S out of scope. Each row has
    /// one letter per role, in the order of `RoleCase.all`.
    @Test func defaultPolicyMatchesWrittenTable() throws {
        let table: [String: String] = [
            "set a company setting": "ADDDD",
            "set a group setting": "AASDD",
            "set a rep setting": "AASDD",
            "set a customer setting": "AASAS",
            "lock a company setting": "ADDDD",
            "lock a group setting": "AASDD",
            "lock a rep setting": "AASDD",
            "edit a customer": "AASAS",
            "create a customer": "AASAS",
            "add a past visit": "AASDD",
            "remove a past visit": "AASDD",
            "import customers": "ADDDD",
            "delete customers": "ADDDD",
            "transfer customers": "AASDD",
        ]
        #expect(Set(table.keys) == Set(PermissionAction.all.map(\.name)))

        let baseline = permissionCompany()
        for action in PermissionAction.all {
            let row = try #require(table[action.name])
            for (role, letter) in zip(RoleCase.all, row) {
                var company = baseline
                let outcome: Character
                do throws(CompanyError) {
                    try action.perform(&company, baseline.user(role.userID), role)
                    outcome = "A"
                } catch .permissionDenied {
                    outcome = "D"
                } catch .outOfScope {
                    outcome = "S"
                } catch {
                    Issue.record("\(action.name) by \(role.name): unexpected \(error)")
                    continue
                }
                #expect(outcome == letter, "\(action.name) by \(role.name)")
            }
        }
    }

    /// Performs one action and checks its outcome against the rules.
    private func check(_ action: PermissionAction, by role: RoleCase, on baseline: Company, policy: String) throws {
        let label = "\(action.name) by \(role.name) with \(policy)"
        let user = baseline.user(role.userID)
        var company = baseline

        guard let expected = expectedError(action, by: user, role: role, in: baseline) else {
            do {
                try action.perform(&company, user, role)
            } catch {
                Issue.record("\(label): expected success, got \(error)")
                return
            }
            #expect(company != baseline, "\(label): the company did not change")
            #expect(action.verify(company, role), "\(label): the change is not the expected one")
            return
        }

        do throws(CompanyError) {
            try action.perform(&company, user, role)
            Issue.record("\(label): expected \(expected), but it succeeded")
            return
        } catch {
            #expect(error == expected, "\(label)")
            let message = error.description
            #expect(message.contains("user \(user.id)"), "\(label): \(message)")
            #expect(message.contains(operationPhrases[action.operation] ?? "?"), "\(label): \(message)")
            switch expected {
            case .permissionDenied(_, _, let level):
                #expect(message.contains(levelPhrases[level] ?? "?"), "\(label): \(message)")
            case .outOfScope(_, _, let scope):
                #expect(message.contains("\(scope)"), "\(label): \(message)")
            default:
                Issue.record("\(label): the model expects only permission errors")
            }
        }
        #expect(company == baseline, "\(label): a rejected action changed the company")
    }

    /// Predicts the error from the rules, or nil when the action is allowed.
    private func expectedError(
        _ action: PermissionAction, by user: User, role: RoleCase, in company: Company
    ) -> CompanyError? {
        let level = company.permissions[action.operation]
        let admitted: Bool
        switch level {
        case .everyone: admitted = true
        case .supervisorsAndAdmins: admitted = user.role == .admin || user.role == .supervisor
        case .adminsOnly: admitted = user.role == .admin
        case .nobody: admitted = false
        }
        guard admitted else {
            return .permissionDenied(userID: user.id, operation: action.operation, level: level)
        }

        for scope in action.scopes(role) where !reaches(user, scope, in: company) {
            return .outOfScope(userID: user.id, operation: action.operation, scope: scope)
        }
        return nil
    }

    private func reaches(_ user: User, _ scope: Scope, in company: Company) -> Bool {
        switch user.role {
        case .admin:
            return true
        case .supervisor:
            guard let group = groupID(of: scope, in: company) else { return false }
            return user.groupIDs.contains(group)
        case .rep:
            guard let rep = repID(of: scope, in: company) else { return false }
            return rep == user.repID
        }
    }

    private func groupID(of scope: Scope, in company: Company) -> String? {
        switch scope {
        case .company: nil
        case .group(let id): id
        case .rep, .customer: repID(of: scope, in: company).flatMap { company.rep(id: $0)?.groupID }
        }
    }

    private func repID(of scope: Scope, in company: Company) -> String? {
        switch scope {
        case .company, .group: nil
        case .rep(let id): id
        case .customer(let id): company.customer(id: id)?.repID
        }
    }
}

/// Builds the small company with one past visit, one reservation and one
/// appointment per rep, so that every operation has data to act on.
private func permissionCompany() -> Company {
    var company = smallCompany()
    for rep in company.reps {
        company.visitHistory.append(
            PastVisit(customerID: "\(rep.id)-C1", date: company.planningStart.adding(days: -10), time: 10 * 3600))
        company.reservations.append(Reservation(id: "\(rep.id)-R1", customerID: "\(rep.id)-C3"))
        company.appointments.append(
            Appointment(
                id: "\(rep.id)-A1", repID: rep.id, customerID: "\(rep.id)-C4",
                kind: .onDay(date: company.planningStart.adding(days: 1)),
                window: TimeWindow(start: 9 * 3600, end: 12 * 3600), duration: 1800))
    }
    return company
}

/// The phrase each operation has in permission messages.
private let operationPhrases: [Operation: String] = [
    .changeCompanySetting: "change company settings",
    .changeGroupSetting: "change group settings",
    .changeRepSetting: "change rep settings",
    .changeCustomerSetting: "change customer settings",
    .editCustomers: "create or edit customers",
    .transferCustomers: "transfer customers",
    .editPastVisits: "edit past visits",
    .importData: "import data",
    .bulkDelete: "delete in bulk",
]

/// The phrase each permission level has in permission messages.
private let levelPhrases: [PermissionLevel: String] = [
    .everyone: "everyone",
    .supervisorsAndAdmins: "supervisors and admins only",
    .adminsOnly: "admins only",
    .nobody: "nobody",
]

/// A permission policy under test: the default, or the default with one
/// operation set to `nobody` or `everyone`.
struct PolicyCase: Sendable, CustomTestStringConvertible {
    let name: String
    let policy: PermissionPolicy

    var testDescription: String { name }

    static let all: [PolicyCase] = [PolicyCase(name: "default policy", policy: PermissionPolicy())]
        + Operation.allCases.flatMap { operation in
            [PermissionLevel.nobody, .everyone].map { level in
                PolicyCase(name: "\(operation.rawValue) = \(level.rawValue)", policy: PermissionPolicy([operation: level]))
            }
        }
}

/// A user acting on data of one rep: `targetRepID` is the rep whose data the
/// action changes, and `partnerRepID` the rep that receives a transfer.
struct RoleCase: Sendable {
    let name: String
    let userID: String
    let targetRepID: String
    let partnerRepID: String
    let groupID: String

    static let all: [RoleCase] = [
        RoleCase(name: "admin", userID: "admin", targetRepID: "N1", partnerRepID: "N2", groupID: "north"),
        RoleCase(
            name: "supervisor of the group", userID: "boss-north", targetRepID: "N1", partnerRepID: "N2",
            groupID: "north"),
        RoleCase(
            name: "supervisor of another group", userID: "boss-north", targetRepID: "S1", partnerRepID: "S2",
            groupID: "south"),
        RoleCase(name: "rep on own data", userID: "rep-N1", targetRepID: "N1", partnerRepID: "N2", groupID: "north"),
        RoleCase(
            name: "rep on another rep's data", userID: "rep-N1", targetRepID: "N2", partnerRepID: "N1",
            groupID: "north"),
    ]

    func customer(_ number: Int) -> String { "\(targetRepID)-C\(number)" }
}

/// One call of the editing API, with the operation it needs, the scopes it
/// authorizes in order, and a check of its effect.
struct PermissionAction: Sendable {
    let name: String
    let operation: Operation
    let scopes: @Sendable (RoleCase) -> [Scope]
    let perform: @Sendable (inout Company, User, RoleCase) throws(CompanyError) -> Void
    let verify: @Sendable (Company, RoleCase) -> Bool

    static let all: [PermissionAction] = settingActions + lockActions + customerActions + bulkActions

    private static let settingActions: [PermissionAction] = [
        setting("set a company setting", .changeCompanySetting) { _ in .company },
        setting("set a group setting", .changeGroupSetting) { .group($0.groupID) },
        setting("set a rep setting", .changeRepSetting) { .rep($0.targetRepID) },
        setting("set a customer setting", .changeCustomerSetting) { .customer($0.customer(1)) },
    ]

    private static let lockActions: [PermissionAction] = [
        lock("lock a company setting", .changeCompanySetting) { _ in .company },
        lock("lock a group setting", .changeGroupSetting) { .group($0.groupID) },
        lock("lock a rep setting", .changeRepSetting) { .rep($0.targetRepID) },
    ]

    private static let customerActions: [PermissionAction] = [
        PermissionAction(
            name: "edit a customer", operation: .editCustomers, scopes: { [.rep($0.targetRepID)] },
            perform: { company, user, role throws(CompanyError) in
                var customer = company.customer(id: role.customer(1))!
                customer.name = "Renamed"
                try company.upsertCustomer(customer, by: user)
            },
            verify: { company, role in company.customer(id: role.customer(1))?.name == "Renamed" }),
        PermissionAction(
            name: "create a customer", operation: .editCustomers, scopes: { [.rep($0.targetRepID)] },
            perform: { company, user, role throws(CompanyError) in
                let customer = CompanyCustomer(
                    id: "\(role.targetRepID)-NEW", repID: role.targetRepID,
                    location: .geographic(latitude: 45.6, longitude: 9.7))
                try company.upsertCustomer(customer, by: user)
            },
            verify: { company, role in company.customer(id: "\(role.targetRepID)-NEW")?.repID == role.targetRepID }),
        PermissionAction(
            name: "add a past visit", operation: .editPastVisits, scopes: { [.customer($0.customer(2))] },
            perform: { company, user, role throws(CompanyError) in
                let visit = PastVisit(customerID: role.customer(2), date: company.planningStart.adding(days: -3))
                try company.addPastVisit(visit, by: user)
            },
            verify: { company, role in company.visitHistory.contains { $0.customerID == role.customer(2) } }),
        PermissionAction(
            name: "remove a past visit", operation: .editPastVisits, scopes: { [.customer($0.customer(1))] },
            perform: { company, user, role throws(CompanyError) in
                let visit = PastVisit(
                    customerID: role.customer(1), date: company.planningStart.adding(days: -10), time: 10 * 3600)
                try company.removePastVisit(visit, by: user)
            },
            verify: { company, role in !company.visitHistory.contains { $0.customerID == role.customer(1) } }),
    ]

    private static let bulkActions: [PermissionAction] = [
        PermissionAction(
            name: "import customers", operation: .importData, scopes: { [.rep($0.targetRepID)] },
            perform: { company, user, role throws(CompanyError) in
                var replaced = company.customer(id: role.customer(2))!
                replaced.priorityClass = "A"
                let added = CompanyCustomer(
                    id: "\(role.targetRepID)-IMP", repID: role.targetRepID,
                    location: .geographic(latitude: 45.7, longitude: 9.7))
                try company.importCustomers([replaced, added], forRep: role.targetRepID, by: user)
            },
            verify: { company, role in
                company.customer(id: role.customer(2))?.priorityClass == "A"
                    && company.customer(id: "\(role.targetRepID)-IMP") != nil
            }),
        PermissionAction(
            name: "delete customers", operation: .bulkDelete, scopes: { [.rep($0.targetRepID)] },
            perform: { company, user, role throws(CompanyError) in
                try company.deleteCustomers([role.customer(3), role.customer(4)], by: user)
            },
            verify: { company, role in
                let deleted: Set<String> = [role.customer(3), role.customer(4)]
                return !company.customers.contains { deleted.contains($0.id) }
                    && !company.reservations.contains { deleted.contains($0.customerID) }
                    && !company.appointments.contains { $0.customerID.map(deleted.contains) == true }
            }),
        PermissionAction(
            name: "transfer customers", operation: .transferCustomers,
            scopes: { [.rep($0.targetRepID), .rep($0.partnerRepID)] },
            perform: { company, user, role throws(CompanyError) in
                let request = TransferRequest(
                    from: role.targetRepID, to: role.partnerRepID, customerIDs: [role.customer(1)])
                _ = try company.transfer(request, by: user)
            },
            verify: { company, role in company.customer(id: role.customer(1))?.repID == role.partnerRepID }),
    ]

    private static func setting(
        _ name: String, _ operation: Operation, scope: @escaping @Sendable (RoleCase) -> Scope
    ) -> PermissionAction {
        PermissionAction(
            name: name, operation: operation, scopes: { [scope($0)] },
            perform: { company, user, role throws(CompanyError) in
                try company.setSetting(.visitDuration, to: .duration(2400), at: scope(role), by: user)
            },
            verify: { company, role in
                (try? company.effectiveSetting(.visitDuration, for: scope(role)).value) == .duration(2400)
            })
    }

    private static func lock(
        _ name: String, _ operation: Operation, scope: @escaping @Sendable (RoleCase) -> Scope
    ) -> PermissionAction {
        PermissionAction(
            name: name, operation: operation, scopes: { [scope($0)] },
            perform: { company, user, role throws(CompanyError) in
                try company.setLock(.dueAfter, locked: true, at: scope(role), by: user)
            },
            verify: { company, role in
                switch scope(role) {
                case .company: company.settings.locks.contains(.dueAfter)
                case .group(let id): company.group(id: id)?.settings.locks.contains(.dueAfter) == true
                case .rep(let id): company.rep(id: id)?.settings.locks.contains(.dueAfter) == true
                case .customer: false
                }
            })
    }
}
