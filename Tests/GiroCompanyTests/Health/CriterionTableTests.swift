import Giro
import Testing

@Suite("Health criteria one by one")
struct CriterionTableTests {
    @Test func tableCoversEveryCriterion() {
        let table = CriterionCases.all.map(\.id)

        #expect(table == HealthCheck.criteria.map(\.id))
        #expect(Set(table).count == table.count)
    }

    @Test(arguments: CriterionCases.all)
    func criterionFiresOnItsTrigger(_ row: CriterionCase) throws {
        var company = HealthFixture.base()
        row.trigger(&company)
        let criterion = try #require(HealthCheck.criterion(id: row.id))

        let report = try HealthCheck.run(company: company, scope: row.scope)
        let findings = report.findings(of: row.id)
        let finding = try #require(findings.first, "\(row.id) did not fire")

        #expect(findings.count == 1)
        #expect(finding.criterionID == row.id)
        #expect(finding.category == criterion.category)
        #expect(finding.severity == criterion.severity)
        #expect(finding.unit == criterion.unit)
        let expected = row.measured(company)
        #expect(abs(finding.measuredValue - expected) <= 1e-9 * max(1, abs(expected)), "expected \(expected)")
        #expect(finding.threshold == row.threshold)
        #expect(finding.threshold == criterion.defaultThreshold)
        #expect(finding.customerIDs == row.customers)
        #expect(finding.repIDs == row.reps)
        #expect(finding.groupIDs == row.groups)
        #expect(!finding.message.isEmpty)
        #expect(finding.suggestion == criterion.suggestion)
    }

    @Test(arguments: CriterionCases.all)
    func criterionStaysQuietOnNearMiss(_ row: CriterionCase) throws {
        var company = HealthFixture.base()
        row.nearMiss(&company)

        let report = try HealthCheck.run(company: company, scope: row.scope)

        #expect(report.findings(of: row.id).map(\.message) == [])
    }

    @Test(arguments: CriterionCases.all)
    func raisedThresholdSilencesTheTrigger(_ row: CriterionCase) throws {
        var company = HealthFixture.base()
        row.trigger(&company)
        let criterion = try #require(HealthCheck.criterion(id: row.id))
        let measured = row.measured(company)
        // Moves the threshold past the measured value, on the quiet side.
        company.healthThresholds[row.id] = criterion.trigger == .above ? measured + 1 : max(0, measured - 1)

        let report = try HealthCheck.run(company: company, scope: row.scope)

        #expect(report.findings(of: row.id).map(\.message) == [])
    }
}
