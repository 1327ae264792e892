import Foundation
import Giro
import Testing

@Suite("Transfers on the demo company")
struct DemoCompanyTransferTests {
    private static let path = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("datasets/demo-company.json").path

    /// Splits one rep's customers between two others of its group, re-plans
    /// the three, and checks that no customer, past visit, appointment or
    /// reservation is lost or doubled.
    @Test func splittingARepKeepsEveryCustomerAndItsHistory() throws {
        let original = try CompanyFile.load(path: Self.path)
        var company = original
        let admin = try #require(company.users.first { $0.role == .admin })
        let moved = company.customers(ofRep: "R02").map(\.id)
        let half = moved.count / 2

        _ = try company.transfer(TransferRequest(from: "R02", to: "R01", customerIDs: Array(moved[..<half])), by: admin)
        _ = try company.transfer(TransferRequest(from: "R02", to: "R03", customerIDs: Array(moved[half...])), by: admin)

        #expect(company.customers(ofRep: "R02").isEmpty)
        #expect(company.customers.count == original.customers.count)
        #expect(Set(company.customers.map(\.id)) == Set(original.customers.map(\.id)))
        #expect(company.visitHistory.count == original.visitHistory.count)
        #expect(Set(company.visitHistory) == Set(original.visitHistory))
        #expect(company.appointments.count == original.appointments.count)
        #expect(company.reservations == original.reservations)
        for id in moved {
            let before = try #require(original.customer(id: id))
            let after = try #require(company.customer(id: id))
            #expect(after.blocks == before.blocks)
            #expect(after.lastVisit == before.lastVisit)
            #expect(after.settings == before.settings)
        }

        let plan = try CompanyPlanner(company: company).plan(reps: ["R01", "R03"], options: PlannerOptions(iterationLimit: 3))
        #expect(plan.isValid)
        let planned = plan.plans.flatMap { $0.territory.customers.map(\.id) }
        let expected = company.customers(ofRep: "R01").map(\.id) + company.customers(ofRep: "R03").map(\.id)
        #expect(planned.sorted() == expected.sorted())
        #expect(Set(planned).isSuperset(of: moved))
        for repPlan in plan.plans {
            let history = company.visitHistory.filter { entry in
                repPlan.territory.customers.contains { $0.id == entry.customerID }
            }
            #expect(repPlan.territory.visitHistory.count == history.count)
        }
    }
}
