import Giro
import Testing

@Suite("Planner on hand-checked field cases")
struct PlannerFieldCaseTests {
    @Test func fixedBreakDropsOneOfTwoLongVisits() throws {
        var builder = FieldCaseBuilder()
        builder.breakRule = BreakRule(frame: TimeWindow(start: clock(13, 0), end: clock(14, 0)), duration: minutes(60))
        builder.required("A", x: 6, y: 8, service: 280)
        builder.required("B", x: 6, y: 8, service: 280)
        let plan = try builder.plan()

        #expect(plan.visitCount == 1)
        #expect(plan.unplanned.count == 1)
        #expect(plan.unplanned.first?.reason == .noTimeLeft)
        let route = try #require(plan.routes.first)
        #expect(route.departure == clock(8, 0))
        #expect(route.stops[0].serviceStart == clock(8, 10))
        #expect(route.breakTaken?.start == clock(13, 0))
    }

    @Test func visitFitsRightBeforeALocationFreeBlock() throws {
        var builder = FieldCaseBuilder()
        builder.required("C", x: 9, y: 12, service: 45, windows: [(clock(12, 15), clock(13, 15))])
        builder.appointments.append(
            Appointment(
                id: "block", kind: .fixed(date: monday), window: TimeWindow(start: clock(13, 0), end: clock(16, 0)),
                duration: minutes(180)))
        let plan = try builder.plan()

        #expect(plan.unplanned.isEmpty)
        let route = try #require(plan.routes.first)
        #expect(route.stops.map(\.appointmentID) == [nil, "block"])
        #expect(route.stops[0].serviceStart == clock(12, 15))
        #expect(route.stops[0].serviceEnd == clock(13, 0))
        #expect(route.stops[1].serviceStart == clock(13, 0))
        #expect(route.stops[1].arrival == clock(13, 0))
    }

    @Test func visitConflictingWithFixedAppointmentAtHomeIsReported() throws {
        var builder = FieldCaseBuilder()
        builder.required("C", x: 9, y: 12, service: 45, windows: [(clock(12, 15), clock(13, 15))])
        builder.appointments.append(
            Appointment(
                id: "office", location: .planar(x: 0, y: 0), kind: .fixed(date: monday),
                window: TimeWindow(start: clock(13, 0), end: clock(16, 0)), duration: minutes(180)))
        let plan = try builder.plan()

        #expect(plan.routes.first?.stops.map(\.appointmentID) == ["office"])
        #expect(plan.unplanned.map(\.id) == ["R-C"])
        #expect(plan.unplanned.first?.reason == .appointmentConflict)
        #expect(plan.unplanned.first?.message.contains("office") == true)
    }

    @Test func daysWithDifferentHoursGetTheVisitsTheirHoursAllow() throws {
        var builder = FieldCaseBuilder()
        builder.days = 2
        builder.hours = WorkingHours([
            .monday: TimeWindow(start: clock(4, 0), end: clock(13, 0)),
            .tuesday: TimeWindow(start: clock(11, 0), end: clock(18, 0)),
        ])
        builder.required("A", x: 9, y: 12, service: 30, windows: [(clock(5, 30), clock(6, 0))])
        builder.required("B", x: 12, y: 16, service: 30, windows: [(clock(15, 0), clock(18, 0))])
        let plan = try builder.plan()

        #expect(plan.routes.count == 2)
        let monday = try #require(plan.routes.first { $0.date == FieldCaseBuilder().territory.horizon.start })
        #expect(monday.stops.map(\.customerID) == ["A"])
        #expect(monday.departure == clock(5, 15))
        #expect(monday.stops[0].serviceStart == clock(5, 30))
        #expect(monday.arrival == clock(6, 15))

        let tuesday = try #require(plan.routes.first { $0.date != monday.date })
        #expect(tuesday.stops.map(\.customerID) == ["B"])
        #expect(tuesday.departure == clock(14, 40))
        #expect(tuesday.stops[0].serviceStart == clock(15, 0))
        #expect(tuesday.arrival == clock(15, 50))
    }

    @Test func maximumWorkingTimeWithWaitingAdmitsOnlyOneVisit() throws {
        var builder = FieldCaseBuilder()
        builder.maximumWorkingMinutes = 180
        builder.required("C1", x: 6, y: 8, service: 15, windows: [(clock(8, 0), clock(8, 30))])
        builder.required("C3", x: 12, y: 16, service: 15, windows: [(clock(11, 0), clock(11, 30))])
        let plan = try builder.plan()

        #expect(plan.visitCount == 1)
        #expect(plan.unplanned.count == 1)
        #expect(plan.unplanned.first?.reason == .noTimeLeft)
    }

    @Test func maximumWorkingTimeWithWaitingAdmitsBothWhenLongEnough() throws {
        var builder = FieldCaseBuilder()
        builder.maximumWorkingMinutes = 200
        builder.required("C1", x: 6, y: 8, service: 15, windows: [(clock(8, 0), clock(8, 30))])
        builder.required("C3", x: 12, y: 16, service: 15, windows: [(clock(11, 0), clock(11, 30))])
        let plan = try builder.plan()

        let route = try #require(plan.routes.first)
        #expect(route.stops.map(\.customerID) == ["C1", "C3"])
        #expect(route.departure == clock(8, 20))
        #expect(route.arrival == clock(11, 35))
        #expect(route.workingTime == minutes(195))
        #expect(route.waitingTime == minutes(125))
    }

    @Test func serviceTimeLimitsTheDayToThreeOfFourVisits() throws {
        for limited in [true, false] {
            var builder = FieldCaseBuilder()
            if limited {
                builder.hours = .weekdays(TimeWindow(start: clock(7, 0), end: clock(19, 0)))
                builder.maximumWorkingMinutes = 480
            } else {
                builder.hours = .weekdays(TimeWindow(start: clock(8, 0), end: clock(16, 0)))
            }
            for (index, x) in [15.0, 30, 45, 60].enumerated() {
                builder.required("C\(index + 1)", x: x, y: 0, service: 120)
            }
            let plan = try builder.plan()

            #expect(plan.visitCount == 3)
            #expect(plan.unplanned.map(\.id) == ["R-C4"])
            let route = try #require(plan.routes.first)
            // C1, C2, C3 and the reverse order drive the same 90 minutes.
            #expect(Set(route.stops.compactMap(\.customerID)) == ["C1", "C2", "C3"])
            #expect(route.drivingTime == minutes(90))
            if !limited {
                #expect(route.departure == clock(8, 0))
                #expect(route.workingTime == minutes(450))
                #expect(route.arrival == clock(15, 30))
            }
        }
    }

    @Test func twoDayPlanReturnsHomeEachEveningWithCheapestPairs() throws {
        var builder = FieldCaseBuilder()
        builder.days = 2
        builder.hours = .weekdays(TimeWindow(start: clock(8, 0), end: clock(17, 0)))
        let open = [(clock(8, 0), clock(17, 0))]
        builder.required("C1", x: 18, y: 24, service: 180, windows: open)
        builder.required("C2", x: -18, y: 24, service: 180, windows: open)
        builder.required("C3", x: 18, y: -24, service: 180, windows: open)
        builder.required("C4", x: -18, y: -24, service: 180, windows: open)
        let plan = try builder.plan()

        #expect(plan.unplanned.isEmpty)
        #expect(plan.routes.count == 2)
        let pairs = Set(plan.customerSequences.map { Set($0) })
        #expect(pairs == [["C1", "C2"], ["C3", "C4"]])
        #expect(plan.routes.reduce(0) { $0 + $1.drivingTime } == minutes(192))
        for route in plan.routes {
            #expect(route.departure == clock(8, 0))
            #expect(route.stops.map(\.serviceStart) == [clock(8, 30), clock(12, 6)])
            #expect(route.arrival == clock(15, 36))
            #expect(route.endLocation == .planar(x: 0, y: 0))
        }
    }

    @Test func secondWindowMakesBothAfternoonVisitsFit() throws {
        var builder = FieldCaseBuilder()
        builder.maximumWorkingMinutes = 120
        builder.required("A", x: 12, y: 16, service: 20, windows: [(clock(8, 0), clock(12, 0)), (clock(14, 0), clock(16, 0))])
        builder.required("B", x: -12, y: 16, service: 20, windows: [(clock(14, 0), clock(16, 0))])
        let plan = try builder.plan()

        #expect(plan.unplanned.isEmpty)
        let route = try #require(plan.routes.first)
        #expect(route.workingTime == minutes(104))
        let a = try #require(plan.stop(of: "A"))
        #expect(a.window == TimeWindow(start: clock(14, 0), end: clock(16, 0)))
    }

    @Test func setupIsChargedOnceForVisitsAtOneAddress() throws {
        var builder = FieldCaseBuilder()
        builder.hours = .weekdays(TimeWindow(start: clock(8, 0), end: clock(17, 0)))
        builder.required("C1", x: 12, y: 16, service: 20, setup: 10, windows: [(clock(10, 0), clock(10, 20))])
        builder.required("C2", x: 12, y: 16, service: 20, setup: 10, windows: [(clock(10, 0), clock(10, 20))])
        let plan = try builder.plan()

        #expect(plan.unplanned.isEmpty)
        let route = try #require(plan.routes.first)
        #expect(route.departure == clock(9, 30))
        #expect(route.stops.map(\.setupDuration) == [minutes(10), 0])
        #expect(route.stops.map(\.serviceStart) == [clock(10, 0), clock(10, 20)])
        #expect(route.arrival == clock(11, 0))
    }
}
