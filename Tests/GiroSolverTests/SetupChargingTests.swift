import Giro
import Testing

@testable import GiroSolver

@Suite("Setup charging")
struct SetupChargingTests {
    /// Two visits at one address with a third elsewhere between them: the
    /// rep arrives at the address twice, so the setup is charged twice.
    @Test func setupIsChargedAgainAfterAVisitElsewhere() throws {
        var builder = FieldCaseBuilder()
        builder.required("C1", x: 12, y: 16, service: 20, setup: 10)
        builder.required("C2", x: 12, y: 16, service: 20, setup: 10)
        builder.required("X", x: 0, y: 16, service: 20, setup: 5)
        let problem = try PlanningProblem(territory: builder.territory)

        let index = { (id: String) -> Int in
            problem.tasks.firstIndex { problem.territory.customers[$0.customerIndex ?? -1].id == id }!
        }
        let together = problem.routeInput(slot: 0, sequence: [index("C1"), index("C2"), index("X")])
        #expect(together.stops.map(\.setupDuration) == [600, 0, 300])

        let apart = problem.routeInput(slot: 0, sequence: [index("C1"), index("X"), index("C2")])
        #expect(apart.stops.map(\.setupDuration) == [600, 300, 600])
        #expect(apart.stops.map(\.travelTime) == [1200, 720, 720])
    }
}
