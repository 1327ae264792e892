/// A JSON object whose keys have been checked against the keys a format
/// allows, with lookups that report missing keys.
///
/// Creating one rejects every key outside `keys`, with a suggestion for the
/// nearest allowed key, so that a typo such as `vistMinutes` is never
/// silently ignored.
struct JSONObject {
    let field: JSONField
    private let members: [String: JSONMember]

    init(_ field: JSONField, keys: [String]) throws(FormatError) {
        guard case .object(let list) = field.node.value else {
            throw field.typeError(expected: "an object")
        }

        var members: [String: JSONMember] = [:]
        for member in list {
            guard keys.contains(member.key) else {
                throw FormatError(
                    fileName: field.fileName, path: field.path.appending(member.key).description,
                    line: member.keyPosition.line, column: member.keyPosition.column, value: member.key,
                    message: "unknown key \(MessageText.quoted(member.key)); " + KeySuggestion.hint(for: member.key, among: keys))
            }
            members[member.key] = member
        }
        self.field = field
        self.members = members
    }

    var path: JSONPath { field.path }

    /// Returns the value of `key`, and throws when it is absent or null.
    func required(_ key: String, hint: String = "") throws(FormatError) -> JSONField {
        guard let value = optional(key) else {
            let state = members[key] == nil ? "is missing" : "is null"
            let advice = hint.isEmpty ? "add it" : hint
            throw FormatError(
                fileName: field.fileName, path: path.description, line: field.node.position.line,
                column: field.node.position.column,
                message: "required key \"\(key)\" \(state); \(advice)")
        }
        return value
    }

    /// Returns the value of `key`, or nil when it is absent or null.
    func optional(_ key: String) -> JSONField? {
        guard let member = members[key] else { return nil }
        if case .null = member.node.value {
            return nil
        }
        return JSONField(node: member.node, path: path.appending(key), fileName: field.fileName)
    }

    /// Returns whether `key` is present with a value other than null.
    func contains(_ key: String) -> Bool {
        optional(key) != nil
    }

    func error(_ message: String) -> FormatError {
        FormatError(
            fileName: field.fileName, path: path.description, line: field.node.position.line,
            column: field.node.position.column, message: message)
    }
}
