/// A strict RFC 8259 JSON parser that records where every value starts.
///
/// It rejects what a lenient reader would silently accept: duplicate keys in
/// one object, trailing commas, comments, `NaN`, numbers too large for a
/// `Double`, control characters and invalid UTF-8 inside strings, and text
/// after the top-level value. Every error is a `FormatError` with the line
/// and column of the problem. Nesting deeper than `maximumDepth` is rejected
/// so that hostile input cannot exhaust the stack.
struct JSONParser {
    /// Deepest nesting of arrays and objects accepted.
    static let maximumDepth = 256

    private let bytes: [UInt8]
    private let fileName: String
    private var index = 0
    private var line = 1
    private var column = 1
    private var depth = 0
    /// The path of the value being parsed, for duplicate-key errors.
    private var path = JSONPath.root

    /// Parses one JSON document.
    ///
    /// - Throws: `FormatError` with line and column for a syntax error, and
    ///   also with a path for a duplicate key.
    static func parse(_ bytes: [UInt8], fileName: String) throws(FormatError) -> JSONNode {
        var parser = JSONParser(bytes: bytes, fileName: fileName)
        return try parser.parseDocument()
    }

    private init(bytes: [UInt8], fileName: String) {
        self.bytes = bytes
        self.fileName = fileName
    }

    private mutating func parseDocument() throws(FormatError) -> JSONNode {
        // A UTF-8 byte order mark is allowed before the document.
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            index = 3
        }

        skipWhitespace()
        guard index < bytes.count else {
            throw syntaxError("the file is empty; it must contain one JSON object")
        }

        let node = try parseValue()

        skipWhitespace()
        guard index == bytes.count else {
            throw syntaxError(
                "unexpected \(describeCurrent()) after the end of the JSON value; remove it, "
                    + "or check for a missing comma or bracket before it")
        }
        return node
    }

    // MARK: Values

    private mutating func parseValue() throws(FormatError) -> JSONNode {
        let position = currentPosition
        guard let byte = currentByte else {
            throw syntaxError("unexpected end of file; a value is missing")
        }

        switch byte {
        case UInt8(ascii: "{"):
            return JSONNode(value: try parseObject(), position: position)
        case UInt8(ascii: "["):
            return JSONNode(value: try parseArray(), position: position)
        case UInt8(ascii: "\""):
            return JSONNode(value: .string(try parseString()), position: position)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            return JSONNode(value: try parseNumber(), position: position)
        case UInt8(ascii: "t"), UInt8(ascii: "f"), UInt8(ascii: "n"),
            UInt8(ascii: "N"), UInt8(ascii: "I"):
            return JSONNode(value: try parseLiteral(), position: position)
        case UInt8(ascii: "'"):
            throw syntaxError("strings must be enclosed in double quotes, not single quotes")
        case UInt8(ascii: "/"):
            throw syntaxError("JSON does not allow comments; remove the comment")
        default:
            throw syntaxError("unexpected \(describeCurrent()); expected a value")
        }
    }

    private mutating func parseObject() throws(FormatError) -> JSONValue {
        try enterNesting()
        advance()  // {
        var members: [JSONMember] = []
        var positionsByKey: [String: SourcePosition] = [:]

        skipWhitespace()
        if currentByte == UInt8(ascii: "}") {
            advance()
            depth -= 1
            return .object(members)
        }

        while true {
            skipWhitespace()
            let keyPosition = currentPosition
            guard currentByte == UInt8(ascii: "\"") else {
                if currentByte == UInt8(ascii: "}") {
                    throw syntaxError("trailing comma before }; remove the comma")
                }
                throw syntaxError("unexpected \(describeCurrent()); expected a key in double quotes")
            }
            let key = try parseString()

            if let first = positionsByKey[key] {
                throw FormatError(
                    fileName: fileName, path: path.appending(key).description,
                    line: keyPosition.line, column: keyPosition.column, value: key,
                    message: "duplicate key \(MessageText.quoted(key)); it already appears at line \(first.line), "
                        + "column \(first.column); keep only one of them")
            }
            positionsByKey[key] = keyPosition

            skipWhitespace()
            guard currentByte == UInt8(ascii: ":") else {
                throw syntaxError("unexpected \(describeCurrent()); expected : after the key \(MessageText.quoted(key))")
            }
            advance()
            skipWhitespace()

            path.components.append(.key(key))
            let node = try parseValue()
            path.components.removeLast()
            members.append(JSONMember(key: key, keyPosition: keyPosition, node: node))

            skipWhitespace()
            switch currentByte {
            case UInt8(ascii: ","):
                advance()
            case UInt8(ascii: "}"):
                advance()
                depth -= 1
                return .object(members)
            case nil:
                throw syntaxError("unexpected end of file; the object is missing its closing }")
            default:
                throw syntaxError("unexpected \(describeCurrent()); expected , or } after the value of \(MessageText.quoted(key))")
            }
        }
    }

    private mutating func parseArray() throws(FormatError) -> JSONValue {
        try enterNesting()
        advance()  // [
        var elements: [JSONNode] = []

        skipWhitespace()
        if currentByte == UInt8(ascii: "]") {
            advance()
            depth -= 1
            return .array(elements)
        }

        while true {
            skipWhitespace()
            if currentByte == UInt8(ascii: "]") {
                throw syntaxError("trailing comma before ]; remove the comma")
            }

            path.components.append(.index(elements.count))
            let node = try parseValue()
            path.components.removeLast()
            elements.append(node)

            skipWhitespace()
            switch currentByte {
            case UInt8(ascii: ","):
                advance()
            case UInt8(ascii: "]"):
                advance()
                depth -= 1
                return .array(elements)
            case nil:
                throw syntaxError("unexpected end of file; the array is missing its closing ]")
            default:
                throw syntaxError("unexpected \(describeCurrent()); expected , or ] after an array element")
            }
        }
    }

    private mutating func enterNesting() throws(FormatError) {
        depth += 1
        guard depth <= JSONParser.maximumDepth else {
            throw syntaxError("arrays and objects are nested more than \(JSONParser.maximumDepth) levels deep")
        }
    }

    // MARK: Strings

    /// Parses a string starting at its opening quote and returns its content.
    private mutating func parseString() throws(FormatError) -> String {
        let start = currentPosition
        advance()  // opening quote
        var content: [UInt8] = []

        while true {
            guard let byte = currentByte else {
                throw FormatError(
                    fileName: fileName, line: start.line, column: start.column,
                    message: "the string that starts here has no closing double quote")
            }

            switch byte {
            case UInt8(ascii: "\""):
                advance()
                guard let text = String(validating: content, as: UTF8.self) else {
                    throw FormatError(
                        fileName: fileName, line: start.line, column: start.column,
                        message: "the string that starts here is not valid UTF-8; save the file as UTF-8")
                }
                return text
            case UInt8(ascii: "\\"):
                advance()
                try parseEscape(into: &content)
            case 0..<0x20:
                throw syntaxError(
                    "control character U+\(hex(UInt32(byte), width: 4)) inside a string; "
                        + "write it as an escape such as \\n or \\t")
            default:
                content.append(byte)
                advance()
            }
        }
    }

    /// Parses the part of an escape after the backslash.
    private mutating func parseEscape(into content: inout [UInt8]) throws(FormatError) {
        guard let byte = currentByte else {
            throw syntaxError("unexpected end of file inside a string escape")
        }

        let simple: [UInt8: UInt8] = [
            UInt8(ascii: "\""): UInt8(ascii: "\""), UInt8(ascii: "\\"): UInt8(ascii: "\\"),
            UInt8(ascii: "/"): UInt8(ascii: "/"), UInt8(ascii: "b"): 0x08, UInt8(ascii: "f"): 0x0C,
            UInt8(ascii: "n"): 0x0A, UInt8(ascii: "r"): 0x0D, UInt8(ascii: "t"): 0x09,
        ]
        if let replacement = simple[byte] {
            content.append(replacement)
            advance()
            return
        }

        guard byte == UInt8(ascii: "u") else {
            throw syntaxError("invalid escape \\\(describeByte(byte)) in a string; use \\\\ for a backslash")
        }
        advance()
        var scalarValue = try parseHexQuad()

        if (0xD800...0xDBFF).contains(scalarValue) {
            // A high surrogate must be followed by an escaped low surrogate.
            guard currentByte == UInt8(ascii: "\\"), self.byte(at: index + 1) == UInt8(ascii: "u") else {
                throw syntaxError("unpaired surrogate \\u\(hex(scalarValue, width: 4)) in a string")
            }
            advance()
            advance()
            let low = try parseHexQuad()
            guard (0xDC00...0xDFFF).contains(low) else {
                throw syntaxError("unpaired surrogate \\u\(hex(scalarValue, width: 4)) in a string")
            }
            scalarValue = 0x10000 + ((scalarValue - 0xD800) << 10) + (low - 0xDC00)
        }

        guard let scalar = Unicode.Scalar(scalarValue) else {
            throw syntaxError("unpaired surrogate \\u\(hex(scalarValue, width: 4)) in a string")
        }
        content.append(contentsOf: Array(String(Character(scalar)).utf8))
    }

    private mutating func parseHexQuad() throws(FormatError) -> UInt32 {
        var value: UInt32 = 0
        for _ in 0..<4 {
            guard let byte = currentByte, let digit = hexDigitValue(byte) else {
                throw syntaxError("\\u must be followed by four hexadecimal digits")
            }
            value = value * 16 + digit
            advance()
        }
        return value
    }

    // MARK: Numbers and literals

    private mutating func parseNumber() throws(FormatError) -> JSONValue {
        let start = index
        let position = currentPosition

        if currentByte == UInt8(ascii: "-") {
            advance()
        }
        guard let first = currentByte, isDigit(first) else {
            if currentByte == UInt8(ascii: "I") {
                throw syntaxError("-Infinity is not a JSON number; give a finite number")
            }
            throw syntaxError("a minus sign must be followed by digits")
        }
        advance()
        if first == UInt8(ascii: "0"), let next = currentByte, isDigit(next) {
            throw FormatError(
                fileName: fileName, line: position.line, column: position.column,
                message: "numbers may not have leading zeros; remove them")
        }
        skipDigits()

        if currentByte == UInt8(ascii: ".") {
            advance()
            guard let next = currentByte, isDigit(next) else {
                throw syntaxError("a decimal point must be followed by digits")
            }
            skipDigits()
        }

        if currentByte == UInt8(ascii: "e") || currentByte == UInt8(ascii: "E") {
            advance()
            if currentByte == UInt8(ascii: "+") || currentByte == UInt8(ascii: "-") {
                advance()
            }
            guard let next = currentByte, isDigit(next) else {
                throw syntaxError("an exponent must be followed by digits")
            }
            skipDigits()
        }

        let text = String(decoding: bytes[start..<index], as: UTF8.self)
        guard let value = Double(text), value.isFinite else {
            throw FormatError(
                fileName: fileName, line: position.line, column: position.column, value: text,
                message: "the number \(MessageText.shortened(text)) is too large; numbers must fit a 64-bit floating-point value")
        }
        return .number(value, text: text)
    }

    private mutating func parseLiteral() throws(FormatError) -> JSONValue {
        let literals: [(String, JSONValue)] = [("true", .bool(true)), ("false", .bool(false)), ("null", .null)]
        for (word, value) in literals where matches(word) {
            for _ in word.utf8 {
                advance()
            }
            return value
        }

        if matches("NaN") || matches("Infinity") {
            throw syntaxError("NaN and Infinity are not JSON numbers; give a finite number")
        }
        throw syntaxError("unexpected \(describeWord()); expected a value (strings need double quotes)")
    }

    private func matches(_ word: String) -> Bool {
        let wordBytes = Array(word.utf8)
        guard index + wordBytes.count <= bytes.count,
            Array(bytes[index..<index + wordBytes.count]) == wordBytes
        else { return false }

        // The literal must end here: "nullx" is not null.
        if let next = byte(at: index + wordBytes.count), isWordByte(next) {
            return false
        }
        return true
    }

    // MARK: Scanning

    private var currentByte: UInt8? {
        byte(at: index)
    }

    private func byte(at offset: Int) -> UInt8? {
        offset < bytes.count ? bytes[offset] : nil
    }

    private var currentPosition: SourcePosition {
        SourcePosition(line: line, column: column)
    }

    /// Moves past one byte, counting lines and Unicode scalars.
    private mutating func advance() {
        guard index < bytes.count else { return }

        let byte = bytes[index]
        index += 1
        if byte == UInt8(ascii: "\n") {
            line += 1
            column = 1
        } else if byte & 0xC0 != 0x80 {
            // Continuation bytes of a multi-byte scalar do not start a column.
            column += 1
        }
    }

    private mutating func skipWhitespace() {
        while let byte = currentByte,
            byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09
        {
            advance()
        }
    }

    private mutating func skipDigits() {
        while let byte = currentByte, isDigit(byte) {
            advance()
        }
    }

    private func isDigit(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
    }

    private func isWordByte(_ byte: UInt8) -> Bool {
        isDigit(byte) || (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte)
            || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) || byte == UInt8(ascii: "_")
    }

    private func hexDigitValue(_ byte: UInt8) -> UInt32? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): UInt32(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): UInt32(byte - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F"): UInt32(byte - UInt8(ascii: "A") + 10)
        default: nil
        }
    }

    private func hex(_ value: UInt32, width: Int) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }

    /// Describes the current character for messages, such as `character "x"`.
    private func describeCurrent() -> String {
        guard let byte = currentByte else { return "end of file" }
        return "character \(describeByte(byte))"
    }

    private func describeByte(_ byte: UInt8) -> String {
        guard byte >= 0x20, byte < 0x7F else {
            return byte < 0x80 ? "U+\(hex(UInt32(byte), width: 4))" : "(non-ASCII)"
        }
        return "\"\(Character(Unicode.Scalar(byte)))\""
    }

    /// Describes the bare word at the current position, for messages about
    /// unquoted text.
    private func describeWord() -> String {
        var end = index
        while end < bytes.count, isWordByte(bytes[end]), end - index < 40 {
            end += 1
        }
        guard end > index else { return describeCurrent() }
        return "text \"\(String(decoding: bytes[index..<end], as: UTF8.self))\""
    }

    private func syntaxError(_ message: String) -> FormatError {
        FormatError(fileName: fileName, line: line, column: column, message: message)
    }
}
