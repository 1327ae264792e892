import Foundation
import Giro

/// `giro transfer COMPANY --from REP --to REP --output NEW.json`: moves or
/// copies customers between two reps of a company file and writes the
/// changed company to a new file.
enum TransferCommand {
    static func run(_ words: [String], _ output: ConsoleOutput) throws -> Int32 {
        let arguments = try CommandArguments(
            words, options: ["from", "to", "customers", "as", "output"], flags: ["copy", "help"])
        if arguments.has("help") {
            output.print(HelpText.transfer)
            return 0
        }
        guard arguments.positionals.count == 1 else {
            throw UsageError("expected one company file, got \(arguments.positionals.count) arguments")
        }
        guard let fromRepID = arguments.value("from") else {
            throw UsageError("--from REP is missing: name the rep whose customers are transferred")
        }
        guard let toRepID = arguments.value("to") else {
            throw UsageError("--to REP is missing: name the rep that receives the customers")
        }
        guard let outputPath = arguments.value("output") else {
            throw UsageError("--output NEW.json is missing: name the file for the changed company")
        }
        let customerIDs = try Self.customerIDs(arguments.value("customers"))

        let path = arguments.positionals[0]
        try OutputFile.check(outputPath, inputs: [path])
        var company = try CompanyFile.load(path: path)
        for repID in [fromRepID, toRepID] where company.rep(id: repID) == nil {
            let known = company.reps.isEmpty ? "no reps" : "the reps " + company.reps.map(\.id).joined(separator: ", ")
            throw UsageError("rep '\(repID)' is not in \(path), which has \(known)")
        }
        let user = try actingUser(arguments.value("as"), in: company, path: path)
        let request = TransferRequest(
            from: fromRepID, to: toRepID, customerIDs: customerIDs, mode: arguments.has("copy") ? .copy : .move)

        let record: TransferRecord
        do {
            record = try company.transfer(request, by: user)
        } catch {
            output.error("transfer rejected: \(error)")
            return 2
        }

        try PlanCommand.write(CompanyFile.encode(company), to: outputPath)
        output.print(summary(of: record))
        output.print("Company written to \(outputPath).")
        return 0
    }

    /// Splits the `--customers` value into ids, or returns nil, meaning all
    /// customers, when the option is absent.
    static func customerIDs(_ text: String?) throws(UsageError) -> [String]? {
        guard let text else { return nil }
        let ids = text.split(separator: ",", omittingEmptySubsequences: false).map {
            $0.trimmingCharacters(in: .whitespaces)
        }
        guard !ids.contains(where: \.isEmpty) else {
            throw UsageError("--customers must be customer ids separated by commas, with none empty, not '\(text)'")
        }
        return ids
    }

    /// Finds the user named by `--as`, or the first admin of the company.
    static func actingUser(_ id: String?, in company: Company, path: String) throws(UsageError) -> User {
        guard let id else {
            guard let admin = company.users.first(where: { $0.role == .admin }) else {
                throw UsageError("\(path) has no admin user; name the acting user with --as USER")
            }
            return admin
        }
        guard let user = company.user(id: id) else {
            let known = company.users.isEmpty ? "no users" : "the users " + company.users.map(\.id).joined(separator: ", ")
            throw UsageError("user '\(id)' is not in \(path), which has \(known)")
        }
        return user
    }

    /// Formats what moved or was copied: one line per customer, then the
    /// counts of history entries, appointments and reservations.
    static func summary(of record: TransferRecord) -> String {
        let request = record.request
        let moved = request.mode == .move
        var lines = [
            "\(moved ? "Moved" : "Copied") \(count(record.customerCount, "customer")) from rep \(request.fromRepID) "
                + "to rep \(request.toRepID) as user \(record.userID):"
        ]
        for (source, result) in zip(record.sourceCustomers, record.resultCustomers) {
            lines.append(moved ? "  \(source.id)" : "  \(source.id) -> \(result.id)")
        }
        lines.append(
            "\(moved ? "Moved along" : "Copied along"): \(count(record.historyEntryCount, "visit history entry", "visit history entries")), "
                + "\(count(record.appointmentCount, "appointment")), \(count(record.reservationCount, "reservation")).")
        return lines.joined(separator: "\n")
    }

    private static func count(_ number: Int, _ singular: String, _ plural: String? = nil) -> String {
        "\(number) \(number == 1 ? singular : plural ?? singular + "s")"
    }
}
