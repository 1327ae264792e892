/// A setting's effective value and the level it comes from.
public struct EffectiveSetting: Hashable, Sendable {
    public var key: SettingKey
    public var value: SettingValue
    public var source: SettingSource
    /// The level and owner that lock the key for the scope, if any.
    public var lockedBy: SettingSource?
}

extension Company {
    /// Returns the effective value of `key` for a scope. It is the value of the
    /// lowest level of the cascade company → group → rep → customer that sets
    /// it, where the first level that locks it ends the walk, or the default.
    ///
    /// - Throws: `CompanyError.unknownID` when the scope names nothing.
    /// - Complexity: O(G + R + C) to find the group, rep and customer.
    public func effectiveSetting(_ key: SettingKey, for scope: Scope) throws(CompanyError) -> EffectiveSetting {
        var value = key.defaultValue
        var source = SettingSource.defaultValue
        var lockedBy: SettingSource?

        for (layerSource, layer) in try layers(for: scope) {
            guard lockedBy == nil else { break }
            if let set = layer[key] {
                value = set
                source = layerSource
            }
            if layer.locks.contains(key), layerSource.level != scope.level {
                lockedBy = layerSource
            }
        }
        return EffectiveSetting(key: key, value: value, source: source, lockedBy: lockedBy)
    }

    /// Returns every setting's effective value for a scope, in key order.
    public func effectiveSettings(for scope: Scope) throws(CompanyError) -> [EffectiveSetting] {
        var result: [EffectiveSetting] = []
        for key in SettingKey.allCases.sorted() where key.levels.contains(where: { $0 <= scope.level }) {
            result.append(try effectiveSetting(key, for: scope))
        }
        return result
    }

    /// Sets (or, with nil, clears so that it inherits) a setting at a scope,
    /// on behalf of `user`.
    ///
    /// - Throws: `CompanyError` when the user lacks the permission or the
    ///   scope, the key cannot be set at that level, the value does not fit,
    ///   or a higher level locks the key. A lock error names the lock's owner
    ///   and level.
    public mutating func setSetting(
        _ key: SettingKey, to value: SettingValue?, at scope: Scope, by user: User
    ) throws(CompanyError) {
        try authorize(user, .changeSetting(at: scope.level), on: scope)
        try checkSettable(key, value: value, at: scope)

        try modifyLayer(at: scope) { layer in
            layer[key] = value
        }
    }

    /// Locks or unlocks a key at a scope, so that levels below it cannot set
    /// it, on behalf of `user`. Customers have no level below them, so they
    /// cannot lock.
    ///
    /// - Throws: `CompanyError` when the user lacks the permission or scope,
    ///   or a higher level already locks the key.
    public mutating func setLock(
        _ key: SettingKey, locked: Bool, at scope: Scope, by user: User
    ) throws(CompanyError) {
        try authorize(user, .changeSetting(at: scope.level), on: scope)
        guard scope.level != .customer else {
            throw .invalidRequest("customers have no lower level, so a customer cannot lock \(key.rawValue)")
        }
        if let owner = try effectiveSetting(key, for: scope).lockedBy {
            throw .settingLocked(key: key, level: scope.level, lockedBy: owner)
        }

        try modifyLayer(at: scope) { layer in
            if locked {
                layer.locks.insert(key)
            } else {
                layer.locks.remove(key)
            }
        }
    }

    /// Checks that a key may take a value at a scope, whatever the user.
    public func checkSettable(_ key: SettingKey, value: SettingValue?, at scope: Scope) throws(CompanyError) {
        guard key.levels.contains(scope.level) else {
            throw .levelNotAllowed(key: key, level: scope.level)
        }
        if let value, let problem = key.problem(with: value) {
            throw .invalidSettingValue(key: key, message: problem)
        }
        if let owner = try effectiveSetting(key, for: scope).lockedBy {
            throw .settingLocked(key: key, level: scope.level, lockedBy: owner)
        }
    }

    /// Lists every value set below a lock, which `setSetting` would reject.
    ///
    /// File readers call this to reject such files.
    public func lockViolations() -> [(scope: Scope, key: SettingKey, lockedBy: SettingSource)] {
        var found: [(Scope, SettingKey, SettingSource)] = []
        var scopes: [(Scope, SettingsLayer)] = groups.map { (.group($0.id), $0.settings) }
        scopes += reps.map { (.rep($0.id), $0.settings) }
        scopes += customers.map { (.customer($0.id), $0.settings) }
        for (scope, layer) in scopes {
            for key in layer.values.keys.sorted() {
                guard let setting = try? effectiveSetting(key, for: scope), let owner = setting.lockedBy else { continue }
                found.append((scope, key, owner))
            }
        }
        return found
    }

    /// Returns the layers from the company down to the scope, with their sources.
    func layers(for scope: Scope) throws(CompanyError) -> [(SettingSource, SettingsLayer)] {
        var result: [(SettingSource, SettingsLayer)] = [(.company, settings)]
        switch scope {
        case .company:
            break
        case .group(let id):
            guard let group = group(id: id) else { throw .unknownID(kind: "group", id: id) }
            result.append((.group(id), group.settings))
        case .rep(let id):
            guard let rep = rep(id: id) else { throw .unknownID(kind: "rep", id: id) }
            if let group = group(id: rep.groupID) {
                result.append((.group(group.id), group.settings))
            }
            result.append((.rep(id), rep.settings))
        case .customer(let id):
            guard let customer = customer(id: id) else { throw .unknownID(kind: "customer", id: id) }
            if let rep = rep(id: customer.repID) {
                if let group = group(id: rep.groupID) {
                    result.append((.group(group.id), group.settings))
                }
                result.append((.rep(rep.id), rep.settings))
            }
            result.append((.customer(id), customer.settings))
        }
        return result
    }

    private mutating func modifyLayer(at scope: Scope, _ change: (inout SettingsLayer) -> Void) throws(CompanyError) {
        switch scope {
        case .company:
            change(&settings)
        case .group(let id):
            guard let index = groups.firstIndex(where: { $0.id == id }) else { throw .unknownID(kind: "group", id: id) }
            change(&groups[index].settings)
        case .rep(let id):
            guard let index = reps.firstIndex(where: { $0.id == id }) else { throw .unknownID(kind: "rep", id: id) }
            change(&reps[index].settings)
        case .customer(let id):
            guard let index = customers.firstIndex(where: { $0.id == id }) else {
                throw .unknownID(kind: "customer", id: id)
            }
            change(&customers[index].settings)
        }
    }
}
