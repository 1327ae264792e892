import Foundation
import Giro
import Testing

/// The demo company in `datasets/demo-company.json` and the data problems
/// that `datasets/tools/make-demo-company.swift` plants in it, as
/// `datasets/README.md` lists them. Regenerating the file with a changed
/// script changes the ids below.
private enum DemoCompany {
    static let path = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("datasets/demo-company.json").path

    /// The company, read once for every test of this file.
    static let loaded = Result<Company, any Error> { try CompanyFile.load(path: path) }

    /// The criteria that the planted problems trigger, in id order.
    static let plantedCriterionIDs = [
        "DQ-02", "DQ-03", "DQ-04", "DQ-05", "DQ-09", "DQ-10", "DQ-11", "DQ-12", "DQ-13", "DQ-14", "DQ-15", "DQ-16",
        "PS-01", "PS-02", "PS-03", "PS-06", "TR-02", "TR-06", "TR-09", "US-02", "US-03", "US-06",
    ]

    /// The health report of the whole company, computed once.
    static let report = Result<HealthReport, any Error> { try HealthCheck.run(company: loaded.get()) }

    /// Every criterion that the planted problems trigger, with the reps and
    /// customers that its findings must name, taken together.
    ///
    /// Two problems touch a whole rep: rep R08's dueAfter of 1.0 applies to
    /// all its customers, and rep R06 records no visit times, so every R06
    /// customer with a past visit is named.
    static func plantedFindings(in company: Company) -> [PlantedFinding] {
        let customersOfR08 = Set(company.customers(ofRep: "R08").map(\.id))
        let customersWithHistory = Set(company.visitHistory.filter { $0.date < company.planningStart }.map(\.customerID))
        let timelessCustomersOfR06 = Set(company.customers(ofRep: "R06").map(\.id)).intersection(customersWithHistory)
        let importedCustomers = Set((1977...1996).map { String(format: "C%04d", $0) })

        return [
            PlantedFinding("DQ-02", reps: ["R10"], customers: ["C1667"]),
            PlantedFinding("DQ-03", reps: ["R07"], customers: ["C1065"]),
            PlantedFinding("DQ-04", reps: ["R07"], customers: ["C1065"]),
            PlantedFinding("DQ-05", reps: ["R05"], customers: ["C0777", "C1971"]),
            PlantedFinding("DQ-09", reps: ["R02"], customers: ["C0305"]),
            PlantedFinding("DQ-10", reps: ["R04"], customers: ["C0538"]),
            PlantedFinding("DQ-11", reps: ["R09"], customers: ["C1387"]),
            PlantedFinding("DQ-12", reps: ["R11"], customers: ["C1672"]),
            PlantedFinding("DQ-13", reps: ["R05"], customers: ["C0683", "C0789"]),
            PlantedFinding("DQ-14", reps: ["R11"], customers: ["C1807"]),
            PlantedFinding("DQ-15", reps: ["R01"], customers: ["C0141"]),
            PlantedFinding("DQ-16", reps: ["R03"], customers: ["C1972"]),
            PlantedFinding("PS-01", reps: ["R08"], customers: customersOfR08),
            PlantedFinding("PS-02", reps: ["R03"], customers: []),
            PlantedFinding("PS-03", reps: ["R10"], customers: ["C1526"]),
            PlantedFinding("PS-06", reps: ["R09"], customers: ["C1460"]),
            PlantedFinding("TR-02", reps: ["R07"], customers: ["C1065"]),
            PlantedFinding("TR-06", reps: ["R01"], customers: ["C1973", "C1974", "C1975", "C1976"]),
            PlantedFinding("TR-09", reps: ["R02"], customers: ["C0190"]),
            PlantedFinding("US-02", reps: ["R12"], customers: importedCustomers),
            PlantedFinding("US-03", reps: ["R06"], customers: timelessCustomersOfR06),
            PlantedFinding("US-06", reps: ["R04"], customers: ["C0558"]),
        ]
    }
}

/// The reps and customers that the findings of one criterion must name.
private struct PlantedFinding: Sendable {
    let criterionID: String
    let repIDs: Set<String>
    let customerIDs: Set<String>

    init(_ criterionID: String, reps: Set<String>, customers: Set<String>) {
        self.criterionID = criterionID
        repIDs = reps
        customerIDs = customers
    }

}

@Suite("Demo company")
struct DemoCompanyTests {
    @Test func sizeMatchesTheDocumentation() throws {
        let company = try DemoCompany.loaded.get()

        #expect(company.groups.count == 3)
        #expect(company.reps.count == 12)
        #expect((1900...2100).contains(company.customers.count), "\(company.customers.count) customers")
        #expect(company.planningStart.weekday == .monday)
        for group in company.groups {
            #expect(company.reps(inGroup: group.id).count == 4, "reps of group \(group.id)")
        }
        for rep in company.reps {
            let count = company.customers(ofRep: rep.id).count
            #expect((150...190).contains(count), "rep \(rep.id) has \(count) customers")
        }
    }

    @Test func plantedListIsComplete() throws {
        let company = try DemoCompany.loaded.get()
        let planted = DemoCompany.plantedFindings(in: company)

        #expect(planted.map(\.criterionID) == DemoCompany.plantedCriterionIDs)

        // Guards the computed sets against an empty or partial list.
        let dueAfter = try #require(planted.first { $0.criterionID == "PS-01" })
        let withoutTimes = try #require(planted.first { $0.criterionID == "US-03" })
        #expect(dueAfter.customerIDs.count == 158)
        #expect(withoutTimes.customerIDs.count == 161)
    }

    @Test(arguments: DemoCompany.plantedCriterionIDs)
    func healthCheckReportsPlantedProblem(_ criterionID: String) throws {
        let company = try DemoCompany.loaded.get()
        let report = try DemoCompany.report.get()
        let planted = try #require(DemoCompany.plantedFindings(in: company).first { $0.criterionID == criterionID })
        let findings = report.findings(of: planted.criterionID)

        #expect(!findings.isEmpty, "\(planted.criterionID) is not reported")
        let reps = Set(findings.flatMap(\.repIDs))
        let customers = Set(findings.flatMap(\.customerIDs))
        #expect(reps == planted.repIDs, "reps of \(planted.criterionID)")
        let missing = planted.customerIDs.subtracting(customers).sorted()
        let unexpected = customers.subtracting(planted.customerIDs).sorted()
        #expect(missing.isEmpty, "\(planted.criterionID) does not name customers \(missing)")
        #expect(unexpected.isEmpty, "\(planted.criterionID) names customers \(unexpected)")
    }

    /// Every finding, of any severity, belongs to a planted problem and names
    /// only that problem's ids: the clean data triggers nothing.
    @Test func healthCheckRaisesNoFalseAlarm() throws {
        let company = try DemoCompany.loaded.get()
        let report = try DemoCompany.report.get()
        let planted = Dictionary(
            uniqueKeysWithValues: DemoCompany.plantedFindings(in: company).map { ($0.criterionID, $0) })

        for finding in report.findings {
            guard let expected = planted[finding.criterionID] else {
                Issue.record("unexpected \(finding.severity) \(finding.criterionID): \(finding.message)")
                continue
            }
            let extraReps = Set(finding.repIDs).subtracting(expected.repIDs)
            let extraCustomers = Set(finding.customerIDs).subtracting(expected.customerIDs)
            #expect(extraReps.isEmpty, "\(finding.criterionID) names reps \(extraReps.sorted())")
            #expect(extraCustomers.isEmpty, "\(finding.criterionID) names customers \(extraCustomers.sorted())")
            #expect(finding.groupIDs.isEmpty, "\(finding.criterionID) names groups \(finding.groupIDs)")
        }
        #expect(report.count(of: .error) == 6)
        #expect(report.count(of: .warning) == 10)
        #expect(report.count(of: .info) == 6)
    }

    @Test func everyRepPlansAValidWeek() throws {
        let company = try DemoCompany.loaded.get()
        let companyPlan = try CompanyPlanner(company: company).plan(options: PlannerOptions(iterationLimit: 3))

        #expect(companyPlan.plans.map(\.repID) == company.reps.map(\.id))
        for repPlan in companyPlan.plans {
            #expect(repPlan.validation.isValid, "rep \(repPlan.repID): \(repPlan.validation.description)")

            let rep = try #require(repPlan.territory.reps.first)
            let workingDays = repPlan.territory.horizon.dates.filter { rep.workingHours(on: $0) != nil }
            // Rep R11 takes Friday off, and the others work all five days.
            #expect(workingDays.count == (rep.id == "R11" ? 4 : 5), "working days of rep \(rep.id)")
            #expect(Set(repPlan.plan.routes.map(\.date)) == Set(workingDays), "route days of rep \(rep.id)")
        }
    }
}
