import Giro
import Testing

/// The planning model's required behaviours of cadence and priority: who is
/// visited first when time is short, and when visits move earlier.
@Suite("Cadence and priority")
struct CadencePriorityTests {
    private static let overdue = monday.adding(days: -20)

    private static func visited(_ plan: Plan) -> Set<String> {
        Set(plan.routes.flatMap(\.stops).compactMap(\.customerID))
    }

    /// One four-hour morning: K, 80 minutes from home with a one-hour
    /// visit, fills it alone; L1 to L5 on a line north of home fit together
    /// but leave no room for K. K has priority 10, each L priority 1.
    @Test func importantVisitBeatsFiveMinorOnes() throws {
        var builder = FieldCaseBuilder()
        builder.hours = WorkingHours.weekdays(TimeWindow(start: clock(8, 0), end: clock(12, 0)))
        builder.add("K", x: 48, y: 64, service: 60, cadenceDays: 14, lastVisit: Self.overdue, priority: 10)
        for index in 1...5 {
            builder.add(
                "L\(index)", x: 0, y: Double(10 * index), service: 25, cadenceDays: 14, lastVisit: Self.overdue,
                priority: 1)
        }

        let plan = try builder.plan()

        #expect(Self.visited(plan) == ["K"])
        #expect(Set(plan.unplanned.map(\.id)) == ["L1", "L2", "L3", "L4", "L5"])
        let stop = try #require(plan.routes.first?.stops.first)
        #expect(stop.serviceStart == clock(9, 20))
    }

    /// One day with room for one visit: A is overdue, B may be visited but
    /// is not due before the horizon ends.
    @Test func overdueCustomerGoesBeforeOneNotYetDue() throws {
        var builder = FieldCaseBuilder()
        builder.hours = WorkingHours.weekdays(TimeWindow(start: clock(8, 0), end: clock(9, 30)))
        builder.add("A", x: 10, y: 0, service: 60, cadenceDays: 14, lastVisit: Self.overdue)
        builder.add("B", x: -10, y: 0, service: 60, cadenceDays: 14, lastVisit: monday.adding(days: -11))

        let plan = try builder.plan()

        #expect(Self.visited(plan) == ["A"])
    }

    /// One day with room for one visit and two equally overdue customers at
    /// the same distance: the one with the higher priority goes first.
    @Test func higherPriorityGoesFirstAmongEquals() throws {
        var builder = FieldCaseBuilder()
        builder.hours = WorkingHours.weekdays(TimeWindow(start: clock(8, 0), end: clock(9, 30)))
        builder.add("A", x: 10, y: 0, service: 60, cadenceDays: 14, lastVisit: Self.overdue, priority: 1)
        builder.add("B", x: -10, y: 0, service: 60, cadenceDays: 14, lastVisit: Self.overdue, priority: 2)

        let plan = try builder.plan()

        #expect(Self.visited(plan) == ["B"])
    }

    /// A week with time to spare and C close to home, last seen four days
    /// before the horizon with a ten-day cadence. The cadence allows a visit
    /// from Thursday (0.7 of the interval), and C is due on Sunday, after
    /// the horizon. The visit moves into the week, but not before Thursday.
    @Test func spareTimeMovesVisitEarlierButNotBeforeDueAfter() throws {
        var builder = FieldCaseBuilder()
        builder.days = 5
        builder.add("C", x: 2, y: 0, service: 30, cadenceDays: 10, lastVisit: monday.adding(days: -4))

        let plan = try builder.plan()

        let dates = plan.routes.filter { $0.stops.contains { $0.customerID == "C" } }.map(\.date)
        #expect(dates.count == 1)
        #expect(dates.allSatisfy { $0 >= monday.adding(days: 3) }, "\(dates)")
    }

    /// Five two-visit days and fourteen customers of equal priority at one
    /// place, last seen 14 to 27 days before the horizon with a 14-day
    /// cadence. Ten visits fit, so the four least overdue customers wait,
    /// and the more overdue a customer, the earlier its visit: the elapsed
    /// ratios at visit time even out.
    @Test func overloadEvensOutElapsedRatios() throws {
        var builder = FieldCaseBuilder()
        builder.days = 5
        builder.hours = WorkingHours.weekdays(TimeWindow(start: clock(8, 0), end: clock(10, 0)))
        for index in 0..<14 {
            builder.add(
                "C\(index)", x: 10, y: 0, service: 50, cadenceDays: 14, lastVisit: monday.adding(days: -14 - index))
        }

        let plan = try builder.plan()

        var visitDay: [Int: Int] = [:]
        for route in plan.routes {
            for stop in route.stops {
                let index = try #require(stop.customerID.flatMap { Int($0.dropFirst()) })
                visitDay[index] = route.date.days(since: monday)
            }
        }
        #expect(Set(visitDay.keys) == Set(4..<14))
        for later in 4..<14 {
            for earlier in (later + 1)..<14 {
                let (laterDay, earlierDay) = (visitDay[later] ?? 0, visitDay[earlier] ?? 0)
                #expect(earlierDay <= laterDay, "C\(earlier) on day \(earlierDay), C\(later) on day \(laterDay)")
            }
        }
        let ratios = visitDay.map { Double(14 + $0.key + $0.value) / 14 }
        #expect((ratios.max() ?? 0) - (ratios.min() ?? 0) <= 6.0 / 14 + 1e-9, "\(ratios.sorted())")
    }
}
