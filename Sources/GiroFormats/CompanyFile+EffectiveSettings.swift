import Foundation
import GiroCompany

extension CompanyFile {
    /// Formats a setting value as a company file writes it, on one line:
    /// `0.6`, `"entire"` or `{ "end": "17:00", "start": "08:00" }`.
    /// Durations are in minutes.
    public static func settingText(_ value: SettingValue) -> String {
        let pretty = JSONWriter.render(CompanyEncoder.encodeValue(value))

        // The writer escapes line breaks inside strings, so every line break
        // in its output is layout, and so is the indentation after it.
        var text = ""
        var skipsIndentation = false
        for character in pretty {
            if character == "\n" {
                text += " "
                skipsIndentation = true
            } else if skipsIndentation, character == " " {
                continue
            } else {
                text.append(character)
                skipsIndentation = false
            }
        }
        return text.trimmingSpaces
    }

    /// Encodes the effective settings of one scope as pretty-printed JSON:
    ///
    /// ```json
    /// {
    ///   "scope": { "level": "rep", "id": "R1" },
    ///   "settings": [
    ///     { "key": "dueAfter", "value": 0.6, "source": { "level": "group", "id": "north" },
    ///       "lockedBy": { "level": "group", "id": "north" } }
    ///   ]
    /// }
    /// ```
    ///
    /// Values are in file units. `source` is `{ "level": "default" }` for a
    /// default, and `lockedBy` is left out when no level locks the key.
    public static func encodeEffectiveSettings(_ settings: [EffectiveSetting], scope: Scope) -> Data {
        let entries = settings.map { setting in
            var members: [String: JSONOutput] = [
                "key": .string(setting.key.rawValue),
                "value": CompanyEncoder.encodeValue(setting.value),
                "source": encodeSource(setting.source),
            ]
            members["lockedBy"] = setting.lockedBy.map(encodeSource)
            if setting.locksLowerLevels {
                members["locksLowerLevels"] = .bool(true)
            }
            return JSONOutput.object(members)
        }
        let document = JSONOutput.object(["scope": encodeScope(scope), "settings": .array(entries)])
        return Data(JSONWriter.render(document).utf8)
    }

    private static func encodeScope(_ scope: Scope) -> JSONOutput {
        switch scope {
        case .company: .object(["level": .string("company")])
        case .group(let id): .object(["level": .string("group"), "id": .string(id)])
        case .rep(let id): .object(["level": .string("rep"), "id": .string(id)])
        case .customer(let id): .object(["level": .string("customer"), "id": .string(id)])
        }
    }

    private static func encodeSource(_ source: SettingSource) -> JSONOutput {
        switch source {
        case .defaultValue: .object(["level": .string("default")])
        case .company: encodeScope(.company)
        case .group(let id): encodeScope(.group(id))
        case .rep(let id): encodeScope(.rep(id))
        case .customer(let id): encodeScope(.customer(id))
        }
    }
}
