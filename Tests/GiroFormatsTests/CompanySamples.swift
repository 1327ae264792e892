import Foundation
import Giro

/// Small valid company files for the company tests, built so that each test
/// changes one part.
///
/// The default company has group `north`, which sets and locks `dueAfter`,
/// and group `south`. Rep `R1` is in north and rep `R2` in south. Customer
/// `C1` belongs to R1 and `C2` to R2.
enum CompanySamples {
    static let north = #"{"id": "north", "settings": {"dueAfter": 0.6, "locked": ["dueAfter"]}}"#
    static let south = #"{"id": "south"}"#
    static let firstRep = rep(id: "R1", group: "north")
    static let secondRep = rep(id: "R2", group: "south")
    static let firstCustomer = customer(id: "C1", rep: "R1")
    static let secondCustomer = customer(id: "C2", rep: "R2")

    /// Builds a rep with `fields` added after its required keys.
    static func rep(id: String, group: String, fields: String = "") -> String {
        #"{"id": ""# + id + #"", "groupId": ""# + group + #"", "home": {"latitude": 45.7, "longitude": 9.7}"#
            + (fields.isEmpty ? "" : ", " + fields) + "}"
    }

    /// Builds a customer with `fields` added after its required keys.
    static func customer(id: String, rep: String, fields: String = "") -> String {
        #"{"id": ""# + id + #"", "repId": ""# + rep + #"", "location": {"latitude": 45.6, "longitude": 9.8}"#
            + (fields.isEmpty ? "" : ", " + fields) + "}"
    }

    /// Builds a company file with one top-level key per line; `extra` keys
    /// follow the customers.
    static func company(
        settings: String = "{}",
        groups: [String] = [north, south],
        reps: [String] = [firstRep, secondRep],
        customers: [String] = [firstCustomer, secondCustomer],
        extra: [String] = []
    ) -> String {
        var lines = [
            "{",
            #"  "planningStart": "2027-03-08","#,
            #"  "settings": "# + settings + ",",
            #"  "groups": ["# + groups.joined(separator: ", ") + "],",
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

    /// Decodes `json` as a company file and returns the error, or nil when
    /// it decodes.
    static func companyError(_ json: String) -> FormatError? {
        do {
            _ = try CompanyFile.decode(Data(json.utf8), fileName: "company.json")
            return nil
        } catch {
            return error
        }
    }

    /// Returns the complete example of docs/company-format.md.
    static func documentedExample() throws -> String {
        try DocumentationExamples.block(in: "company-format.md", after: "## Complete example", language: "json")
    }

    /// The demo territory of the repository.
    static let demoTerritoryPath = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("datasets/demo-northern-italy.json").path
}
