import Foundation
import Giro

/// The re-planning options of `giro plan`: plan the first day from a clock
/// time (`--from`), from where the rep is (`--at`), with the customers
/// already visited that day (`--done`).
enum ReplanArguments {
    static let options: Set<String> = ["from", "at", "done"]

    /// Applies the options to the territory read from `path`.
    ///
    /// - Throws: `UsageError` naming the option and the bad value.
    /// - Parameter source: the file that the customers come from, for
    ///   messages about `--done`.
    static func apply(
        _ arguments: CommandArguments, to territory: inout Territory, customersFrom source: String
    ) throws(UsageError) {
        if let text = arguments.value("from") {
            guard let time = ClockTime.parse(text), time < 24 * 3600 else {
                throw UsageError("--from must be a clock time HH:MM before 24:00, not \(CommandArguments.quoted(text))")
            }
            territory.horizon.startTime = time
        }

        if let text = arguments.value("at") {
            territory.horizon.startLocation = try location(text, like: territory.reps.first?.home)
        }

        if let text = arguments.value("done") {
            guard territory.isReplanning else {
                throw UsageError(
                    "--done needs --from TIME: visits done on the first day count only when re-planning during it")
            }
            try addDoneVisits(text, to: &territory, customersFrom: source)
        }
    }

    /// Logs the visits of `--done`, customer ids separated by commas, as
    /// done on the horizon's first day.
    ///
    /// - Throws: `UsageError` for an empty, unknown or repeated id.
    static func addDoneVisits(_ text: String, to territory: inout Territory, customersFrom source: String) throws(UsageError) {
        let known = Set(territory.customers.map(\.id))
        var seen: Set<String> = []
        for part in text.split(separator: ",", omittingEmptySubsequences: false) {
            let id = part.trimmingCharacters(in: .whitespaces)
            guard !id.isEmpty else {
                throw UsageError(
                    "--done \(CommandArguments.quoted(text)) has an empty customer id; separate ids by single commas, "
                        + "with none at the end")
            }
            guard known.contains(id) else {
                throw UsageError(
                    "--done names customer \(CommandArguments.quoted(id)), which \(source) does not have; "
                        + "give customer ids separated by commas")
            }
            guard seen.insert(id).inserted else {
                throw UsageError("--done names customer \(CommandArguments.quoted(id)) twice; give each id once")
            }
            territory.visitHistory.append(PastVisit(customerID: id, date: territory.horizon.start))
        }
    }

    /// Reads `LATITUDE,LONGITUDE`, or `X,Y` when the reps' homes are planar,
    /// as plain decimal numbers.
    private static func location(_ text: String, like home: Location?) throws(UsageError) -> Location {
        let parts = text.split(separator: ",", omittingEmptySubsequences: false)
        let numbers = parts.compactMap { part -> Double? in
            let trimmed = part.trimmingCharacters(in: .whitespaces)
            guard trimmed.allSatisfy({ "0123456789.-+eE".contains($0) }) else { return nil }
            return Double(trimmed)
        }.filter(\.isFinite)
        switch home?.coordinate {
        case .planar:
            guard numbers.count == 2, parts.count == 2, numbers.allSatisfy({ abs($0) <= 1e9 }) else {
                throw UsageError(
                    "--at must be X,Y in the territory's planar units, each from -1e9 to 1e9, not "
                        + CommandArguments.quoted(text))
            }
            return .planar(x: numbers[0], y: numbers[1])
        case .geographic:
            guard numbers.count == 2, parts.count == 2, (-90...90).contains(numbers[0]), (-180...180).contains(numbers[1])
            else {
                throw UsageError(
                    "--at must be LATITUDE,LONGITUDE in degrees, latitude -90 to 90 and longitude -180 to 180, "
                        + "not \(CommandArguments.quoted(text))")
            }
            return .geographic(latitude: numbers[0], longitude: numbers[1])
        case .some(.none), nil:
            throw UsageError(
                "--at needs coordinates, and this territory's places are rows of a travel matrix; set "
                    + "horizon.startLocation in the territory file instead")
        }
    }
}
