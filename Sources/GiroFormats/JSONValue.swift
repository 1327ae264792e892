/// A parsed JSON value. Every nested value is a `JSONNode`, so that errors can
/// point at the line and column where it starts.
///
/// Numbers keep their literal text next to the `Double`, so that messages
/// show the value exactly as written; booleans and numbers stay distinct.
indirect enum JSONValue: Hashable, Sendable {
    case null
    case bool(Bool)
    case number(Double, text: String)
    case string(String)
    case array([JSONNode])
    /// Members in file order; the parser rejects duplicate keys.
    case object([JSONMember])
}

/// A JSON value and where it starts in the source text.
struct JSONNode: Hashable, Sendable {
    var value: JSONValue
    var position: SourcePosition
}

/// One key and value of a JSON object.
struct JSONMember: Hashable, Sendable {
    var key: String
    var keyPosition: SourcePosition
    var node: JSONNode
}

/// A 1-based line and column in a text file; columns count Unicode scalars.
struct SourcePosition: Hashable, Sendable {
    var line: Int
    var column: Int
}

extension JSONValue {
    /// The type's name for messages, with an article: "a string".
    var typeDescription: String {
        switch self {
        case .null: "null"
        case .bool: "a boolean"
        case .number: "a number"
        case .string: "a string"
        case .array: "an array"
        case .object: "an object"
        }
    }

    /// The value as it reads in the file, for `FormatError.value`; strings
    /// without quotes, arrays and objects abbreviated.
    var sourceText: String {
        switch self {
        case .null: "null"
        case .bool(let flag): flag ? "true" : "false"
        case .number(_, let text): text
        case .string(let text): text
        case .array: "[…]"
        case .object: "{…}"
        }
    }

    /// The type and value for messages, such as `the string "30"`.
    var quotedDescription: String {
        switch self {
        case .null: "null"
        case .bool(let flag): flag ? "true" : "false"
        case .number(_, let text): "the number \(MessageText.shortened(text))"
        case .string(let text): "the string \(MessageText.quoted(text))"
        case .array: "an array"
        case .object: "an object"
        }
    }
}
