/// The health check of a company, a group or a rep: data quality, planning
/// settings, territory characteristics and usage, each criterion measured
/// against a threshold. `docs/health-check.md` lists every criterion.
public enum HealthCheck {
    /// Every criterion, in id order within the categories data quality,
    /// planning settings, territory and usage.
    public static let criteria: [HealthCriterion] = rules.map(\.criterion)

    static let rules: [HealthRule] =
        locationRules + recordRules + planningSettingRules + territoryRules + usageRules

    /// Runs every criterion on a scope and returns the findings, worst first.
    ///
    /// Thresholds come from `company.healthThresholds[id]`, or the
    /// criterion's default when the company sets none or sets a negative or
    /// non-finite value. When `user` is given, an admin may check anything,
    /// a supervisor only the groups he leads and their reps, and a rep only
    /// himself. Group-level criteria (workload imbalance, overlapping
    /// territories) run for the company and group scopes only.
    ///
    /// - Throws: `CompanyError.outOfScope` when the user may not see the
    ///   scope, `.unknownID` for an unknown group or rep, and
    ///   `.invalidRequest` when the company's travel specification is
    ///   invalid.
    /// - Complexity: O(C + A + H) for the company's customers, appointments
    ///   and past visits, plus O(n²) per rep of n customers and O(C·R) for
    ///   comparisons with the homes of R reps. Duplicate customers are found
    ///   through a grid of coordinates, in O(C) expected.
    public static func run(
        company: Company, scope: HealthScope = .company, user: User? = nil
    ) throws(CompanyError) -> HealthReport {
        if let user {
            try authorize(user, for: scope, in: company)
        }

        let context = try HealthContext(company: company, scope: scope)
        let (thresholds, ignored) = resolvedThresholds(of: company)

        var findings: [HealthFinding] = []
        for rule in rules {
            let threshold = thresholds[rule.criterion.id] ?? rule.criterion.defaultThreshold
            let evaluation = CriterionEvaluation(context: context, criterion: rule.criterion, threshold: threshold)
            findings += rule.evaluate(evaluation)
        }
        return HealthReport(scope: scope, criteriaChecked: rules.count, findings: findings, ignoredThresholds: ignored)
    }

    /// Returns the criterion with an id, or nil.
    public static func criterion(id: String) -> HealthCriterion? {
        criteria.first { $0.id == id }
    }

    /// Returns the threshold in force for a criterion: the company's override
    /// when it is finite and not negative, otherwise the default. Returns nil
    /// for an unknown id.
    public static func threshold(of criterionID: String, in company: Company) -> Double? {
        guard let criterion = criterion(id: criterionID) else { return nil }
        guard let override = company.healthThresholds[criterionID], override.isFinite, override >= 0 else {
            return criterion.defaultThreshold
        }
        return override
    }

    /// Splits the company's overrides into usable ones by criterion id and
    /// the keys that are ignored.
    private static func resolvedThresholds(of company: Company) -> (thresholds: [String: Double], ignored: [String]) {
        let known = Set(criteria.map(\.id))
        var thresholds: [String: Double] = [:]
        var ignored: [String] = []
        for (id, value) in company.healthThresholds {
            guard known.contains(id), value.isFinite, value >= 0 else {
                ignored.append(id)
                continue
            }
            thresholds[id] = value
        }
        return (thresholds, ignored)
    }

    /// Checks that `user` may see the scope: admins see everything,
    /// supervisors their groups and the reps in them, reps only themselves.
    ///
    /// - Throws: `CompanyError.unknownID` for an unknown group or rep, and
    ///   `.outOfScope` for a scope outside the user's.
    private static func authorize(_ user: User, for scope: HealthScope, in company: Company) throws(CompanyError) {
        var groupID: String?
        switch scope {
        case .company:
            break
        case .group(let id):
            guard company.group(id: id) != nil else { throw .unknownID(kind: "group", id: id) }
            groupID = id
        case .rep(let id):
            guard let rep = company.rep(id: id) else { throw .unknownID(kind: "rep", id: id) }
            groupID = rep.groupID
        }

        let allowed: Bool
        switch user.role {
        case .admin:
            allowed = true
        case .supervisor:
            allowed = groupID.map(user.groupIDs.contains) ?? false
        case .rep:
            if case .rep(let id) = scope, let own = user.repID {
                allowed = id == own
            } else {
                allowed = false
            }
        }
        guard allowed else {
            // NOTE: `Operation` has no case for reading reports, so the error
            // names the operation that changes settings at the scope's level.
            // Callers that print it should name the health check themselves.
            throw .outOfScope(userID: user.id, operation: .changeSetting(at: scope.scope.level), scope: scope.scope)
        }
    }
}
