import GiroCompany
import GiroModel

extension CompanyDecoder {
    /// The keys of a settings object: every setting key and `locked`.
    static let settingsKeys = SettingKey.allCases.map(\.rawValue) + ["locked"]

    /// Decodes one settings object of `scope` and records it for the lock
    /// check. Each value is checked for its type, its file range, the levels
    /// that may set its key, and `SettingKey.problem(with:)`.
    mutating func decodeSettings(_ field: JSONField, scope: Scope) throws(FormatError) -> SettingsLayer {
        _ = try field.object(keys: CompanyDecoder.settingsKeys)
        settingsFields.append((scope, field))

        var layer = SettingsLayer()
        for member in field.memberFields {
            if member.name == "locked" {
                layer.locks = try decodeLocks(member, scope: scope)
                continue
            }
            guard let key = SettingKey(rawValue: member.name) else { continue }

            guard key.levels.contains(scope.level) else {
                let rule = CompanyError.levelNotAllowed(key: key, level: scope.level).description
                throw member.error("\(rule); remove \(member.valueMention) here, or set it at one of those levels")
            }
            let value = try decodeValue(of: key, from: member)
            if let problem = key.problem(with: value) {
                throw member.error("\(key.rawValue) \(member.node.value.sourceText) is invalid: \(problem)")
            }
            layer[key] = value
        }
        return layer
    }

    /// Decodes a `locked` list. Customers cannot lock, because no level
    /// lies below them.
    private func decodeLocks(_ field: JSONField, scope: Scope) throws(FormatError) -> Set<SettingKey> {
        guard scope.level != .customer else {
            throw field.error(
                "a customer's settings cannot lock keys, because no level lies below a customer; remove locked")
        }

        var locks: Set<SettingKey> = []
        for element in try field.array() {
            let name = try element.string()
            guard let key = SettingKey(rawValue: name) else {
                throw element.error(
                    "\"\(name)\" is not a setting key; "
                        + KeySuggestion.hint(for: name, among: SettingKey.allCases.map(\.rawValue)))
            }
            guard locks.insert(key).inserted else {
                throw element.error("\(name) appears twice in locked; remove the repeated key")
            }
        }
        return locks
    }

    /// Reads the value of `key` in file units. Only `breakRule` and
    /// `overnightRule` take null, meaning no break and no nights away.
    private func decodeValue(of key: SettingKey, from field: JSONField) throws(FormatError) -> SettingValue {
        if case .null = field.node.value {
            switch key {
            case .breakRule:
                return .breakRule(nil)
            case .overnightRule:
                return .overnightRule(nil)
            default:
                throw field.error(
                    "\(key.rawValue) is null, but only breakRule and overnightRule take null; "
                        + "leave \(key.rawValue) out to inherit it from the level above")
            }
        }

        switch key {
        case .workingHours:
            return .workingHours(try shared.decodeWorkingHours(field))
        case .maximumWorkingTime:
            return .duration(try field.minutes(in: CompanySettingLimits.dayMinutes))
        case .breakRule:
            return .breakRule(try shared.decodeBreak(field))
        case .overnightRule:
            return .overnightRule(try shared.decodeOvernight(field))
        case .speedFactor:
            return .number(try field.number(in: FormatLimits.speedFactor))
        case .visitDuration:
            return .duration(try field.minutes(in: FormatLimits.visitMinutes))
        case .setupDuration, .appointmentLeeway:
            return .duration(try field.minutes(in: CompanySettingLimits.dayMinutes))
        case .cadenceDays:
            return .integer(try field.wholeNumber(in: CompanySettingLimits.cadenceDays, unit: "days"))
        case .dueAfter:
            return .number(try field.number(in: FormatLimits.ratio))
        case .adherence:
            return .adherence(try shared.decodeAdherence(field))
        case .openingHours:
            return .windows(try WindowFormat.decodeWeek(field))
        case .drivingTimeWeight, .nightCost, .cadenceWeight:
            return .number(try field.number(in: FormatLimits.weight))
        case .distanceWeightPerKilometre:
            return .number(try field.number(in: CompanySettingLimits.weightPerKilometre))
        case .priorityClasses:
            return .priorityClasses(try decodePriorityClasses(field))
        case .horizonDays:
            return .integer(try field.wholeNumber(in: FormatLimits.horizonDays, unit: "days"))
        }
    }

    /// Reads `{"A": 3, …}`: at least one class, each with a weight in the
    /// range of a customer's priority.
    private func decodePriorityClasses(_ field: JSONField) throws(FormatError) -> [String: Double] {
        guard case .object = field.node.value else {
            throw field.typeError(expected: "an object of class names and weights, such as {\"A\": 3}")
        }
        guard !field.memberFields.isEmpty else {
            throw field.error("priorityClasses is empty; give at least one class, such as {\"A\": 3, \"B\": 1}")
        }

        var classes: [String: Double] = [:]
        for member in field.memberFields {
            guard !member.name.isEmpty else {
                throw member.error("a priority class name is empty; give each class a name such as \"A\"")
            }
            classes[member.name] = try member.number(in: FormatLimits.priority)
        }
        return classes
    }
}

/// File ranges of settings that territory files do not have. Each matches
/// the range that `SettingKey.problem(with:)` allows, so that the file
/// reports a bad value with its range before that check runs.
enum CompanySettingLimits {
    /// Durations within one day: 0 to 1440 minutes.
    static let dayMinutes = NumberRange.from(0, to: 1440)
    static let cadenceDays = 0...3650
    /// `FormatLimits.weight` per metre, times 1000, so that a territory's
    /// distance weight converts to a value that this range accepts.
    static let weightPerKilometre = NumberRange.from(0, to: 1e12)
}

extension JSONField {
    /// The members of an object value as fields, in file order; empty for
    /// any other value.
    var memberFields: [JSONField] {
        guard case .object(let list) = node.value else { return [] }
        return list.map { member in
            JSONField(node: member.node, path: path.appending(member.key), fileName: fileName)
        }
    }

    /// The value for a message: `the value 0.8` for a scalar, `it` for an
    /// object or array, whose source text is abbreviated.
    var valueMention: String {
        switch node.value {
        case .array, .object: "it"
        default: "the value \(node.value.sourceText)"
        }
    }
}
