import GiroModel
import GiroSchedule
import Testing

/// Clock time from hours and minutes, in seconds.
private func clock(_ hours: Int, _ minutes: Int) -> Int { hours * 3600 + minutes * 60 }

/// Minutes to seconds.
private func minutes(_ value: Int) -> Int { value * 60 }

/// Makes a stop with the given windows, or always open without them.
private func stop(
    travel: Int, service: Int, setup: Int = 0, windows: [(Int, Int)]? = nil
) -> ScheduleStop {
    let open = windows?.map { TimeWindow(start: $0.0, end: $0.1) } ?? [TimeWindow(start: 0, end: clock(47, 0))]
    return ScheduleStop(
        travelTime: minutes(travel), setupDuration: minutes(setup), serviceDuration: minutes(service),
        startWindows: open)
}

private func day(
    _ start: Int, _ end: Int, returnTravel: Int, maximumWorkingMinutes: Int? = nil, breakRule: BreakRule? = nil
) -> ScheduleDay {
    ScheduleDay(
        earliestDeparture: start, latestArrival: end, maximumWorkingTime: maximumWorkingMinutes.map(minutes),
        breakRule: breakRule, returnTravelTime: minutes(returnTravel))
}

@Suite("Day schedule evaluation")
struct DayScheduleEvaluatorTests {
    @Test func breakFollowsVisitWhenItsFrameOpensAtTheDeadline() throws {
        // Home to A 30, A to B 60, B home 30; B starts in 11:05–11:20; the break of
        // 30 min starts at 11:20 or later, so it can only follow B.
        let stops = [
            stop(travel: 30, service: 15),
            stop(travel: 60, service: 15, windows: [(clock(11, 5), clock(11, 20))]),
        ]
        let rule = BreakRule(frame: TimeWindow(start: clock(11, 20), end: clock(14, 30)), duration: minutes(30))
        let schedule = try #require(
            DayScheduleEvaluator.schedule(stops: stops, day: day(clock(8, 0), clock(16, 0), returnTravel: 30, breakRule: rule)))

        #expect(schedule.departure == clock(9, 20))
        #expect(schedule.stops[0].serviceStart == clock(9, 50))
        #expect(schedule.stops[1].serviceStart == clock(11, 5))
        #expect(schedule.stops[1].serviceEnd == clock(11, 20))
        #expect(schedule.arrival == clock(11, 50))
        #expect(schedule.drivingTime == minutes(120))
        // Home by 11:50 leaves the whole break to be taken there.
        let breakTaken = try #require(schedule.breakTaken)
        #expect(breakTaken.start >= schedule.stops[1].serviceEnd)
        #expect(breakTaken.placement == .afterArrival)
    }

    @Test func requiredBreakIsTakenOnTheRoadAfterTheTightVisit() throws {
        // As above, but the frame closes at 12:10, so the break cannot wait until
        // the rep is home at 11:50; it starts at 11:20, on the drive home.
        let stops = [
            stop(travel: 30, service: 15),
            stop(travel: 60, service: 15, windows: [(clock(11, 5), clock(11, 20))]),
        ]
        let rule = BreakRule(frame: TimeWindow(start: clock(11, 20), end: clock(12, 10)), duration: minutes(30))
        let schedule = try #require(
            DayScheduleEvaluator.schedule(stops: stops, day: day(clock(8, 0), clock(16, 0), returnTravel: 30, breakRule: rule)))

        #expect(schedule.stops[1].serviceStart == clock(11, 5))
        #expect(schedule.breakTaken == PlannedBreak(start: clock(11, 20), end: clock(11, 50), placement: .afterStop(1)))
        #expect(schedule.arrival == clock(12, 20))
    }

    @Test func shortDayIsNotDraggedTowardsTheBreak() throws {
        let stops = [stop(travel: 20, service: 15), stop(travel: 15, service: 15)]
        let rule = BreakRule(frame: TimeWindow(start: clock(13, 0), end: clock(15, 30)), duration: minutes(60))
        let schedule = try #require(
            DayScheduleEvaluator.schedule(
                stops: stops, day: day(clock(8, 30), clock(18, 30), returnTravel: 25, breakRule: rule)))

        #expect(schedule.departure == clock(8, 30))
        #expect(schedule.stops.map(\.serviceStart) == [clock(8, 50), clock(9, 20)])
        #expect(schedule.stops.map(\.waitingTime) == [0, 0])
        #expect(schedule.arrival == clock(10, 0))
        #expect(schedule.breakTaken?.placement == .afterArrival)
    }

    @Test func requiredBreakFallsBetweenVisitsOfAShortDay() throws {
        let stops = [stop(travel: 20, service: 15), stop(travel: 15, service: 15)]
        let rule = BreakRule(frame: TimeWindow(start: clock(9, 0), end: clock(10, 30)), duration: minutes(60))
        let schedule = try #require(
            DayScheduleEvaluator.schedule(
                stops: stops, day: day(clock(8, 30), clock(18, 30), returnTravel: 25, breakRule: rule)))

        #expect(schedule.departure == clock(8, 30))
        #expect(schedule.stops[0].serviceStart == clock(8, 50))
        #expect(schedule.breakTaken == PlannedBreak(start: clock(9, 5), end: clock(10, 5), placement: .afterStop(0)))
        #expect(schedule.stops[1].arrival == clock(10, 20))
        #expect(schedule.stops[1].serviceStart == clock(10, 20))
        #expect(schedule.arrival == clock(11, 0))
    }

    @Test func breakEndsInsideItsFrame() throws {
        let stops = [
            stop(travel: 15, service: 30, windows: [(clock(11, 30), clock(12, 15))]),
            stop(travel: 5, service: 30, windows: [(clock(12, 40), clock(13, 30))]),
        ]
        let rule = BreakRule(frame: TimeWindow(start: clock(12, 0), end: clock(13, 0)), duration: minutes(30))
        let schedule = try #require(
            DayScheduleEvaluator.schedule(stops: stops, day: day(clock(8, 0), clock(17, 0), returnTravel: 20, breakRule: rule)))

        // The latest departure that still ends at 13:30: C1 11:35–12:05, then
        // the break 12:05–12:35, which ends inside its frame.
        #expect(schedule.departure == clock(11, 20))
        #expect(schedule.stops[0].serviceStart == clock(11, 35))
        #expect(schedule.breakTaken == PlannedBreak(start: clock(12, 5), end: clock(12, 35), placement: .afterStop(0)))
        #expect(schedule.stops[1].arrival == clock(12, 40))
        #expect(schedule.stops[1].serviceStart == clock(12, 40))
        #expect(schedule.arrival == clock(13, 30))
    }

    @Test func breakAtHomeBeforeTheFirstVisit() throws {
        let stops = [
            stop(travel: 40, service: 60, windows: [(clock(13, 0), clock(17, 0))]),
            stop(travel: 20, service: 60, windows: [(clock(13, 0), clock(17, 0))]),
        ]
        let rule = BreakRule(frame: TimeWindow(start: clock(11, 0), end: clock(12, 30)), duration: minutes(30))
        let schedule = try #require(
            DayScheduleEvaluator.schedule(stops: stops, day: day(clock(10, 0), clock(18, 0), returnTravel: 60, breakRule: rule)))

        #expect(schedule.breakTaken == PlannedBreak(start: clock(11, 0), end: clock(11, 30), placement: .beforeDeparture))
        #expect(schedule.departure == clock(12, 20))
        #expect(schedule.stops.map(\.serviceStart) == [clock(13, 0), clock(14, 20)])
        #expect(schedule.arrival == clock(16, 20))
    }

    @Test func fixedBreakLeavesRoomForOnlyOneLongVisit() throws {
        let rule = BreakRule(frame: TimeWindow(start: clock(13, 0), end: clock(14, 0)), duration: minutes(60))
        let frame = day(clock(8, 0), clock(18, 0), returnTravel: 10, breakRule: rule)
        let both = [stop(travel: 10, service: 280), stop(travel: 0, service: 280)]
        let one = [stop(travel: 10, service: 280)]

        #expect(DayScheduleEvaluator.schedule(stops: both, day: frame) == nil)
        let schedule = try #require(DayScheduleEvaluator.schedule(stops: one, day: frame))
        #expect(schedule.breakTaken?.start == clock(13, 0))
        #expect(schedule.stops[0].serviceEnd <= clock(13, 0))

        var withoutBreak = frame
        withoutBreak.breakRule = nil
        #expect(DayScheduleEvaluator.schedule(stops: both, day: withoutBreak) != nil)
        guard case .failure(let failure) = DayScheduleEvaluator.evaluate(stops: both, day: frame) else {
            Issue.record("two long visits around a fixed break were accepted")
            return
        }
        #expect(failure.reason == .breakRule)
    }

    @Test func breakOnTheRoadDelaysTheArrival() throws {
        let stops = [stop(travel: 240, service: 60, windows: [(clock(13, 0), clock(13, 30))])]
        let rule = BreakRule(frame: TimeWindow(start: clock(9, 0), end: clock(11, 0)), duration: minutes(60))
        let frame = day(clock(8, 0), clock(19, 0), returnTravel: 240, breakRule: rule)
        let schedule = try #require(DayScheduleEvaluator.schedule(stops: stops, day: frame))

        // Leaving later than 08:00 only ends the day later, so the rep leaves
        // at 08:00 and pauses the drive for the break at 09:00.
        #expect(schedule.departure == clock(8, 0))
        #expect(schedule.breakTaken == PlannedBreak(start: clock(9, 0), end: clock(10, 0), placement: .beforeFirstStop))
        #expect(schedule.stops[0].arrival == clock(13, 0))
        #expect(schedule.stops[0].serviceStart == clock(13, 0))
        #expect(schedule.arrival == clock(18, 0))
        #expect(schedule.drivingTime == minutes(480))
    }

    @Test func waitingCountsTowardsMaximumWorkingTime() throws {
        let stops = [
            stop(travel: 10, service: 15, windows: [(clock(8, 0), clock(8, 30))]),
            stop(travel: 10, service: 15, windows: [(clock(11, 0), clock(11, 30))]),
        ]
        let tooShort = day(clock(8, 0), clock(18, 0), returnTravel: 20, maximumWorkingMinutes: 180)
        #expect(DayScheduleEvaluator.schedule(stops: stops, day: tooShort) == nil)
        #expect(!DayScheduleEvaluator.isFeasible(stops: stops, day: tooShort))

        let enough = day(clock(8, 0), clock(18, 0), returnTravel: 20, maximumWorkingMinutes: 200)
        let schedule = try #require(DayScheduleEvaluator.schedule(stops: stops, day: enough))
        #expect(schedule.departure == clock(8, 20))
        #expect(schedule.stops[0].serviceStart == clock(8, 30))
        #expect(schedule.stops[1].arrival == clock(8, 55))
        #expect(schedule.stops[1].waitingTime == minutes(125))
        #expect(schedule.arrival == clock(11, 35))
        #expect(schedule.workingTime == minutes(195))
        #expect(schedule.waitingTime == minutes(125))
    }

    @Test func serviceTimeCountsTowardsMaximumWorkingTime() throws {
        let legs = [15, 15, 15, 15]
        let four = legs.map { stop(travel: $0, service: 120) }
        let limited = day(clock(7, 0), clock(19, 0), returnTravel: 60, maximumWorkingMinutes: 480)
        #expect(DayScheduleEvaluator.schedule(stops: four, day: limited) == nil)

        let shift = day(clock(8, 0), clock(16, 0), returnTravel: 45)
        #expect(DayScheduleEvaluator.schedule(stops: four, day: day(clock(8, 0), clock(16, 0), returnTravel: 60)) == nil)
        let three = try #require(DayScheduleEvaluator.schedule(stops: Array(four.prefix(3)), day: shift))
        #expect(three.departure == clock(8, 0))
        #expect(three.stops.map(\.serviceStart) == [clock(8, 15), clock(10, 30), clock(12, 45)])
        #expect(three.arrival == clock(15, 30))
    }

    @Test func secondOpeningWindowIsChosenWhenTheFirstCannotFit() throws {
        let stops = [
            stop(travel: 20, service: 20, windows: [(clock(8, 0), clock(12, 0)), (clock(14, 0), clock(16, 0))]),
            stop(travel: 24, service: 20, windows: [(clock(14, 0), clock(16, 0))]),
        ]
        let frame = day(clock(8, 0), clock(18, 0), returnTravel: 20, maximumWorkingMinutes: 120)
        let schedule = try #require(DayScheduleEvaluator.schedule(stops: stops, day: frame))

        #expect(schedule.departure == clock(13, 40))
        #expect(schedule.stops[0].serviceStart == clock(14, 0))
        #expect(schedule.stops[0].windowIndex == 1)
        #expect(schedule.stops[1].serviceStart == clock(14, 44))
        #expect(schedule.arrival == clock(15, 24))
        #expect(schedule.workingTime == minutes(104))
    }

    @Test func setupMayStartBeforeTheWindowAndWindowEndsAreInclusive() throws {
        let window = (clock(10, 0), clock(10, 20))
        let stops = [
            stop(travel: 20, service: 20, setup: 10, windows: [window]),
            stop(travel: 0, service: 20, setup: 0, windows: [window]),
        ]
        let schedule = try #require(
            DayScheduleEvaluator.schedule(stops: stops, day: day(clock(8, 0), clock(17, 0), returnTravel: 20)))

        #expect(schedule.departure == clock(9, 30))
        #expect(schedule.stops[0].arrival == clock(9, 50))
        #expect(schedule.stops[0].serviceStart == clock(10, 0))
        #expect(schedule.stops[1].serviceStart == clock(10, 20))
        #expect(schedule.arrival == clock(11, 0))

        // Charging the setup again at the second visit pushes it past 10:20.
        var twice = stops
        twice[1].setupDuration = minutes(10)
        #expect(DayScheduleEvaluator.schedule(stops: twice, day: day(clock(8, 0), clock(17, 0), returnTravel: 20)) == nil)
    }

    @Test func returnAfterWorkingEndIsInfeasible() {
        let stops = [stop(travel: 30, service: 60)]
        let frame = day(clock(8, 0), clock(9, 59), returnTravel: 30)
        guard case .failure(let failure) = DayScheduleEvaluator.evaluate(stops: stops, day: frame) else {
            Issue.record("a day ending after its working end was accepted")
            return
        }
        #expect(failure.reason == .workingHours)
    }

    @Test func closedWindowIsNamedAsTheCause() {
        let stops = [stop(travel: 30, service: 60, windows: [(clock(8, 0), clock(8, 10))])]
        guard case .failure(let failure) = DayScheduleEvaluator.evaluate(
            stops: stops, day: day(clock(8, 0), clock(18, 0), returnTravel: 30))
        else {
            Issue.record("a stop reached after its window closed was accepted")
            return
        }
        #expect(failure.reason == .openingHours(stop: 0))
    }
}
