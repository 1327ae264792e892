import Foundation
import Giro
import Testing

/// Decodes the complete example of docs/company-format.md.
private func decodeExample() throws -> Company {
    try CompanyFile.decode(Data(CompanySamples.documentedExample().utf8), fileName: "example.json")
}

private func date(_ text: String) -> CalendarDate {
    CalendarDate(iso: text) ?? CalendarDate(daysSinceEpoch: Int.min / 2)
}

private func window(_ start: String, _ end: String) -> TimeWindow {
    TimeWindow(start: ClockTime.parse(start) ?? -1, end: ClockTime.parse(end) ?? -1)
}

@Suite("company file example")
struct CompanyExampleTests {
    @Test func topLevelAndLists() throws {
        let company = try decodeExample()

        #expect(company.name == "Ferramenta Lombarda")
        #expect(company.planningStart == date("2027-03-08"))
        #expect(company.startLocation == nil)
        #expect(company.startTime == nil)
        #expect(company.travel == .road(RoadParameters(roadFactor: 1.35)))
        #expect(company.groups.map(\.id) == ["north", "south"])
        #expect(company.groups.map(\.name) == ["Bergamo and Brescia", "Cremona and Mantua"])
        #expect(company.reps.map(\.id) == ["R1", "R2", "R3"])
        #expect(company.reps.map(\.groupID) == ["north", "north", "south"])
        #expect(company.customers.map(\.id) == ["C1", "C2", "C3", "C4", "C5"])
        #expect(company.customers.map(\.repID) == ["R1", "R1", "R2", "R3", "R3"])
        #expect(company.healthThresholds == ["TR-03": 0.45, "US-01": 0.1])
        #expect(company.lockViolations().isEmpty)
    }

    @Test func repAndCustomerData() throws {
        let company = try decodeExample()
        let first = try #require(company.rep(id: "R1"))
        let third = try #require(company.rep(id: "R3"))
        let c2 = try #require(company.customer(id: "C2"))
        let c3 = try #require(company.customer(id: "C3"))

        #expect(first.name == "Marco Locatelli")
        #expect(first.home == .geographic(latitude: 45.69846, longitude: 9.67727))
        #expect(first.daysOff == [date("2027-03-12")])
        #expect(third.capacity == 60)
        #expect(c2.priority == 2)
        #expect(c2.priorityClass == nil)
        #expect(c2.blocks == [DateRange(first: date("2027-03-10"), last: date("2027-03-11"))])
        #expect(c3.priorityClass == "B")
        #expect(c3.activationDate == date("2027-03-09"))
        #expect(c3.preferredWindows?[.tuesday] == [window("09:00", "11:00")])
        #expect(company.customer(id: "C4")?.demand == 4)
        #expect(company.customer(id: "C5")?.lastVisit == date("2027-02-22"))
    }

    @Test func settingsWithSources() throws {
        let company = try decodeExample()

        let c1DueAfter = try company.effectiveSetting(.dueAfter, for: .customer("C1"))
        #expect(c1DueAfter.value == .number(0.6))
        #expect(c1DueAfter.source == .group("north"))
        #expect(c1DueAfter.lockedBy == .group("north"))

        let c1Visit = try company.effectiveSetting(.visitDuration, for: .customer("C1"))
        #expect(c1Visit.value == .duration(45 * 60))
        #expect(c1Visit.source == .customer("C1"))
        #expect(c1Visit.lockedBy == nil)

        let c3Visit = try company.effectiveSetting(.visitDuration, for: .customer("C3"))
        #expect(c3Visit.value == .duration(40 * 60))
        #expect(c3Visit.source == .rep("R2"))
        #expect(c3Visit.lockedBy == .rep("R2"))

        let c3Cadence = try company.effectiveSetting(.cadenceDays, for: .customer("C3"))
        #expect(c3Cadence.value == .integer(0))
        #expect(c3Cadence.source == .customer("C3"))

        let c4Hours = try company.effectiveSetting(.openingHours, for: .customer("C4"))
        #expect(c4Hours.source == .group("south"))

        let c5Leeway = try company.effectiveSetting(.appointmentLeeway, for: .customer("C5"))
        #expect(c5Leeway.value == .duration(20 * 60))
        #expect(c5Leeway.source == .company)

        let speed = try company.effectiveSetting(.speedFactor, for: .rep("R2"))
        #expect(speed.value == .number(1))
        #expect(speed.source == .defaultValue)
    }

    @Test func locksAtEveryLevel() throws {
        let company = try decodeExample()

        #expect(company.settings.locks == [.cadenceWeight, .distanceWeightPerKilometre, .drivingTimeWeight, .nightCost])
        #expect(company.group(id: "north")?.settings.locks == [.breakRule, .dueAfter])
        #expect(company.group(id: "south")?.settings.locks == [.workingHours])
        #expect(company.rep(id: "R2")?.settings.locks == [.visitDuration])

        let weight = try company.effectiveSetting(.cadenceWeight, for: .rep("R3"))
        #expect(weight.value == .number(36_000))
        #expect(weight.source == .company)
        #expect(weight.lockedBy == .company)

        let hours = try company.effectiveSetting(.workingHours, for: .rep("R3"))
        #expect(hours.source == .group("south"))
        #expect(hours.lockedBy == .group("south"))
        guard case .workingHours(let week) = hours.value else {
            Issue.record("workingHours has a \(hours.value.kind) value")
            return
        }
        #expect(week[.friday] == window("07:30", "13:00"))
        #expect(week[.saturday] == nil)

        let breakRule = try company.effectiveSetting(.breakRule, for: .rep("R1"))
        #expect(breakRule.value == .breakRule(BreakRule(frame: window("12:00", "14:00"), duration: 45 * 60)))
        #expect(breakRule.source == .company)
        #expect(breakRule.lockedBy == .group("north"))
    }

    @Test func overnightRuleAndItsOptOut() throws {
        let company = try decodeExample()

        let southRule = try company.effectiveSetting(.overnightRule, for: .group("south"))
        guard case .overnightRule(let rule?) = southRule.value else {
            Issue.record("group south has no overnight rule")
            return
        }
        #expect(rule.allowedNights == [.tuesday, .wednesday])
        #expect(rule.minimumDistanceFromHome == 120_000)
        #expect(rule.maximumDriveToHotel == 20 * 60)
        #expect(rule.hotels.map(\.id) == ["h1"])
        #expect(rule.maximumNightsPerWeek == 2)

        let repRule = try company.effectiveSetting(.overnightRule, for: .rep("R3"))
        #expect(repRule.value == .overnightRule(nil))
        #expect(repRule.source == .rep("R3"))
    }

    @Test func usersAndPermissions() throws {
        let company = try decodeExample()

        #expect(company.users.map(\.id) == ["giulia", "paolo", "elena", "marco"])
        #expect(company.users.map(\.role) == [.admin, .supervisor, .supervisor, .rep])
        #expect(company.user(id: "paolo")?.groupIDs == ["north"])
        #expect(company.user(id: "elena")?.groupIDs == ["north", "south"])
        #expect(company.user(id: "elena")?.name == nil)
        #expect(company.user(id: "marco")?.repID == "R1")
        #expect(company.user(id: "giulia")?.groupIDs == [])

        #expect(company.permissions[.transferCustomers] == .adminsOnly)
        #expect(company.permissions[.changeCustomerSetting] == .supervisorsAndAdmins)
        #expect(company.permissions[.bulkDelete] == .adminsOnly)
        #expect(company.permissions[.editCustomers] == .everyone)
    }

    @Test func permissionOverrideTakesEffect() throws {
        let company = try decodeExample()
        let marco = try #require(company.user(id: "marco"))
        let paolo = try #require(company.user(id: "paolo"))

        #expect(throws: CompanyError.self) {
            try company.authorize(marco, .changeCustomerSetting, on: .customer("C1"))
        }
        try company.authorize(paolo, .changeCustomerSetting, on: .customer("C1"))
        #expect(throws: CompanyError.self) {
            try company.authorize(paolo, .changeGroupSetting, on: .group("south"))
        }
    }

    @Test func appointmentsAndHistory() throws {
        let company = try decodeExample()
        try #require(company.appointments.count == 3)

        #expect(company.appointments[0].customerID == "C1")
        #expect(company.appointments[0].kind == .fixed(date: date("2027-03-09")))
        #expect(company.appointments[0].window == window("10:00", "11:00"))
        #expect(company.appointments[1].repID == "R3")
        #expect(company.appointments[1].location == .geographic(latitude: 45.1601, longitude: 10.7975))
        #expect(company.appointments[2].kind == .inWeek(weekStart: date("2027-03-08")))
        #expect(company.reservations == [Reservation(id: "r1", customerID: "C4")])
        #expect(company.visitHistory == [
            PastVisit(customerID: "C1", date: date("2027-02-15"), time: 9 * 3600 + 30 * 60),
            PastVisit(customerID: "C3", date: date("2027-02-24")),
        ])
    }

    @Test func territoriesOfTheReps() throws {
        let company = try decodeExample()

        let north = try company.territory(forRep: "R1")
        let rep = try #require(north.reps.first)
        #expect(rep.maximumWorkingTime == 570 * 60)
        #expect(rep.speedFactor == 1.1)
        #expect(rep.workingHours[.friday] == window("08:00", "16:00"))
        #expect(north.horizon.days == 5)
        #expect(north.settings.distanceWeight == 0.02)
        #expect(north.customers.map(\.priority) == [3, 2])
        #expect(north.customers.map(\.cadenceDays) == [28, 14])
        #expect(north.appointments.map(\.id) == ["a1"])

        let second = try company.territory(forRep: "R2")
        let manual = try #require(second.customers.first)
        #expect(manual.cadenceDays == nil)
        #expect(manual.priority == 1.5)
        #expect(manual.setupDuration == 600)
        #expect(manual.visitDuration == 2400)

        let south = try company.territory(forRep: "R3")
        #expect(south.horizon.days == 10)
        #expect(south.reps.first?.overnightRule == nil)
        #expect(south.customers.map(\.dueAfter) == [0.5, 0.7])
        #expect(south.reservations.map(\.id) == ["r1"])
        #expect(south.appointments.map(\.id) == ["a2"])
    }
}
