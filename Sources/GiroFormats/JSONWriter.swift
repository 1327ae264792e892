/// Renders `JSONOutput` as pretty-printed JSON with keys sorted, two spaces of
/// indentation, and arrays of numbers, strings and booleans on one line.
enum JSONWriter {
    static func render(_ value: JSONOutput) -> String {
        var text = ""
        write(value, indent: 0, into: &text)
        text += "\n"
        return text
    }

    private static func write(_ value: JSONOutput, indent: Int, into text: inout String) {
        switch value {
        case .null:
            text += "null"
        case .bool(let flag):
            text += flag ? "true" : "false"
        case .number(let number):
            // JSON has no NaN or infinity. Writing null keeps the output valid
            // JSON, and the decoders then reject the value where a number is
            // required.
            text += number.isFinite ? NumberText.format(number) : "null"
        case .integer(let number):
            text += String(number)
        case .rawNumber(let literal):
            text += literal
        case .string(let string):
            writeString(string, into: &text)
        case .array(let elements):
            writeArray(elements, indent: indent, into: &text)
        case .object(let members):
            writeObject(members, indent: indent, into: &text)
        }
    }

    private static func writeArray(_ elements: [JSONOutput], indent: Int, into text: inout String) {
        guard !elements.isEmpty else {
            text += "[]"
            return
        }

        if elements.allSatisfy(\.isScalar) {
            text += "["
            for (index, element) in elements.enumerated() {
                text += index == 0 ? "" : ", "
                write(element, indent: indent, into: &text)
            }
            text += "]"
            return
        }

        let padding = String(repeating: " ", count: indent + 2)
        text += "[\n"
        for (index, element) in elements.enumerated() {
            text += padding
            write(element, indent: indent + 2, into: &text)
            text += index == elements.count - 1 ? "\n" : ",\n"
        }
        text += String(repeating: " ", count: indent) + "]"
    }

    private static func writeObject(_ members: [String: JSONOutput], indent: Int, into text: inout String) {
        guard !members.isEmpty else {
            text += "{}"
            return
        }

        let padding = String(repeating: " ", count: indent + 2)
        let keys = members.keys.sorted()
        text += "{\n"
        for (index, key) in keys.enumerated() {
            text += padding
            writeString(key, into: &text)
            text += ": "
            if let member = members[key] {
                write(member, indent: indent + 2, into: &text)
            }
            text += index == keys.count - 1 ? "\n" : ",\n"
        }
        text += String(repeating: " ", count: indent) + "}"
    }

    private static func writeString(_ string: String, into text: inout String) {
        text += "\""
        for scalar in string.unicodeScalars {
            switch scalar {
            case "\"": text += "\\\""
            case "\\": text += "\\\\"
            case "\n": text += "\\n"
            case "\r": text += "\\r"
            case "\t": text += "\\t"
            case _ where scalar.value < 0x20:
                let digits = String(scalar.value, radix: 16, uppercase: true)
                text += "\\u" + String(repeating: "0", count: 4 - digits.count) + digits
            default:
                text.unicodeScalars.append(scalar)
            }
        }
        text += "\""
    }
}

extension JSONOutput {
    fileprivate var isScalar: Bool {
        switch self {
        case .array, .object: false
        default: true
        }
    }
}
