/// The location of a value inside a JSON document, printed as
/// `customers[17].openingHours.tue[0]`.
struct JSONPath: Hashable, Sendable, CustomStringConvertible {
    enum Component: Hashable, Sendable {
        case key(String)
        case index(Int)
    }

    var components: [Component] = []

    static let root = JSONPath()

    func appending(_ key: String) -> JSONPath {
        JSONPath(components: components + [.key(key)])
    }

    func appending(_ index: Int) -> JSONPath {
        JSONPath(components: components + [.index(index)])
    }

    /// The last key, or the key above the innermost indices, for messages
    /// such as `visitMinutes 0 must be above 0`; "value" at the top level.
    var name: String {
        for component in components.reversed() {
            if case .key(let key) = component {
                return key
            }
        }
        return "value"
    }

    /// Dotted keys and bracketed indices. Keys that are not plain
    /// identifiers are written in brackets and quotes: `["opening hours"]`,
    /// and keys longer than `MessageText.maximumLength` characters are
    /// shortened as `MessageText.quoted` does.
    var description: String {
        var text = ""
        for component in components {
            switch component {
            case .index(let index):
                text += "[\(index)]"
            case .key(let key) where key.count <= MessageText.maximumLength && JSONPath.isIdentifier(key):
                text += text.isEmpty ? key : "." + key
            case .key(let key):
                text += "[\(MessageText.quoted(key))]"
            }
        }
        return text
    }

    private static func isIdentifier(_ key: String) -> Bool {
        guard let first = key.unicodeScalars.first, first.isASCIILetterOrUnderscore else { return false }
        return key.unicodeScalars.allSatisfy { $0.isASCIILetterOrUnderscore || ("0"..."9").contains($0) }
    }
}

extension Unicode.Scalar {
    fileprivate var isASCIILetterOrUnderscore: Bool {
        ("a"..."z").contains(self) || ("A"..."Z").contains(self) || self == "_"
    }
}
