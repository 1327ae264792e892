import Foundation
import Testing

/// A company with a company lock, a group lock, a rep setting and a
/// customer setting.
private let companyJSON = """
    {
      "name": "Settings test",
      "planningStart": "2027-03-08",
      "settings": { "cadenceWeight": 7200, "visitDuration": 30, "locked": ["cadenceWeight"] },
      "groups": [
        { "id": "north", "settings": { "dueAfter": 0.6, "locked": ["dueAfter"] } },
        { "id": "south" }
      ],
      "reps": [
        { "id": "R1", "groupId": "north", "home": { "latitude": 45.7, "longitude": 9.7 }, "settings": { "speedFactor": 1.2 } },
        { "id": "R2", "groupId": "south", "home": { "latitude": 45.1, "longitude": 10.0 } }
      ],
      "customers": [
        { "id": "C1", "repId": "R1", "location": { "latitude": 45.6, "longitude": 9.8 }, "settings": { "visitDuration": 45 } }
      ]
    }
    """

private func writeCompany(_ contents: String = companyJSON) throws -> String {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("giro-settings-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let url = folder.appendingPathComponent("company.json")
    try contents.write(to: url, atomically: true, encoding: .utf8)
    return url.path
}

/// Returns the output line of one setting key.
private func line(of key: String, in output: String) -> String? {
    output.split(separator: "\n").map(String.init).first { $0.hasPrefix(key + " ") }
}

@Suite("giro settings", .serialized)
struct SettingsCommandTests {
    @Test func repSettingsShowSourcesAndLocks() throws {
        let result = try runGiro(["settings", try writeCompany(), "--rep", "R1"])
        #expect(result.status == 0, "\(result.error)")

        let dueAfter = try #require(line(of: "dueAfter", in: result.output))
        #expect(dueAfter.contains("group north, locked by group north"))
        #expect(dueAfter.hasSuffix(" 0.6"))

        let weight = try #require(line(of: "cadenceWeight", in: result.output))
        #expect(weight.contains("company, locked by company"))
        #expect(weight.hasSuffix(" 7200"))

        let speed = try #require(line(of: "speedFactor", in: result.output))
        #expect(speed.contains("rep R1"))
        #expect(speed.hasSuffix(" 1.2"))

        let leeway = try #require(line(of: "appointmentLeeway", in: result.output))
        #expect(leeway.contains("default"))
        #expect(leeway.hasSuffix(" 15"))
    }

    @Test func customerSettingsInMinutes() throws {
        let result = try runGiro(["settings", try writeCompany(), "--customer", "C1"])
        #expect(result.status == 0, "\(result.error)")

        let visit = try #require(line(of: "visitDuration", in: result.output))
        #expect(visit.contains("customer C1"))
        #expect(visit.hasSuffix(" 45"))

        let breakRule = try #require(line(of: "breakRule", in: result.output))
        #expect(breakRule.contains(#""frameStart": "12:00""#))
        #expect(breakRule.contains(#""minutes": 45"#))
    }

    @Test func companyScopeListsEveryKey() throws {
        let result = try runGiro(["settings", try writeCompany(), "--company"])
        #expect(result.status == 0, "\(result.error)")

        let lines = result.output.split(separator: "\n")
        #expect(lines.first == "Effective settings of the whole company (durations in minutes):")
        #expect(lines.count == 19)
        #expect(line(of: "priorityClasses", in: result.output)?.contains(#"{ "A": 3, "B": 1.5, "C": 1 }"#) == true)
    }

    @Test func groupScopeInJSON() throws {
        let result = try runGiro(["settings", try writeCompany(), "--group", "north", "--format", "json"])
        #expect(result.status == 0, "\(result.error)")

        let document = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
        let scope = try #require(document["scope"] as? [String: String])
        #expect(scope == ["level": "group", "id": "north"])

        let settings = try #require(document["settings"] as? [[String: Any]])
        let dueAfter = try #require(settings.first { $0["key"] as? String == "dueAfter" })
        #expect(dueAfter["value"] as? Double == 0.6)
        #expect(dueAfter["source"] as? [String: String] == ["level": "group", "id": "north"])
        #expect(dueAfter["lockedBy"] == nil)

        let weight = try #require(settings.first { $0["key"] as? String == "cadenceWeight" })
        #expect(weight["lockedBy"] as? [String: String] == ["level": "company"])
    }

    @Test func territoryFileIsReadAsCompany() throws {
        let demo = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("datasets/demo-northern-italy.json").path
        let result = try runGiro(["settings", demo, "--rep", "R1"])
        #expect(result.status == 0, "\(result.error)")

        let maximum = try #require(line(of: "maximumWorkingTime", in: result.output))
        #expect(maximum.contains("rep R1"))
        #expect(maximum.hasSuffix(" 570"))
    }

    @Test func unknownRepIsAnInputError() throws {
        let result = try runGiro(["settings", try writeCompany(), "--rep", "R9"])

        #expect(result.status == 2)
        #expect(result.error.contains("rep 'R9' is not in"))
        #expect(result.error.contains("which has the reps R1, R2"))
    }

    @Test func scopeIsRequiredOnce() throws {
        let path = try writeCompany()

        let none = try runGiro(["settings", path])
        #expect(none.status == 2)
        #expect(none.error.contains("give exactly one of --company, --group ID, --rep ID and --customer ID; none was given"))

        let two = try runGiro(["settings", path, "--company", "--rep", "R1"])
        #expect(two.status == 2)
        #expect(two.error.contains("2 were given"))
    }

    @Test func unknownFormatIsAUsageError() throws {
        let result = try runGiro(["settings", try writeCompany(), "--company", "--format", "yaml"])

        #expect(result.status == 2)
        #expect(result.error.contains("--format must be 'text' or 'json', not 'yaml'"))
    }

    @Test func lockedOverrideInFileIsReported() throws {
        let bad = companyJSON.replacingOccurrences(of: #""settings": { "speedFactor": 1.2 }"#, with: #""settings": { "dueAfter": 0.8 }"#)
        let result = try runGiro(["settings", try writeCompany(bad), "--company"])

        #expect(result.status == 2)
        #expect(result.error.contains("reps[0].settings.dueAfter: dueAfter cannot be set at rep level: it is locked by group north"))
    }

    @Test func helpDescribesTheCommand() throws {
        let result = try runGiro(["settings", "--help"])

        #expect(result.status == 0)
        #expect(result.output.contains("Usage: giro settings COMPANY"))

        let overview = try runGiro(["--help"])
        #expect(overview.output.contains("settings COMPANY"))
    }
}
