import Foundation
import Giro

/// `giro check COMPANY`: runs the health check of a company, a group or a
/// rep, and `giro check --list-criteria`.
enum CheckCommand {
    /// Exit status 0 when no finding is an error, 1 when one is, and 2 for a
    /// usage or input error.
    static func run(_ words: [String], _ output: ConsoleOutput) throws -> Int32 {
        let arguments = try CommandArguments(
            words, options: ["rep", "group", "as", "format"], flags: ["list-criteria", "help"])
        if arguments.has("help") {
            output.print(HelpText.check)
            return 0
        }
        if arguments.has("list-criteria") {
            guard arguments.positionals.isEmpty else {
                throw UsageError("--list-criteria takes no company file")
            }
            output.print(criteriaList())
            return 0
        }

        guard arguments.positionals.count == 1 else {
            throw UsageError("expected one company file, got \(arguments.positionals.count) arguments")
        }
        let format = arguments.value("format") ?? "text"
        guard ["text", "json", "markdown"].contains(format) else {
            throw UsageError("unknown format '\(format)'; use 'text', 'json' or 'markdown'")
        }
        let scope = try healthScope(arguments)

        let company = try CompanyFile.load(path: arguments.positionals[0])
        var user: User?
        if let userID = arguments.value("as") {
            guard let found = company.user(id: userID) else {
                let known = company.users.map(\.id).sorted().joined(separator: ", ")
                output.error("unknown user '\(userID)' in \(arguments.positionals[0]); known users: \(known.isEmpty ? "none" : known)")
                return 2
            }
            user = found
        }

        let report: HealthReport
        do {
            report = try HealthCheck.run(company: company, scope: scope, user: user)
        } catch {
            output.error(message(for: error, scope: scope))
            return 2
        }

        switch format {
        case "json":
            output.print(try json(report))
        case "markdown":
            output.print(HealthReportText.markdown(report, companyName: company.name))
        default:
            output.print(HealthReportText.plain(report, companyName: company.name))
        }
        return report.hasErrors ? 1 : 0
    }

    /// Formats the criteria list: one line per criterion with id, category
    /// and title, in columns.
    static func criteriaList() -> String {
        HealthCheck.criteria.map { criterion in
            let category = criterion.category.description
            return criterion.id + "  " + category + String(repeating: " ", count: max(1, 19 - category.count))
                + criterion.title
        }.joined(separator: "\n")
    }

    private static func healthScope(_ arguments: CommandArguments) throws(UsageError) -> HealthScope {
        switch (arguments.value("rep"), arguments.value("group")) {
        case (.some, .some):
            throw UsageError("give either --rep or --group, not both")
        case (.some(let rep), nil):
            return .rep(rep)
        case (nil, .some(let group)):
            return .group(group)
        case (nil, nil):
            return .company
        }
    }

    /// Returns a message for an error of the health check that names the
    /// check.
    private static func message(for error: CompanyError, scope: HealthScope) -> String {
        switch error {
        case .outOfScope(let userID, _, _):
            return "user \(userID) may not run the health check for \(scope): it lies outside the user's groups "
                + "or own data; ask an admin, or check a group or rep of your own"
        case .unknownID(let kind, let id):
            return "unknown \(kind) '\(id)'; check the id in the company file"
        default:
            return error.description
        }
    }

    private static func json(_ report: HealthReport) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(report), as: UTF8.self)
    }
}

/// The text and Markdown forms of a health report.
enum HealthReportText {
    static func plain(_ report: HealthReport, companyName: String?) -> String {
        var lines = [heading(report, companyName: companyName) + ".", summary(report)]
        if !report.ignoredThresholds.isEmpty {
            lines.append(ignoredNote(report))
        }

        for finding in report.findings {
            let title = HealthCheck.criterion(id: finding.criterionID)?.title ?? ""
            lines.append("")
            lines.append("\(finding.severity.rawValue.uppercased()) \(finding.criterionID) \(title)")
            lines.append("  \(finding.message)")
            lines.append(
                "  Measured \(finding.unit.format(finding.measuredValue)), threshold \(finding.unit.format(finding.threshold)).")
            lines.append("  Suggestion: \(finding.suggestion)")
        }
        return lines.joined(separator: "\n")
    }

    static func markdown(_ report: HealthReport, companyName: String?) -> String {
        var lines = ["# " + heading(report, companyName: companyName), "", summary(report)]
        if !report.ignoredThresholds.isEmpty {
            lines += ["", ignoredNote(report)]
        }
        guard !report.findings.isEmpty else { return lines.joined(separator: "\n") }

        lines += [
            "",
            "| Severity | Criterion | Measured | Threshold | Finding | Suggestion |",
            "| --- | --- | --- | --- | --- | --- |",
        ]
        for finding in report.findings {
            let title = HealthCheck.criterion(id: finding.criterionID)?.title ?? ""
            let cells = [
                finding.severity.rawValue, "\(finding.criterionID) \(title)", finding.unit.format(finding.measuredValue),
                finding.unit.format(finding.threshold), finding.message, finding.suggestion,
            ]
            lines.append("| " + cells.map(escape).joined(separator: " | ") + " |")
        }
        return lines.joined(separator: "\n")
    }

    private static func heading(_ report: HealthReport, companyName: String?) -> String {
        let name = companyName.map { " (\($0))" } ?? ""
        return "Health check of \(report.scope)\(name)"
    }

    private static func summary(_ report: HealthReport) -> String {
        let counts = [HealthSeverity.error, .warning, .info].map { severity in
            let count = report.count(of: severity)
            return "\(count) \(severity.rawValue)\(count == 1 || severity == .info ? "" : "s")"
        }
        return "\(report.criteriaChecked) criteria checked: " + counts.joined(separator: ", ") + "."
    }

    private static func ignoredNote(_ report: HealthReport) -> String {
        "Ignored threshold overrides (unknown criterion id, or a negative or non-finite value): "
            + report.ignoredThresholds.joined(separator: ", ") + "."
    }

    /// Escapes the characters that would break a Markdown table cell.
    private static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ")
    }
}
