import Foundation
import Giro

/// `giro settings COMPANY --rep ID`: prints every effective setting of one
/// scope, with its value in file units, the level it comes from and the
/// lock that applies.
enum SettingsCommand {
    static let scopeOptions = ["company", "group", "rep", "customer"]

    static func run(_ words: [String], _ output: ConsoleOutput) throws -> Int32 {
        let arguments = try CommandArguments(
            words, options: ["group", "rep", "customer", "format"], flags: ["company", "help"])
        if arguments.has("help") {
            output.print(HelpText.settings)
            return 0
        }
        guard arguments.positionals.count == 1 else {
            throw UsageError("expected one company file, got \(arguments.positionals.count) arguments")
        }
        let format = arguments.value("format") ?? "text"
        guard format == "text" || format == "json" else {
            throw UsageError("--format must be 'text' or 'json', not '\(format)'")
        }

        let path = arguments.positionals[0]
        let company = try CompanyFile.load(path: path)
        let scope = try Self.scope(from: arguments, in: company, path: path)
        let settings = try company.effectiveSettings(for: scope)

        if format == "json" {
            output.print(String(decoding: CompanyFile.encodeEffectiveSettings(settings, scope: scope), as: UTF8.self))
        } else {
            output.print(text(settings, scope: scope))
        }
        return 0
    }

    /// Returns the scope that exactly one of `--company`, `--group`, `--rep` and
    /// `--customer` selects, after checking that its id exists.
    static func scope(from arguments: CommandArguments, in company: Company, path: String) throws -> Scope {
        var chosen: [Scope] = []
        if arguments.has("company") {
            chosen.append(.company)
        }
        if let id = arguments.value("group") {
            try requireID(id, kind: "group", among: company.groups.map(\.id), path: path)
            chosen.append(.group(id))
        }
        if let id = arguments.value("rep") {
            try requireID(id, kind: "rep", among: company.reps.map(\.id), path: path)
            chosen.append(.rep(id))
        }
        if let id = arguments.value("customer") {
            try requireID(id, kind: "customer", among: company.customers.map(\.id), path: path)
            chosen.append(.customer(id))
        }

        guard chosen.count == 1 else {
            let received = chosen.isEmpty ? "none was given" : "\(chosen.count) were given"
            throw UsageError("give exactly one of --company, --group ID, --rep ID and --customer ID; \(received)")
        }
        return chosen[0]
    }

    private static func requireID(_ id: String, kind: String, among ids: [String], path: String) throws {
        guard !ids.contains(id) else { return }
        var known = "no \(kind)s"
        if !ids.isEmpty {
            known = ids.count <= 10 ? "the \(kind)s " + ids.joined(separator: ", ") : "\(ids.count) \(kind)s"
        }
        throw UsageError("\(kind) '\(id)' is not in \(path), which has \(known)")
    }

    /// Formats one line per setting (key, source with its lock, and value),
    /// with the first two columns aligned.
    static func text(_ settings: [EffectiveSetting], scope: Scope) -> String {
        let rows = settings.map { setting in
            var origin = setting.source.description
            if setting.locksLowerLevels {
                origin += ", locked here for lower levels"
            }
            if let owner = setting.lockedBy {
                origin += ", locked by \(owner)"
            }
            return (key: setting.key.rawValue, origin: origin, value: CompanyFile.settingText(setting.value))
        }
        let keyWidth = rows.map(\.key.count).max() ?? 0
        let originWidth = rows.map(\.origin.count).max() ?? 0

        var lines = ["Effective settings of \(scope) (durations in minutes):"]
        for row in rows {
            lines.append(pad(row.key, to: keyWidth) + "  " + pad(row.origin, to: originWidth) + "  " + row.value)
        }
        return lines.joined(separator: "\n")
    }

    private static func pad(_ text: String, to width: Int) -> String {
        text + String(repeating: " ", count: max(0, width - text.count))
    }
}
