import Giro

/// The words of one command line, split into options and positional values.
///
/// Options are `--name value` or `--name=value`; flags are `--name` alone.
/// Every option and flag must be declared, so that a typo is reported
/// instead of ignored.
struct CommandArguments {
    private(set) var positionals: [String] = []
    private var values: [String: String] = [:]
    private var flags: Set<String> = []

    /// Splits `words`, given the option names that take a value and the flags.
    ///
    /// - Throws: `UsageError` for an unknown option, a missing value, or an
    ///   option given twice.
    init(_ words: [String], options: Set<String>, flags allowedFlags: Set<String>) throws(UsageError) {
        var index = 0
        while index < words.count {
            let word = words[index]
            index += 1
            guard word.hasPrefix("--"), word.count > 2 else {
                positionals.append(word)
                continue
            }

            var name = String(word.dropFirst(2))
            var inlineValue: String?
            if let equals = name.firstIndex(of: "=") {
                inlineValue = String(name[name.index(after: equals)...])
                name = String(name[..<equals])
            }

            if allowedFlags.contains(name) {
                guard inlineValue == nil else { throw UsageError("--\(name) takes no value") }
                flags.insert(name)
                continue
            }
            guard options.contains(name) else {
                let known = (options.union(allowedFlags)).sorted().map { "--\($0)" }.joined(separator: ", ")
                throw UsageError("unknown option --\(MessageText.shortened(name)); known options: \(known)")
            }
            guard values[name] == nil else { throw UsageError("--\(name) is given twice") }

            if let inlineValue {
                values[name] = inlineValue
            } else {
                guard index < words.count, !words[index].hasPrefix("--") else {
                    throw UsageError("--\(name) needs a value")
                }
                values[name] = words[index]
                index += 1
            }
        }
    }

    func value(_ name: String) -> String? { values[name] }

    /// Returns a command-line value in single quotes, shortened when long.
    static func quoted(_ text: String) -> String {
        MessageText.quoted(text, quote: "'")
    }

    func has(_ flag: String) -> Bool { flags.contains(flag) }

    /// Returns a whole-number option within `range`, or nil when absent.
    func integer(_ name: String, in range: ClosedRange<Int>) throws(UsageError) -> Int? {
        guard let text = values[name] else { return nil }
        guard let value = Int(text), range.contains(value) else {
            throw UsageError(
                "--\(name) must be a whole number from \(range.lowerBound) to \(range.upperBound), not \(Self.quoted(text))")
        }
        return value
    }

    /// Maximum time limit, in seconds: 10⁶ s, about 11.6 days.
    static let maximumSeconds = 1_000_000.0

    /// Returns a positive number of seconds up to `maximumSeconds`, or nil
    /// when absent.
    func seconds(_ name: String) throws(UsageError) -> Double? {
        guard let text = values[name] else { return nil }
        guard let value = Double(text), value > 0, value.isFinite else {
            throw UsageError("--\(name) must be a positive number of seconds, not \(Self.quoted(text))")
        }
        guard value <= Self.maximumSeconds else {
            throw UsageError(
                "--\(name) \(Self.quoted(text)) is too long; give at most 1000000 seconds (about 11.6 days), "
                    + "or leave --\(name) out for no limit")
        }
        return value
    }

    /// Returns a seed, a whole number from 0 to 2⁶⁴ − 1, or nil when absent.
    func seed(_ name: String) throws(UsageError) -> UInt64? {
        guard let text = values[name] else { return nil }
        guard let value = UInt64(text) else {
            throw UsageError("--\(name) must be a whole number from 0 to 18446744073709551615, not \(Self.quoted(text))")
        }
        return value
    }
}

/// A command line that cannot be run as written.
struct UsageError: Error, CustomStringConvertible {
    var description: String

    init(_ description: String) {
        self.description = description
    }
}
