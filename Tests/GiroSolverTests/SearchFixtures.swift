import Giro
import GiroSchedule
@testable import GiroSolver
import Testing

/// What a random search territory adds to the basic case of one window per
/// customer, capacity and a maximum working time on some reps.
enum SearchVariant: String, CaseIterable, CustomStringConvertible {
    case singleWindow = "single window"
    /// Every other customer has a morning and an afternoon window, so its
    /// option is relaxed.
    case twoWindows = "two windows"
    /// Every rep has a lunch break, so every slot's segment check is relaxed.
    case breakRule = "break rule"
    /// A flexible appointment with a customer: an anchored, pinned task.
    /// On odd seeds its window starts before the working day, so that it
    /// widens the day.
    case appointment
    /// A phone call without a location: an opaque, pinned task.
    case call
    /// Eight days and a 4-day cadence, so that customers get several visit
    /// tasks priced as a chain.
    case repeatedVisits = "repeated visits"

    var description: String { rawValue }
}

/// Random territories for the search tests, with 6 to 15 customers and 2 to
/// 4 slots (the seed modulo 5 picks the reps and days). Coordinates are in
/// minutes of driving, windows last one to four hours, capacities of 8 to 15
/// meet demands of 1 to 4, and maximum working times are 3 to 7 hours.
///
/// About 60 % of the customers have a reservation (a required task). The
/// others have a 10-day cadence and a last visit 5 to 14 days ago, so some
/// of them are due (required) and some optional.
struct SearchTerritory {
    static func make(seed: UInt64, variant: SearchVariant) -> Territory {
        var random = SeededGenerator(seed: seed)
        func integer(_ range: ClosedRange<Int>) -> Int {
            range.lowerBound + random.index(below: range.count)
        }
        func coordinate() -> Double {
            Double(integer(-200...200)) / 10
        }

        let shapes: [(reps: Int, days: Int)] = [(2, 1), (1, 2), (2, 2), (3, 1), (4, 1)]
        var shape = shapes[Int(seed % UInt64(shapes.count))]
        if variant == .repeatedVisits {
            shape = (reps: min(2, shape.reps), days: 8)
        }
        let hours = WorkingHours.weekdays(TimeWindow(start: clock(8, 0), end: clock(17, 0)))
        let lunch = BreakRule(frame: TimeWindow(start: clock(12, 0), end: clock(13, 30)), duration: minutes(30))
        // On even seeds every rep lives at one place and has the same limits,
        // so that slots of one day share segment data.
        let sharesHome = seed.isMultiple(of: 2)
        let sharedHome = Location.planar(x: coordinate() / 4, y: coordinate() / 4)
        let sharedLimit = minutes(integer(180...420))
        var reps: [Rep] = []
        for index in 0..<shape.reps {
            let home = sharesHome ? sharedHome : .planar(x: coordinate() / 4, y: coordinate() / 4)
            let limit = sharesHome ? sharedLimit : (random.unit() < 0.5 ? minutes(integer(180...420)) : nil)
            reps.append(
                Rep(
                    id: "rep-\(index)", home: home, workingHours: hours, maximumWorkingTime: limit,
                    breakRule: variant == .breakRule ? lunch : nil, capacity: sharesHome ? 12 : Double(integer(8...15))))
        }

        let customerCount = integer(6...15)
        var customers: [Customer] = []
        var reservations: [Reservation] = []
        for index in 0..<customerCount {
            let id = "C\(index)"
            var windows: [TimeWindow] = []
            if random.unit() < 0.8 {
                let start = clock(8, 0) + minutes(15 * integer(0...28))
                windows.append(TimeWindow(start: start, end: min(clock(17, 0), start + minutes(60 * integer(1...4)))))
            }
            if variant == .twoWindows, index.isMultiple(of: 2) {
                windows = [
                    TimeWindow(start: clock(8, 0), end: clock(9, 0) + minutes(15 * integer(0...8))),
                    TimeWindow(start: clock(13, 0) + minutes(15 * integer(0...8)), end: clock(17, 0)),
                ]
            }
            let isReserved = random.unit() < 0.6
            let lastVisit = monday.adding(days: -integer(5...14))
            // Some customers share a building with an earlier one, and some
            // sit at the first rep's home, so that setup is skipped there.
            var location = Location.planar(x: coordinate(), y: coordinate())
            let placement = random.unit()
            if placement < 0.15, let earlier = customers.last {
                location = earlier.location
            } else if placement < 0.2 {
                location = reps[0].home
            }
            customers.append(
                Customer(
                    id: id, location: location, visitDuration: minutes(integer(10...40)),
                    setupDuration: random.unit() < 0.3 ? minutes(5) : 0,
                    openingHours: windows.isEmpty ? .always : .everyDay(windows),
                    cadenceDays: isReserved ? nil : (variant == .repeatedVisits ? 4 : 10),
                    lastVisit: isReserved ? nil : lastVisit,
                    demand: Double(integer(1...4))))
            if isReserved {
                reservations.append(Reservation(id: "R-\(id)", customerID: id))
            }
        }

        var appointments: [Appointment] = []
        switch variant {
        case .appointment:
            customers.append(
                Customer(
                    id: "meeting", location: .planar(x: coordinate(), y: coordinate()), repID: "rep-0",
                    visitDuration: minutes(45)))
            let window =
                seed.isMultiple(of: 2)
                ? TimeWindow(start: clock(10, 0), end: clock(12, 0)) : TimeWindow(start: clock(7, 0), end: clock(8, 30))
            appointments.append(
                Appointment(
                    id: "meeting-1", repID: "rep-0", customerID: "meeting", kind: .onDay(date: monday), window: window,
                    duration: minutes(45)))
        case .call:
            appointments.append(
                Appointment(
                    id: "call-1", repID: "rep-0", kind: .fixed(date: monday),
                    window: TimeWindow(start: clock(14, 0), end: clock(14, 30)), duration: minutes(30)))
        case .singleWindow, .twoWindows, .breakRule, .repeatedVisits:
            break
        }

        return Territory(
            name: "search \(variant) \(seed)", horizon: Horizon(start: monday, days: shape.days),
            travel: .euclidean(EuclideanParameters(secondsPerUnit: 60)), reps: reps, customers: customers,
            appointments: appointments, reservations: reservations)
    }
}

/// A compiled random territory with a start solution for the search: the
/// default construction with about 30 % of its movable visits taken out
/// again, so that insertions, removals and replacements have candidates.
/// A route that taking visits out would make infeasible keeps them all.
/// With three slots or more the last route is emptied as well, so that
/// moves into an empty route have candidates.
struct SearchFixture {
    let territory: Territory
    let model: SearchModel
    let inactive: Set<Int>
    var solution: SearchSolution

    init(seed: UInt64, variant: SearchVariant, removing removalRate: Double = 0.3) throws {
        territory = SearchTerritory.make(seed: seed, variant: variant)
        let problem = try PlanningProblem(territory: territory)
        let model = SearchModel(problem: problem, neighbourCount: 8)
        self.model = model
        let construction = ConstructionHeuristic.standard.build(problem: problem, deadline: nil, onInsertion: nil)

        // Tasks covered by a planned appointment stay out, as in the planner.
        let planned = Set(construction.routes.joined())
        let inactive = Set(
            problem.tasks.indices.filter { index in
                !planned.contains(index) && problem.tasks[index].coveredBy.contains(where: planned.contains)
            })
        self.inactive = inactive

        var random = SeededGenerator(seed: seed &+ 0x5EED)
        var routes = construction.routes
        for slot in routes.indices {
            let isEmptied = routes.count >= 3 && slot == routes.count - 1
            let reduced = routes[slot].filter { task in
                model.isPinned[task] || (!isEmptied && random.unit() >= removalRate)
            }
            // Taking visits out can break a route: with a call at a fixed
            // time, the rep may wait at a farther place and come home too
            // late for its working-time limit. Such a route stays whole.
            let input = problem.routeInput(slot: slot, sequence: reduced)
            if DayScheduleEvaluator.isFeasible(stops: input.stops, day: input.day) {
                routes[slot] = reduced
            }
        }
        solution = SearchSolution(model: model, routes: routes, inactive: inactive)
    }
}

/// One random territory: a seed and a variant, for parameterised tests.
struct SearchCase: Sendable, CustomTestStringConvertible {
    var seed: UInt64
    var variant: SearchVariant

    /// Every variant with an equal share of `PropertyCases.count` seeds, and
    /// at least six, so that each variant meets every shape of reps and
    /// days, with and without a shared home.
    static let all: [SearchCase] = {
        let variants = SearchVariant.allCases
        let seedsPerVariant = max(6, PropertyCases.count / variants.count)
        return variants.enumerated().flatMap { index, variant in
            (1...seedsPerVariant).map { SearchCase(seed: UInt64(seedsPerVariant * index + $0), variant: variant) }
        }
    }()

    var testDescription: String { "\(variant), seed \(seed)" }
}

extension SearchFixture {
    init(_ searchCase: SearchCase, removing removalRate: Double = 0.3) throws {
        try self.init(seed: searchCase.seed, variant: searchCase.variant, removing: removalRate)
    }
}

/// Equality up to a relative tolerance of 1e-6, for objectives summed in a
/// different order.
func isClose(_ a: Double, _ b: Double) -> Bool {
    abs(a - b) <= 1e-6 * max(1, abs(a), abs(b))
}

/// Task sequences that the search operators should produce, written with
/// plain array operations so that they do not share code with `RouteDraft`.
enum ExpectedSequence {
    /// Returns route `source` without positions `from..<from + length`, and
    /// route `target` with that string, reversed when asked, after position
    /// `after` (-1 for the front).
    static func moveString(
        _ source: [Int], from: Int, length: Int, reversed: Bool, to target: [Int], after: Int
    ) -> (source: [Int], target: [Int]) {
        let string = Array(source[from..<(from + length)])
        var shortened = source
        shortened.removeSubrange(from..<(from + length))
        var grown = target
        grown.insert(contentsOf: reversed ? string.reversed() : string, at: after + 1)
        return (shortened, grown)
    }

    /// Returns two routes with the string of `a` tasks at `p` and the string
    /// of `b` tasks at `q` exchanged.
    static func exchange(_ first: [Int], _ p: Int, _ a: Int, _ second: [Int], _ q: Int, _ b: Int) -> ([Int], [Int]) {
        var newFirst = first
        var newSecond = second
        newFirst.replaceSubrange(p..<(p + a), with: second[q..<(q + b)])
        newSecond.replaceSubrange(q..<(q + b), with: first[p..<(p + a)])
        return (newFirst, newSecond)
    }

    /// Returns the routes of 2-opt*. The first route runs through position
    /// `p` and continues with the second from `q`, and the second route
    /// runs up to `q` and continues with the first after `p`.
    static func swapTails(_ first: [Int], _ p: Int, _ second: [Int], _ q: Int) -> ([Int], [Int]) {
        (Array(first[...p] + second[q...]), Array(second[..<q] + first[(p + 1)...]))
    }

    /// Returns the route with the string at `from` moved after position
    /// `after` of the original route, reversed when asked. Returns nil where
    /// the operator makes no move, with `after` inside the string or right
    /// before it, except for a reversal in place.
    static func moveWithin(_ route: [Int], from: Int, length: Int, reversed: Bool, after: Int) -> [Int]? {
        let to = from + length - 1
        let string = Array(route[from...to])
        let placed = reversed ? Array(string.reversed()) : string
        if after >= from - 1 && after <= to {
            guard reversed, length > 1, after == from - 1 else { return nil }
            var result = route
            result.replaceSubrange(from...to, with: placed)
            return result
        }
        var result = route
        result.removeSubrange(from...to)
        let insertion = after > to ? after - length + 1 : after + 1
        result.insert(contentsOf: placed, at: insertion)
        return result
    }

    static func swapWithin(_ route: [Int], _ p: Int, _ q: Int) -> [Int] {
        var result = route
        result.swapAt(p, q)
        return result
    }

    /// Returns the route of 2-opt, with the tasks after position `low`
    /// through `high` reversed.
    static func reverse(_ route: [Int], _ low: Int, _ high: Int) -> [Int] {
        var result = route
        result.replaceSubrange((low + 1)...high, with: route[(low + 1)...high].reversed())
        return result
    }
}

extension SearchSolution {
    /// Change of the unplanned penalties when the given routes replace the
    /// current ones, from the sets of planned tasks before and after.
    func penaltyChange(replacing changes: [(slot: Int, sequence: [Int])]) -> Double {
        var routes = self.routes
        for change in changes {
            routes[change.slot] = change.sequence
        }
        let plannedBefore = Set(self.routes.joined())
        let plannedAfter = Set(routes.joined())
        var change = 0.0
        for task in 0..<model.taskCount where routeOf[task] != SearchSolution.inactive {
            if plannedBefore.contains(task) && !plannedAfter.contains(task) {
                change += model.penalty[task]
            } else if !plannedBefore.contains(task) && plannedAfter.contains(task) {
                change -= model.penalty[task]
            }
        }
        return change
    }

    /// Change of the chains' cadence when the given routes replace the
    /// current ones, from each chain's visit days before and after, or nil
    /// when two visits of a chain end closer than its minimum gap.
    func chainChange(replacing changes: [(slot: Int, sequence: [Int])]) -> Double? {
        var routes = self.routes
        for change in changes {
            routes[change.slot] = change.sequence
        }
        var dayAfter = [Int](repeating: -1, count: model.taskCount)
        for (slot, route) in routes.enumerated() {
            for task in route {
                dayAfter[task] = model.slotDay[slot]
            }
        }
        var change = 0.0
        for (chain, tasks) in model.chains.tasks.enumerated() {
            let days = tasks.map { dayAfter[$0] }.filter { $0 >= 0 }.sorted()
            guard let value = days.withUnsafeBufferPointer({ model.chains.value(chain: chain, sortedDays: $0) }) else {
                return nil
            }
            change += value - chainValue[chain]
        }
        return change
    }

    /// Returns whether positions `from..<from + length` of a route contain a
    /// pinned task.
    func holdsPinned(route: Int, from: Int, length: Int) -> Bool {
        routes[route][from..<(from + length)].contains { model.isPinned[$0] }
    }
}
