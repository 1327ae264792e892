import GiroModel
import GiroValidator
import Testing

@Suite("Objective rule")
struct ObjectiveRuleTests {
    @Test func wrongObjectiveIsRejected() {
        let territory = SharedAddress.territory
        var plan = makePlan(territory, routes: [SharedAddress.route])
        plan.objective += 1

        let report = validate(plan, in: territory)
        #expect(report.violations.map(\.rule) == [.objective])
        #expect(report.violations.first?.message.contains("\(plan.objective)") == true)
    }

    @Test func infiniteObjectiveIsRejected() {
        let territory = SharedAddress.territory
        var plan = makePlan(territory, routes: [SharedAddress.route])
        plan.objective = .infinity

        #expect(validate(plan, in: territory).violations.map(\.rule) == [.objective])
    }

    @Test func duplicateUnplannedEntryIsRejected() {
        let territory = SharedAddress.territory
        let entry = UnplannedVisit(kind: .customer, id: "C9", repID: "r1", reason: .noTimeLeft, message: "no room")
        let plan = makePlan(territory, routes: [SharedAddress.route], unplanned: [entry, entry])

        let report = validate(plan, in: territory)
        let duplicate = report.violations.first { $0.message.contains("more than once") }
        #expect(duplicate?.rule == .unplannedReporting)
    }
}

@Suite("Unplanned reasons")
struct UnplannedReasonTests {
    @Test func blockedReasonWithoutAnyBlockIsRejected() {
        let territory = SharedAddress.territory
        let entry = UnplannedVisit(kind: .customer, id: "C1", repID: "r1", reason: .blocked, message: "blocked")
        let plan = makePlan(territory, routes: [], unplanned: [entry])

        let report = validate(plan, in: territory)
        let contradiction = report.violations.first { $0.message.contains("listed as blocked") }
        #expect(contradiction?.rule == .unplannedReporting)
    }

    @Test func blockedReasonWithABlockIsAccepted() throws {
        var territory = SharedAddress.territory
        let start = territory.horizon.start
        territory.customers[0].blocks = [DateRange(first: start, last: start)]
        let entry = UnplannedVisit(kind: .customer, id: "C1", repID: "r1", reason: .blocked, message: "blocked")
        let plan = makePlan(territory, routes: [], unplanned: [entry])

        #expect(!validate(plan, in: territory).violations.contains { $0.message.contains("listed as blocked") })
    }
}
