import Foundation
import Giro
import Testing

@Suite("Health check")
struct HealthCheckTests {
    @Test func cleanCompanyHasNoFinding() throws {
        let report = try HealthCheck.run(company: HealthFixture.base())

        #expect(report.findings.map(\.message) == [])
        #expect(report.count(of: .error) == 0)
        #expect(report.count(of: .warning) == 0)
        #expect(!report.hasErrors)
        #expect(report.criteriaChecked == HealthCheck.criteria.count)
    }

    @Test func smallCompanyOfTheSettingsTestsHasNoWarningOrError() throws {
        let report = try HealthCheck.run(company: smallCompany())

        #expect(report.findings.filter { $0.severity != .info }.map(\.message) == [])
    }

    @Test func criteriaHaveUniqueWellFormedIDs() {
        let criteria = HealthCheck.criteria
        let ids = criteria.map(\.id)

        #expect(criteria.count >= 35)
        #expect(Set(ids).count == ids.count)
        #expect(Set(criteria.map(\.category)) == Set(HealthCategory.allCases))
        for criterion in criteria {
            #expect(criterion.id.hasPrefix(criterion.category.idPrefix + "-"), "\(criterion.id)")
            #expect(criterion.defaultThreshold.isFinite, "\(criterion.id)")
            #expect(criterion.defaultThreshold >= 0, "\(criterion.id)")
            #expect(!criterion.title.isEmpty, "\(criterion.id)")
            #expect(!criterion.measures.isEmpty, "\(criterion.id)")
            #expect(!criterion.suggestion.isEmpty, "\(criterion.id)")
        }
        #expect(ids == ids.sorted())
    }

    @Test func everyCategoryHasSeveralCriteria() {
        for category in HealthCategory.allCases {
            #expect(HealthCheck.criteria.filter { $0.category == category }.count >= 6, "\(category)")
        }
    }

    @Test func documentationListsEveryCriterion() throws {
        let root = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let text = try String(contentsOf: root.appendingPathComponent("docs/health-check.md"), encoding: .utf8)

        for criterion in HealthCheck.criteria {
            #expect(text.contains("### \(criterion.id)\n\n**\(criterion.title)** (\(criterion.severity.rawValue))."), "\(criterion.id)")
            #expect(text.contains(criterion.suggestion), "\(criterion.id)")
        }
    }

    @Test func thresholdOverrideReplacesTheDefault() throws {
        let company = HealthFixture.company { company in
            company.healthThresholds = ["US-05": 10]
        }
        let report = try HealthCheck.run(company: company, scope: .rep("A"))
        let finding = try #require(report.findings(of: "US-05").first)

        #expect(finding.threshold == 10)
        #expect(finding.measuredValue == 22)
        #expect(finding.repIDs == ["A"])
        #expect(HealthCheck.threshold(of: "US-05", in: company) == 10)
        #expect(HealthCheck.threshold(of: "US-04", in: company) == 0.8)
    }

    @Test func invalidOverridesAreIgnoredAndListed() throws {
        let company = HealthFixture.company { company in
            company.healthThresholds = ["XX-99": 1, "US-05": -3, "US-04": .nan]
        }
        let report = try HealthCheck.run(company: company)

        #expect(report.ignoredThresholds == ["US-04", "US-05", "XX-99"])
        #expect(report.findings.isEmpty)
        #expect(HealthCheck.threshold(of: "US-05", in: company) == 30)
        #expect(HealthCheck.threshold(of: "XX-99", in: company) == nil)
    }

    @Test func findingsAreSortedWorstFirst() throws {
        let company = HealthFixture.company { company in
            company.updateCustomer("A-1") { $0.settings[.openingHours] = .windows(WeeklyWindows()) }
            company.healthThresholds = ["US-05": 10]
        }
        let report = try HealthCheck.run(company: company)
        let severities = report.findings.map(\.severity)

        #expect(severities == severities.sorted(by: >))
        #expect(report.findings.first?.criterionID == "DQ-09")
        #expect(report.hasErrors)
    }

    @Test func unknownScopeIDsAreRejected() {
        let company = HealthFixture.base()

        #expect(throws: CompanyError.unknownID(kind: "rep", id: "Z")) {
            try HealthCheck.run(company: company, scope: .rep("Z"))
        }
        #expect(throws: CompanyError.unknownID(kind: "group", id: "west")) {
            try HealthCheck.run(company: company, scope: .group("west"), user: company.user("admin"))
        }
    }

    @Test func invalidTravelModelIsRejected() {
        var company = HealthFixture.base()
        company.travel = .road(RoadParameters(roadFactor: 0.5))

        #expect(throws: CompanyError.self) {
            try HealthCheck.run(company: company)
        }
    }

    @Test func reportEncodesScopeAndCounts() throws {
        let company = HealthFixture.company { company in
            company.updateCustomer("A-1") { $0.settings[.openingHours] = .windows(WeeklyWindows()) }
        }
        let report = try HealthCheck.run(company: company, scope: .rep("A"))
        let data = try JSONEncoder().encode(report)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])

        #expect(object["scope"] as? String == "rep A")
        #expect(object["errors"] as? Int == 1)
        #expect(object["criteriaChecked"] as? Int == HealthCheck.criteria.count)
        let findings = try #require(object["findings"] as? [[String: Any]])
        #expect(findings.first?["criterionID"] as? String == "DQ-09")
        #expect(findings.first?["customerIDs"] as? [String] == ["A-1"])
    }
}

@Suite("Health check scope")
struct HealthScopeTests {
    @Test func supervisorChecksOwnGroupAndItsReps() throws {
        let company = HealthFixture.company { company in
            company.healthThresholds = ["US-05": 10]
        }
        let boss = company.user("boss-north")

        let group = try HealthCheck.run(company: company, scope: .group("north"), user: boss)
        #expect(Set(group.findings(of: "US-05").flatMap(\.repIDs)) == ["A", "B"])

        let rep = try HealthCheck.run(company: company, scope: .rep("B"), user: boss)
        #expect(rep.findings(of: "US-05").flatMap(\.repIDs) == ["B"])
    }

    @Test func supervisorCannotCheckOtherGroupsOrTheCompany() {
        let company = HealthFixture.base()
        let boss = company.user("boss-north")

        #expect(throws: CompanyError.outOfScope(userID: "boss-north", operation: .changeGroupSetting, scope: .group("south"))) {
            try HealthCheck.run(company: company, scope: .group("south"), user: boss)
        }
        #expect(throws: CompanyError.self) {
            try HealthCheck.run(company: company, scope: .rep("C"), user: boss)
        }
        #expect(throws: CompanyError.self) {
            try HealthCheck.run(company: company, scope: .company, user: boss)
        }
    }

    @Test func repChecksOnlyHimself() throws {
        let company = HealthFixture.company { company in
            company.healthThresholds = ["US-05": 10]
        }
        let rep = company.user("rep-A")

        let own = try HealthCheck.run(company: company, scope: .rep("A"), user: rep)
        #expect(own.findings.flatMap(\.repIDs).allSatisfy { $0 == "A" })
        #expect(own.findings(of: "US-05").count == 1)

        #expect(throws: CompanyError.outOfScope(userID: "rep-A", operation: .changeRepSetting, scope: .rep("B"))) {
            try HealthCheck.run(company: company, scope: .rep("B"), user: rep)
        }
        #expect(throws: CompanyError.self) {
            try HealthCheck.run(company: company, scope: .group("north"), user: rep)
        }
        #expect(throws: CompanyError.self) {
            try HealthCheck.run(company: company, scope: .company, user: rep)
        }
    }

    @Test func adminChecksEverything() throws {
        let company = HealthFixture.base()
        let admin = company.user("admin")

        for scope in [HealthScope.company, .group("south"), .rep("B")] {
            let report = try HealthCheck.run(company: company, scope: scope, user: admin)
            #expect(report.scope == scope)
        }
    }

    @Test func repScopeReportsOnlyItsOwnCustomers() throws {
        let company = HealthFixture.company { company in
            for id in ["A-1", "B-1", "C-1"] {
                company.updateCustomer(id) { $0.settings[.openingHours] = .windows(WeeklyWindows()) }
            }
        }

        let rep = try HealthCheck.run(company: company, scope: .rep("B"))
        #expect(rep.findings(of: "DQ-09").flatMap(\.customerIDs) == ["B-1"])

        let group = try HealthCheck.run(company: company, scope: .group("north"))
        #expect(group.findings(of: "DQ-09").flatMap(\.customerIDs) == ["A-1", "B-1"])

        let whole = try HealthCheck.run(company: company)
        #expect(whole.findings(of: "DQ-09").flatMap(\.customerIDs) == ["A-1", "B-1", "C-1"])
    }

    @Test func groupCriteriaSkipRepScope() throws {
        let company = HealthFixture.company { company in
            company.updateRep("A") { $0.settings[.visitDuration] = .duration(7200) }
        }

        #expect(try HealthCheck.run(company: company, scope: .group("north")).findings(of: "TR-05").count == 1)
        #expect(try HealthCheck.run(company: company, scope: .rep("A")).findings(of: "TR-05").isEmpty)
    }
}
