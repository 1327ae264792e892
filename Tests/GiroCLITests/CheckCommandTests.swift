import Foundation
import Giro
import Testing

/// Builds a company of one group with reps A and B, three customers each, open on
/// weekdays 08:00–18:00 and visited 50 and 22 days before the planning
/// start. Users: `admin`, `rep-A`.
private func checkCompany() -> Company {
    let start = CalendarDate(year: 2026, month: 12, day: 7)!
    let hours = TimeWindow(start: 8 * 3600, end: 18 * 3600)
    let opening = WeeklyWindows([
        .monday: [hours], .tuesday: [hours], .wednesday: [hours], .thursday: [hours], .friday: [hours],
    ])
    var reps: [CompanyRep] = []
    var customers: [CompanyCustomer] = []
    var history: [PastVisit] = []
    for (repID, longitude) in [("A", 9.60), ("B", 9.90)] {
        reps.append(CompanyRep(id: repID, groupID: "north", home: .geographic(latitude: 45.5, longitude: longitude)))
        for number in 1...3 {
            let id = "\(repID)-\(number)"
            customers.append(
                CompanyCustomer(
                    id: id, name: "Shop \(id)", repID: repID,
                    location: .geographic(latitude: 45.5 + 0.01 * Double(number), longitude: longitude + 0.01),
                    lastVisit: start.adding(days: -22)))
            history += [50, 22].map { PastVisit(customerID: id, date: start.adding(days: -$0), time: 36_000) }
        }
    }
    return Company(
        name: "Check", planningStart: start, settings: SettingsLayer(values: [.openingHours: .windows(opening)]),
        groups: [RepGroup(id: "north")], reps: reps, customers: customers, visitHistory: history,
        users: [User(id: "admin", role: .admin), User(id: "rep-A", role: .rep, repID: "A")])
}

/// Writes a company file to a new temporary folder and returns its path.
private func writeCompany(_ company: Company) throws -> String {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("giro-check-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let file = folder.appendingPathComponent("company.json")
    try CompanyFile.encode(company).write(to: file)
    return file.path
}

@Suite("giro check", .serialized)
struct CheckCommandTests {
    @Test func listCriteriaPrintsOneLinePerCriterion() throws {
        let result = try runGiro(["check", "--list-criteria"])
        let lines = result.output.split(separator: "\n").map(String.init)

        #expect(result.status == 0)
        #expect(lines.count == HealthCheck.criteria.count)
        for (line, criterion) in zip(lines, HealthCheck.criteria) {
            #expect(line.hasPrefix(criterion.id + "  "))
            #expect(line.contains(criterion.category.description))
            #expect(line.hasSuffix(criterion.title))
        }
    }

    @Test func cleanCompanyExitsWithZero() throws {
        let path = try writeCompany(checkCompany())
        let result = try runGiro(["check", path])

        #expect(result.status == 0, "\(result.output)\(result.error)")
        #expect(result.output.contains("Health check of the whole company (Check)"))
        #expect(result.output.contains("\(HealthCheck.criteria.count) criteria checked: 0 errors, 0 warnings"))
    }

    @Test func errorFindingExitsWithOneInEveryFormat() throws {
        var company = checkCompany()
        let index = try #require(company.customers.firstIndex { $0.id == "A-2" })
        company.customers[index].settings[.openingHours] = .windows(WeeklyWindows())
        let path = try writeCompany(company)

        let text = try runGiro(["check", path, "--rep", "A"])
        #expect(text.status == 1, "\(text.error)")
        #expect(text.output.contains("ERROR DQ-09 Closed on every day"))
        #expect(text.output.contains("A-2"))

        let markdown = try runGiro(["check", path, "--format", "markdown"])
        #expect(markdown.status == 1)
        #expect(markdown.output.contains("| error | DQ-09 Closed on every day | 1 | 0 |"))

        let json = try runGiro(["check", path, "--group", "north", "--format", "json"])
        #expect(json.status == 1)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any])
        #expect(object["scope"] as? String == "group north")
        #expect(object["errors"] as? Int == 1)
        let findings = try #require(object["findings"] as? [[String: Any]])
        #expect(findings.first?["criterionID"] as? String == "DQ-09")
        #expect(findings.first?["customerIDs"] as? [String] == ["A-2"])
        #expect(findings.first?["measuredValue"] as? Double == 1)
        #expect(findings.first?["threshold"] as? Double == 0)
    }

    @Test func userOutsideTheScopeExitsWithTwo() throws {
        let path = try writeCompany(checkCompany())

        let own = try runGiro(["check", path, "--rep", "A", "--as", "rep-A"])
        #expect(own.status == 0, "\(own.error)")

        let other = try runGiro(["check", path, "--rep", "B", "--as", "rep-A"])
        #expect(other.status == 2)
        #expect(other.error.contains("user rep-A may not run the health check for rep B"))

        let unknown = try runGiro(["check", path, "--as", "nobody"])
        #expect(unknown.status == 2)
        #expect(unknown.error.contains("unknown user 'nobody'"))
    }

    @Test func usageErrorsExitWithTwo() throws {
        let path = try writeCompany(checkCompany())

        let both = try runGiro(["check", path, "--rep", "A", "--group", "north"])
        #expect(both.status == 2)
        #expect(both.error.contains("either --rep or --group"))

        let format = try runGiro(["check", path, "--format", "xml"])
        #expect(format.status == 2)
        #expect(format.error.contains("unknown format 'xml'"))

        let rep = try runGiro(["check", path, "--rep", "Z"])
        #expect(rep.status == 2)
        #expect(rep.error.contains("unknown rep 'Z'"))

        let missing = try runGiro(["check", path + ".missing"])
        #expect(missing.status == 2)
        #expect(missing.error.contains("company.json.missing"))

        let help = try runGiro(["check", "--help"])
        #expect(help.status == 0)
        #expect(help.output.contains("Usage: giro check COMPANY"))
    }
}
