/// A setting's effective value and the level it comes from.
public struct EffectiveSetting: Hashable, Sendable {
    public var key: SettingKey
    public var value: SettingValue
    public var source: SettingSource
    /// The level and owner that lock the key for the scope, if any.
    public var lockedBy: SettingSource?
    /// Whether the scope itself locks the key for the levels below it.
    public var locksLowerLevels: Bool = false
}

extension Company {
    /// Returns the effective value of `key` for a scope. It is the value of the
    /// lowest level of the cascade company → group → rep → customer that sets
    /// it, where the first level that locks it ends the walk, or the default.
    ///
    /// - Throws: `CompanyError.unknownID` when the scope names nothing.
    /// - Complexity: O(G + R + C) to find the group, rep and customer.
    public func effectiveSetting(_ key: SettingKey, for scope: Scope) throws(CompanyError) -> EffectiveSetting {
        try effectiveSetting(key, for: scope, in: nil)
    }

    /// Resolves a setting like `effectiveSetting(_:for:)`, finding the group,
    /// rep and customer through `lookup` in constant time when it is given.
    public func effectiveSetting(
        _ key: SettingKey, for scope: Scope, in lookup: CompanyLookup?
    ) throws(CompanyError) -> EffectiveSetting {
        var value = key.defaultValue
        var source = SettingSource.defaultValue
        var lockedBy: SettingSource?
        var ownLayerLocks = false

        for (layerSource, layer) in try layers(for: scope, in: lookup) {
            guard lockedBy == nil else { break }
            if let set = layer[key] {
                value = set
                source = layerSource
            }
            if layer.locks.contains(key) {
                if layerSource.level == scope.level {
                    ownLayerLocks = true
                } else {
                    lockedBy = layerSource
                }
            }
        }
        return EffectiveSetting(
            key: key, value: value, source: source, lockedBy: lockedBy, locksLowerLevels: ownLayerLocks)
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
    ///
    /// Pass a `lookup` built once when checking many values of one company.
    public func checkSettable(
        _ key: SettingKey, value: SettingValue?, at scope: Scope, lookup: CompanyLookup? = nil
    ) throws(CompanyError) {
        guard key.levels.contains(scope.level) else {
            throw .levelNotAllowed(key: key, level: scope.level)
        }
        if let value, let problem = key.problem(with: value) {
            throw .invalidSettingValue(key: key, message: problem)
        }
        if let owner = try effectiveSetting(key, for: scope, in: lookup).lockedBy {
            throw .settingLocked(key: key, level: scope.level, lockedBy: owner)
        }
    }

    /// Lists every value set below a lock, which `setSetting` would reject.
    ///
    /// File readers call this to reject such files.
    ///
    /// - Complexity: O(G + R + C + V) for G groups, R reps, C customers and V
    ///   values set below the company level.
    public func lockViolations() -> [(scope: Scope, key: SettingKey, lockedBy: SettingSource)] {
        let lookup = CompanyLookup(self)
        var found: [(Scope, SettingKey, SettingSource)] = []
        var scopes: [(Scope, SettingsLayer)] = groups.map { (.group($0.id), $0.settings) }
        scopes += reps.map { (.rep($0.id), $0.settings) }
        scopes += customers.map { (.customer($0.id), $0.settings) }
        for (scope, layer) in scopes {
            for key in layer.values.keys.sorted() {
                guard let setting = try? effectiveSetting(key, for: scope, in: lookup), let owner = setting.lockedBy
                else { continue }
                found.append((scope, key, owner))
            }
        }
        return found
    }

    /// Returns the layers from the company down to the scope, with their
    /// sources. Without `lookup`, ids are found by linear search.
    func layers(
        for scope: Scope, in lookup: CompanyLookup? = nil
    ) throws(CompanyError) -> [(SettingSource, SettingsLayer)] {
        let findGroup = { (id: String) -> RepGroup? in
            lookup.map { $0.groups[id].map { self.groups[$0] } } ?? self.group(id: id)
        }
        let findRep = { (id: String) -> CompanyRep? in
            lookup.map { $0.reps[id].map { self.reps[$0] } } ?? self.rep(id: id)
        }
        let findCustomer = { (id: String) -> CompanyCustomer? in
            lookup.map { $0.customers[id].map { self.customers[$0] } } ?? self.customer(id: id)
        }

        var result: [(SettingSource, SettingsLayer)] = [(.company, settings)]
        switch scope {
        case .company:
            break
        case .group(let id):
            guard let group = findGroup(id) else { throw .unknownID(kind: "group", id: id) }
            result.append((.group(id), group.settings))
        case .rep(let id):
            guard let rep = findRep(id) else { throw .unknownID(kind: "rep", id: id) }
            if let group = findGroup(rep.groupID) {
                result.append((.group(group.id), group.settings))
            }
            result.append((.rep(id), rep.settings))
        case .customer(let id):
            guard let customer = findCustomer(id) else { throw .unknownID(kind: "customer", id: id) }
            if let rep = findRep(customer.repID) {
                if let group = findGroup(rep.groupID) {
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
