import Foundation
import GiroFormats
import GiroModel

/// Small valid territory files for the error tests, built so that each test
/// changes one part.
enum Samples {
    static let rep = #"{"id": "r1", "home": {"latitude": 52.5, "longitude": 13.4}, "workingHours": {"mon": {"start": "08:00", "end": "17:00"}}}"#
    static let secondRep = #"{"id": "r2", "home": {"latitude": 51.3, "longitude": 12.4}, "workingHours": {"tue": {"start": "08:00", "end": "17:00"}}}"#
    static let customer = #"{"id": "c1", "location": {"latitude": 52.4, "longitude": 13.1}, "visitMinutes": 30}"#
    static let horizon = #"{"start": "2026-03-02", "days": 5}"#

    /// Builds rep `r1` with `overnight` as its overnight rule.
    static func rep(withOvernight overnight: String) -> String {
        #"{"id": "r1", "home": {"latitude": 52.5, "longitude": 13.4}, "workingHours": {"mon": {"start": "08:00", "end": "17:00"}}, "overnight": "#
            + overnight + "}"
    }

    /// Builds a customer `c1` with `fields` added after its required keys.
    static func customer(with fields: String) -> String {
        #"{"id": "c1", "location": {"latitude": 52.4, "longitude": 13.1}, "visitMinutes": 30, "# + fields + "}"
    }

    /// Builds a territory file with one top-level key per line: line 2 is the
    /// horizon, line 3 the reps, line 4 the customers, and `extra` keys
    /// start on line 5.
    static func territory(
        horizon: String = horizon, reps: [String] = [rep], customers: [String] = [customer], extra: [String] = []
    ) -> String {
        var lines = [
            "{",
            #"  "horizon": "# + horizon + ",",
            #"  "reps": ["# + reps.joined(separator: ", ") + "],",
            #"  "customers": ["# + customers.joined(separator: ", ") + "]",
        ]
        for member in extra {
            lines[lines.count - 1] += ","
            lines.append("  " + member)
        }
        lines.append("}")
        return lines.joined(separator: "\n")
    }

    /// Decodes `json` as a territory and returns the error, or nil when it
    /// decodes.
    static func territoryError(_ json: String) -> FormatError? {
        do {
            _ = try TerritoryFile.decode(Data(json.utf8), fileName: "bad.json")
            return nil
        } catch {
            return error
        }
    }

    /// Decodes `json` as a plan and returns the error, or nil when it decodes.
    static func planError(_ json: String) -> FormatError? {
        do {
            _ = try PlanFile.decode(Data(json.utf8), fileName: "plan.json")
            return nil
        } catch {
            return error
        }
    }

    /// Imports `csv` and returns the error, or nil when it imports.
    static func csvError(_ csv: String) -> FormatError? {
        do {
            _ = try CustomerCSV.decode(csv, fileName: "customers.csv")
            return nil
        } catch {
            return error
        }
    }
}
