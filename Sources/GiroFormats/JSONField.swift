import GiroModel

/// A parsed JSON value together with its path, read as one expected type.
///
/// Every accessor either returns the typed value or throws a `FormatError`
/// that names the path, the line and column, and the value as written.
struct JSONField {
    let node: JSONNode
    let path: JSONPath
    let fileName: String

    /// The key this value belongs to, for messages.
    var name: String { path.name }

    /// Builds an error at this value, with `message` as the explanation.
    func error(_ message: String) -> FormatError {
        FormatError(
            fileName: fileName, path: path.description, line: node.position.line,
            column: node.position.column, value: node.value.sourceText, message: message)
    }

    /// Builds an error at this value that reports `value` as the bad value,
    /// for problems of one part of an object, such as a window's end.
    func error(_ message: String, value: String) -> FormatError {
        FormatError(
            fileName: fileName, path: path.description, line: node.position.line,
            column: node.position.column, value: value, message: message)
    }

    func error(_ problem: ValueProblem) -> FormatError {
        error(problem.message)
    }

    /// Builds an error for a value of the wrong JSON type. `expected` reads
    /// like "a number of minutes".
    func typeError(expected: String) -> FormatError {
        var message = "\(name) must be \(expected), but it is \(node.value.quotedDescription)"
        if case .string(let text) = node.value, NumberText.parseDecimal(text) != nil, expected.contains("number") {
            message += "; remove the quotes"
        }
        return error(message)
    }

    // MARK: Containers

    func object(keys: [String]) throws(FormatError) -> JSONObject {
        try JSONObject(self, keys: keys)
    }

    func array() throws(FormatError) -> [JSONField] {
        guard case .array(let elements) = node.value else {
            throw typeError(expected: "an array")
        }
        var fields: [JSONField] = []
        for (index, element) in elements.enumerated() {
            fields.append(JSONField(node: element, path: path.appending(index), fileName: fileName))
        }
        return fields
    }

    // MARK: Scalars

    func string() throws(FormatError) -> String {
        guard case .string(let text) = node.value else {
            throw typeError(expected: "a string")
        }
        return text
    }

    /// Reads a non-empty string used as an id.
    func identifier() throws(FormatError) -> String {
        let text = try string()
        guard !text.isEmpty else {
            throw error("\(name) is empty; give a non-empty id")
        }
        return text
    }

    func bool() throws(FormatError) -> Bool {
        guard case .bool(let flag) = node.value else {
            throw typeError(expected: "true or false")
        }
        return flag
    }

    /// Reads a number inside `range`. Messages append `unit` to the range.
    func number(in range: NumberRange, unit: String = "") throws(FormatError) -> Double {
        guard case .number(let value, let text) = node.value else {
            throw typeError(expected: unit.isEmpty ? "a number" : "a number of \(unit)")
        }
        guard range.contains(value) else {
            let suffix = unit.isEmpty ? "" : " \(unit)"
            throw error("\(name) \(MessageText.shortened(text)) is out of range; it must be \(range.description)\(suffix)")
        }
        return value
    }

    /// Reads an integer inside `range`: `3.0` counts as whole, `3.5` does not.
    func wholeNumber(in range: ClosedRange<Int>, unit: String = "") throws(FormatError) -> Int {
        let bounds = NumberRange.from(Double(range.lowerBound), to: Double(range.upperBound))
        guard case .number(let value, let text) = node.value else {
            throw typeError(expected: unit.isEmpty ? "a whole number" : "a whole number of \(unit)")
        }
        guard value == value.rounded() else {
            throw error("\(name) \(MessageText.shortened(text)) is not a whole number; round it")
        }
        guard bounds.contains(value) else {
            let suffix = unit.isEmpty ? "" : " \(unit)"
            throw error("\(name) \(MessageText.shortened(text)) is out of range; it must be \(bounds.description)\(suffix)")
        }
        return Int(value)
    }

    /// Reads minutes inside `range` and converts them to whole seconds. A
    /// range that excludes 0 also rejects values that round to 0 seconds.
    func minutes(in range: NumberRange) throws(FormatError) -> Int {
        let value = try number(in: range, unit: "minutes")
        let seconds = NumberText.seconds(fromMinutes: value)
        guard range.includesLower || Double(seconds) > range.lower * 60 else {
            throw error("\(name) \(MessageText.shortened(node.value.sourceText)) is shorter than one second; give at least 0.02 minutes")
        }
        return seconds
    }

    /// Reads a territory time of day, in seconds after midnight.
    func timeOfDay() throws(FormatError) -> Int {
        let text = try timeText()
        do {
            return try ValueText.timeOfDay(text, name: name)
        } catch {
            throw self.error(error)
        }
    }

    /// Reads a plan clock time with any number of hours, in seconds after
    /// midnight.
    func planClockTime() throws(FormatError) -> Int {
        let text = try timeText()
        do {
            return try ValueText.planClockTime(text, name: name)
        } catch {
            throw self.error(error)
        }
    }

    func date() throws(FormatError) -> CalendarDate {
        guard case .string(let text) = node.value else {
            throw typeError(expected: "a date \"YYYY-MM-DD\" in double quotes")
        }
        do {
            return try ValueText.date(text, name: name)
        } catch {
            throw self.error(error)
        }
    }

    func weekday() throws(FormatError) -> Weekday {
        let text = try string()
        guard let day = Weekday(key: text) else {
            throw error(
                "\(name) \(MessageText.quoted(text)) is not a weekday key; "
                    + KeySuggestion.hint(for: text, among: Weekday.allCases.map(\.key)))
        }
        return day
    }

    private func timeText() throws(FormatError) -> String {
        guard case .string(let text) = node.value else {
            throw typeError(expected: "a time \"HH:MM\" in double quotes")
        }
        return text
    }
}
