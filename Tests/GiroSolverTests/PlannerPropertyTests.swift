import Giro
import GiroSchedule
@testable import GiroSolver
import Testing

/// Properties of whole planning runs on random territories, each checked on
/// `PropertyCases.count` seeded cases.
@Suite("Planner properties")
struct PlannerPropertyTests {
    /// Every plan of a random territory passes the independent validator,
    /// which recomputes every reported time and total.
    @Test func plansOfRandomTerritoriesAreValid() throws {
        for searchCase in SearchCase.all {
            let territory = SearchTerritory.make(seed: searchCase.seed, variant: searchCase.variant)
            let options = PlannerOptions(seed: searchCase.seed, iterationLimit: 10)

            let plan = try Planner(territory: territory).plan(options: options)

            let report = try PlanValidator(territory: territory).validate(plan)
            #expect(report.isValid, "\(searchCase.testDescription): \(report.description)")
            #expect(plan.objective.isFinite, "\(searchCase.testDescription)")
        }
    }

    /// Reordering reps, customers and reservations in the input changes
    /// nothing in the plan.
    @Test func shuffledRecordsGiveTheSamePlan() throws {
        for searchCase in SearchCase.all {
            let territory = SearchTerritory.make(seed: searchCase.seed, variant: searchCase.variant)
            var shuffled = territory
            var random = SeededGenerator(seed: searchCase.seed &+ 1000)
            shuffled.reps.shuffle(using: &random)
            shuffled.customers.shuffle(using: &random)
            shuffled.reservations.shuffle(using: &random)
            let options = PlannerOptions(seed: searchCase.seed, iterationLimit: 10)

            let plan = try Planner(territory: territory).plan(options: options)
            let shuffledPlan = try Planner(territory: shuffled).plan(options: options)

            #expect(plan == shuffledPlan, "\(searchCase.testDescription)")
        }
    }

    /// On one rep's single day with at most seven required visits (six in
    /// the fast suite), the planner leaves out as few visits as possible and
    /// then drives no more than the best order that enumeration finds.
    ///
    /// The search runs 2,000 steps without a stall limit. With the default
    /// limits (at most 200 steps, or 50 without a better plan), about one
    /// case in a hundred of seven visits stops short of the optimum, when
    /// which visits to leave out is the hard part.
    @Test func oneDayPlansMatchBruteForce() throws {
        let maximumVisits = PropertyCases.isLong ? 7 : 6
        for index in 0..<PropertyCases.count {
            let seed = UInt64(index)
            let territory = OneDayTerritory.make(seed: seed, maximumVisits: maximumVisits)
            let planner = try Planner(territory: territory)

            let plan = planner.plan(options: PlannerOptions(seed: seed, iterationLimit: 2_000))
            let best = BruteForce.best(problem: planner.problem)

            #expect(plan.unplanned.count == best.unplaced, "seed \(seed)")
            #expect(isClose(plan.objective, best.cost), "seed \(seed): planner \(plan.objective), optimum \(best.cost)")
        }
    }
}

/// Random one-day territories of one rep with three to `maximumVisits`
/// customers, each with a reservation. Coordinates are minutes of driving.
/// Windows of one to four hours, a working-time limit on odd seeds and a
/// lunch break on every third seed make some orders infeasible. Now and then
/// a visit fits in no order at all.
enum OneDayTerritory {
    static func make(seed: UInt64, maximumVisits: Int) -> Territory {
        var random = SeededGenerator(seed: seed &* 7919 &+ 17)
        func integer(_ range: ClosedRange<Int>) -> Int {
            range.lowerBound + random.index(below: range.count)
        }
        func coordinate() -> Double {
            Double(integer(-300...300)) / 10
        }

        let hours = WorkingHours.weekdays(TimeWindow(start: clock(8, 0), end: clock(17, 0)))
        let lunch = BreakRule(frame: TimeWindow(start: clock(12, 0), end: clock(13, 30)), duration: minutes(30))
        let rep = Rep(
            id: "rep", home: .planar(x: 0, y: 0), workingHours: hours,
            maximumWorkingTime: seed.isMultiple(of: 2) ? nil : minutes(integer(240...420)),
            breakRule: seed.isMultiple(of: 3) ? lunch : nil)

        var customers: [Customer] = []
        var reservations: [Reservation] = []
        for index in 0..<integer(3...maximumVisits) {
            var windows: [TimeWindow] = []
            if random.unit() < 0.7 {
                let start = clock(8, 0) + minutes(15 * integer(0...28))
                windows.append(TimeWindow(start: start, end: min(clock(17, 0), start + minutes(60 * integer(1...4)))))
            }
            customers.append(
                Customer(
                    id: "C\(index)", location: .planar(x: coordinate(), y: coordinate()),
                    visitDuration: minutes(integer(15...75)), setupDuration: random.unit() < 0.3 ? minutes(5) : 0,
                    openingHours: windows.isEmpty ? .always : .everyDay(windows)))
            reservations.append(Reservation(id: "R\(index)", customerID: "C\(index)"))
        }

        return Territory(
            name: "one day \(seed)", horizon: Horizon(start: monday, days: 1),
            travel: .euclidean(EuclideanParameters(secondsPerUnit: 60)), reps: [rep], customers: customers,
            reservations: reservations)
    }
}

/// The optimum of a one-slot problem by enumeration of every subset of the
/// tasks in every order: the fewest tasks left out, then the lowest route
/// cost. At most 13,700 sequences for seven tasks. Tasks that the problem
/// excluded from the start count as left out.
enum BruteForce {
    static func best(problem: PlanningProblem) -> (unplaced: Int, cost: Double) {
        precondition(problem.slots.count == 1, "enumeration covers one slot")
        let tasks = problem.tasks.indices.filter { problem.optionIndex(task: $0, slot: 0) != nil }
        var best = (unplaced: problem.tasks.count, cost: 0.0)
        var sequence: [Int] = []
        var used = Array(repeating: false, count: problem.tasks.count)

        func visit() {
            let unplaced = problem.tasks.count - sequence.count
            if unplaced <= best.unplaced, let cost = Self.cost(of: sequence, in: problem) {
                if unplaced < best.unplaced || cost < best.cost {
                    best = (unplaced, cost)
                }
            }
            for task in tasks where !used[task] {
                used[task] = true
                sequence.append(task)
                visit()
                sequence.removeLast()
                used[task] = false
            }
        }
        visit()
        return (best.unplaced + problem.excluded.count, best.cost)
    }

    /// Returns the route cost of a sequence on the slot, or nil when it is
    /// infeasible.
    private static func cost(of sequence: [Int], in problem: PlanningProblem) -> Double? {
        guard !sequence.isEmpty else { return 0 }
        let input = problem.routeInput(slot: 0, sequence: sequence)
        guard problem.fitsCapacity(slot: 0, load: input.load),
            DayScheduleEvaluator.isFeasible(stops: input.stops, day: input.day)
        else { return nil }
        return problem.routeCost(input, isEmpty: false)
    }
}

@Suite("Canonical record order")
struct CanonicalOrderTests {
    @Test(arguments: [
        ("C2", "C10"), ("2", "10"), ("anna", "ben"), ("vehicle-9", "vehicle-10"), ("A", "AB"), ("07", "7"),
        ("x1y2", "x1y10"), ("Z", "a"),
    ])
    func idsSortNaturally(first: String, second: String) {
        #expect(Territory.precedes(first, second))
        #expect(!Territory.precedes(second, first))
    }

    @Test func equalIdsDoNotPrecedeEachOther() {
        #expect(!Territory.precedes("C1", "C1"))
    }
}
