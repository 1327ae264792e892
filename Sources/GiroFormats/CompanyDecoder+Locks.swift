import GiroCompany
import GiroModel

extension CompanyDecoder {
    /// Checks every settings object, in file order, against the locks of the
    /// levels above it: a key that a level above locks may be neither set
    /// nor locked again. Ends with `Company.lockViolations()`, which must be
    /// empty once every value passes `Company.checkSettable`.
    ///
    /// - Throws: `FormatError` at the locked key, naming the lock's owner
    ///   and level.
    /// - Complexity: O(V × (G + R + C)) for V values set in G groups, R reps
    ///   and C customers, because `Company.effectiveSetting` finds each
    ///   level by a linear search.
    func checkLocks(of company: Company) throws(FormatError) {
        let layers = CompanyDecoder.layersByScope(of: company)
        let lookup = CompanyLookup(company)
        for (scope, field) in settingsFields {
            for member in field.memberFields {
                if member.name == "locked" {
                    try checkRelock(member, scope: scope, company: company, lookup: lookup)
                    continue
                }
                guard let key = SettingKey(rawValue: member.name) else { continue }
                guard let value = layers[scope]?[key] else { continue }
                try checkSettable(key, value: value, member: member, scope: scope, company: company, lookup: lookup)
            }
        }

        guard let violation = company.lockViolations().first else { return }
        let member = settingsFields.first { $0.scope == violation.scope }?.field.memberFields
            .first { $0.name == violation.key.rawValue }
        let error = CompanyError.settingLocked(
            key: violation.key, level: violation.scope.level, lockedBy: violation.lockedBy)
        guard let member else {
            throw FormatError(fileName: settingsFields.first?.field.fileName ?? "", path: "", message: error.description)
        }
        throw member.error("\(error.description), or remove \(member.valueMention) here")
    }

    /// Checks one value with `Company.checkSettable`, which applies the
    /// level rule, `SettingKey.problem(with:)` and the locks above `scope`.
    private func checkSettable(
        _ key: SettingKey, value: SettingValue, member: JSONField, scope: Scope, company: Company,
        lookup: CompanyLookup
    ) throws(FormatError) {
        do {
            try company.checkSettable(key, value: value, at: scope, lookup: lookup)
        } catch {
            guard case .settingLocked = error else {
                throw member.error(error.description)
            }
            throw member.error("\(error.description), or remove \(member.valueMention) here")
        }
    }

    /// Rejects a lock on a key that a level above already locks, as
    /// `Company.setLock` does.
    private func checkRelock(
        _ field: JSONField, scope: Scope, company: Company, lookup: CompanyLookup
    ) throws(FormatError) {
        for element in try field.array() {
            guard case .string(let name) = element.node.value, let key = SettingKey(rawValue: name) else { continue }
            let owner: SettingSource?
            do {
                owner = try company.effectiveSetting(key, for: scope, in: lookup).lockedBy
            } catch {
                throw element.error(error.description)
            }
            guard let owner else { continue }

            let ownerLevel = owner.level.map { "\($0) level" } ?? "default"
            throw element.error(
                "\(name) cannot be locked at \(scope.level) level: it is already locked by \(owner) (\(ownerLevel)); "
                    + "remove \(name) from this list")
        }
    }

    private static func layersByScope(of company: Company) -> [Scope: SettingsLayer] {
        var layers: [Scope: SettingsLayer] = [.company: company.settings]
        for group in company.groups {
            layers[.group(group.id)] = group.settings
        }
        for rep in company.reps {
            layers[.rep(rep.id)] = rep.settings
        }
        for customer in company.customers {
            layers[.customer(customer.id)] = customer.settings
        }
        return layers
    }
}
