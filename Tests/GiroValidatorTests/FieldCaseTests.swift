import GiroModel
import GiroValidator
import Testing

/// Hand-checked valid plans of small field cases pass with no violation.
@Suite struct FieldCaseTests {
    @Test func breakAfterTightVisitIsValid() {
        let territory = BreakAfterTightVisit.territory
        let report = validate(makePlan(territory, routes: [BreakAfterTightVisit.route]), in: territory)

        #expect(report.isValid, "\(report)")
        #expect(report.violations.isEmpty)
    }

    @Test func lunchInsideFrameIsValid() {
        let territory = LunchInsideFrame.territory
        let report = validate(makePlan(territory, routes: [LunchInsideFrame.route]), in: territory)

        #expect(report.isValid, "\(report)")
    }

    @Test func lunchEndingAfterFrameIsBreakViolation() {
        let territory = LunchInsideFrame.territory
        let report = validate(makePlan(territory, routes: [LunchInsideFrame.lateRoute]), in: territory)

        #expect(report.violations.count == 1, "\(report)")
        let violation = report.violations.first
        #expect(violation?.rule == .breakRule)
        #expect(violation?.stopIndex == 0)
        #expect(violation?.repID == "r1")
        #expect(violation?.date == monday)
        #expect(violation?.message.contains("12:45–13:15") == true)
        #expect(violation?.message.contains("12:00–13:00") == true)
    }

    @Test func waitingWithinMaximumWorkingTimeIsValid() {
        let territory = WaitingInWorkingTime.territory()
        let report = validate(makePlan(territory, routes: [WaitingInWorkingTime.route]), in: territory)

        #expect(report.isValid, "\(report)")
    }

    @Test func threeLongVisitsWithinShiftAreValid() {
        let territory = ServiceInWorkingTime.territory()
        let plan = makePlan(
            territory, routes: [ServiceInWorkingTime.route], unplanned: [ServiceInWorkingTime.unplannedC4])
        let report = validate(plan, in: territory)

        #expect(report.isValid, "\(report)")
    }

    @Test func sharedAddressChargesSetupOnce() {
        let territory = SharedAddress.territory
        let report = validate(makePlan(territory, routes: [SharedAddress.route]), in: territory)

        #expect(report.isValid, "\(report)")
    }

    @Test func validReportDescriptionSaysValid() {
        let territory = SharedAddress.territory
        let report = validate(makePlan(territory, routes: [SharedAddress.route]), in: territory)

        #expect(report.description == "The plan is valid: no rule is broken.")
    }
}
