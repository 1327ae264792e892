import Giro
import Testing

@Suite("Settings cascade")
struct SettingsCascadeTests {
    @Test func lowestLevelThatSetsAValueWins() throws {
        var company = smallCompany()
        let admin = company.user("admin")
        try company.setSetting(.visitDuration, to: .duration(2400), at: .company, by: admin)
        try company.setSetting(.visitDuration, to: .duration(1800), at: .group("north"), by: admin)
        try company.setSetting(.visitDuration, to: .duration(3600), at: .customer("N1-C1"), by: admin)

        #expect(try company.effectiveSetting(.visitDuration, for: .customer("N1-C1")).value == .duration(3600))
        #expect(try company.effectiveSetting(.visitDuration, for: .customer("N1-C1")).source == .customer("N1-C1"))
        #expect(try company.effectiveSetting(.visitDuration, for: .customer("N1-C2")).source == .group("north"))
        #expect(try company.effectiveSetting(.visitDuration, for: .customer("S1-C1")).source == .company)
        #expect(try company.effectiveSetting(.cadenceDays, for: .customer("S1-C1")).source == .defaultValue)
    }

    @Test func overrideOfALockedSettingNamesTheLock() throws {
        var company = smallCompany()
        let admin = company.user("admin")
        try company.setSetting(.dueAfter, to: .number(0.8), at: .group("north"), by: admin)
        try company.setLock(.dueAfter, locked: true, at: .group("north"), by: admin)

        #expect(throws: CompanyError.settingLocked(key: .dueAfter, level: .rep, lockedBy: .group("north"))) {
            try company.setSetting(.dueAfter, to: .number(0.5), at: .rep("N1"), by: admin)
        }
        do {
            try company.setSetting(.dueAfter, to: .number(0.5), at: .customer("N2-C1"), by: admin)
            Issue.record("a customer override of a group lock was accepted")
        } catch {
            #expect(error.description.contains("locked by group north (group level)"))
        }
        // The south group is not under the north lock.
        try company.setSetting(.dueAfter, to: .number(0.5), at: .rep("S1"), by: admin)
        #expect(try company.effectiveSetting(.dueAfter, for: .rep("N1")).value == .number(0.8))
    }

    @Test func scopeShowsTheLocksItSetsItself() throws {
        var company = smallCompany()
        let admin = company.user("admin")
        try company.setLock(.breakRule, locked: true, at: .group("north"), by: admin)

        let group = try company.effectiveSetting(.breakRule, for: .group("north"))
        #expect(group.locksLowerLevels)
        #expect(group.lockedBy == nil)
        let rep = try company.effectiveSetting(.breakRule, for: .rep("N1"))
        #expect(!rep.locksLowerLevels)
        #expect(rep.lockedBy == .group("north"))
    }

    @Test func keysRejectLevelsAndValuesTheyDoNotTake() throws {
        var company = smallCompany()
        let admin = company.user("admin")
        #expect(throws: CompanyError.levelNotAllowed(key: .workingHours, level: .customer)) {
            try company.setSetting(
                .workingHours, to: .workingHours(WorkingHours()), at: .customer("N1-C1"), by: admin)
        }
        #expect(throws: CompanyError.self) {
            try company.setSetting(.dueAfter, to: .number(1.5), at: .company, by: admin)
        }
        #expect(throws: CompanyError.self) {
            try company.setSetting(.dueAfter, to: .integer(1), at: .company, by: admin)
        }
    }

    @Test func territoryOfARepUsesEffectiveValues() throws {
        var company = smallCompany()
        let admin = company.user("admin")
        try company.setSetting(.cadenceDays, to: .integer(14), at: .rep("N1"), by: admin)
        try company.setSetting(.visitDuration, to: .duration(2700), at: .customer("N1-C2"), by: admin)
        try company.setSetting(.maximumWorkingTime, to: .duration(8 * 3600), at: .group("north"), by: admin)

        let territory = try company.territory(forRep: "N1")
        #expect(territory.reps.map(\.id) == ["N1"])
        #expect(territory.reps[0].maximumWorkingTime == 8 * 3600)
        #expect(territory.customers.count == 4)
        #expect(territory.customers.allSatisfy { $0.cadenceDays == 14 })
        #expect(territory.customers[1].visitDuration == 2700)
        #expect(territory.customers[0].visitDuration == 1800)
        #expect(territory.horizon.days == 5)
    }

    @Test func territoryCarriesNightCost() throws {
        var company = smallCompany()
        let admin = company.user("admin")
        #expect(try company.territory(forRep: "N1").settings.nightCost == 4 * 3600)

        try company.setSetting(.nightCost, to: .number(7200), at: .company, by: admin)

        #expect(try company.territory(forRep: "N1").settings.nightCost == 7200)
    }

    @Test func everyRepOfTheCompanyIsPlannedValidly() throws {
        let company = smallCompany()
        let plan = try CompanyPlanner(company: company).plan()
        #expect(plan.plans.map(\.repID) == ["N1", "N2", "S1", "S2"])
        #expect(plan.isValid)
        #expect(plan.companyFigures.visits == 16)
        #expect(plan.groupFigures.map(\.name) == ["north", "south"])
    }
}

@Suite("Company planning")
struct CompanyPlanningTests {
    @Test func repeatedPlansAreIdentical() throws {
        let company = smallCompany()
        let first = try CompanyPlanner(company: company).plan()
        let second = try CompanyPlanner(company: company).plan()
        #expect(first.plans.map(\.plan) == second.plans.map(\.plan))
    }

    @Test func plansDoNotDependOnWhichRepsArePlannedTogether() throws {
        let company = smallCompany()
        let all = try CompanyPlanner(company: company).plan()
        for repPlan in all.plans {
            let alone = try CompanyPlanner(company: company).plan(reps: [repPlan.repID])
            #expect(alone.plans.map(\.plan) == [repPlan.plan])
        }
    }

    /// In the small company each rep's fourth customer, seen 24 days before
    /// the start with a 28-day cadence, is due on the Friday of the 5-day
    /// horizon. The others fall due after it. One customer seen 40 days ago
    /// is already overdue and counts as due within the horizon in no rep.
    @Test func cadenceComplianceCountsCustomersDueInsideTheHorizon() throws {
        var company = smallCompany()
        company.customers[0].lastVisit = company.planningStart.adding(days: -40)
        let plan = try CompanyPlanner(company: company).plan()

        let figures = plan.companyFigures
        #expect(figures.dueCustomers == 4)
        #expect(figures.dueVisitedInTime == 4)
        #expect(figures.cadenceCompliance == 1)
    }
}
