extension Company {
    /// Checks that a customer's own settings layer may sit under rep `repID`.
    ///
    /// The layer must lock nothing, because customers have no lower level.
    /// Every key it sets must be settable at customer level, every value must
    /// fit its key, and no level above (the company, the rep's group or the
    /// rep) may lock a key that the layer sets.
    ///
    /// - Throws: `CompanyError.invalidRequest` for a lock,
    ///   `.levelNotAllowed`, `.invalidSettingValue`, `.settingLocked`, or
    ///   `.unknownID` for an unknown rep.
    /// - Complexity: O(K + G + R) for K keys set in the layer, G groups and
    ///   R reps.
    func checkCustomerSettings(_ layer: SettingsLayer, underRep repID: String) throws(CompanyError) {
        guard layer.locks.isEmpty else {
            let keys = layer.locks.sorted().map(\.rawValue).joined(separator: ", ")
            throw .invalidRequest(
                "a customer cannot lock settings because customers have no lower level; remove the locks on \(keys)")
        }

        let owners = try lockOwners(aboveCustomersOf: repID)
        for key in layer.values.keys.sorted() {
            guard key.levels.contains(.customer) else {
                throw .levelNotAllowed(key: key, level: .customer)
            }
            if let value = layer[key], let problem = key.problem(with: value) {
                throw .invalidSettingValue(key: key, message: problem)
            }
            if let owner = owners[key] {
                throw .settingLocked(key: key, level: .customer, lockedBy: owner)
            }
        }
    }

    /// Finds, for each locked key, the highest level that locks it for the
    /// customers of rep `repID`: the company, the rep's group or the rep.
    ///
    /// - Throws: `CompanyError.unknownID` for an unknown rep.
    func lockOwners(aboveCustomersOf repID: String) throws(CompanyError) -> [SettingKey: SettingSource] {
        var owners: [SettingKey: SettingSource] = [:]
        for (source, layer) in try layers(for: .rep(repID)) {
            for key in layer.locks where owners[key] == nil {
                owners[key] = source
            }
        }
        return owners
    }
}
