import GiroModel

/// The planning problem in the flat arrays that the local search and
/// ruin-and-recreate read in their inner loops.
///
/// Each task has, for each slot, an option kind:
/// - not allowed;
/// - simple: one service window at a known location, which
///   `TimeWindowSegment` checks exactly;
/// - relaxed: several windows, summarised by their hull, so a segment check
///   is necessary but not sufficient;
/// - anchored: an appointment at a known location, which may widen the
///   working day. Segment checks on its slots use the day widened for every
///   appointment that may go there, so they are necessary but not sufficient;
/// - opaque: no location, so only the full schedule evaluation handles it.
/// A slot with a break rule makes its segment checks relaxed too, because a
/// break only adds time.
///
/// Costs are in the planner's objective units: driving time weight times
/// seconds plus distance weight times distance, plus the route weight for a
/// route that is used, minus cadence benefits, plus a penalty for every
/// required task left out. Customers with several visit tasks are priced
/// apart, by `CadenceChains`.
final class SearchModel: Sendable {
    enum OptionKind: UInt8 {
        case notAllowed = 0
        case simple = 1
        case relaxed = 2
        case anchored = 3
        case opaque = 4
    }

    let problem: PlanningProblem
    let taskCount: Int
    let slotCount: Int
    let locationCount: Int

    // Per task.
    /// Location index, or -1 for a task held wherever the rep is.
    let location: [Int]
    let service: [Int]
    let setup: [Int]
    let demand: [Double]
    /// Cost of leaving the task out: `requiredPenalty` for appointments and
    /// reservations, `duePenalty` times the customer's priority for due
    /// customers, zero for optional visits.
    let penalty: [Double]
    /// Appointments: never removed, inserted or moved on their own.
    let isPinned: [Bool]
    /// The k nearest other tasks by arc cost, nearest first.
    let neighbours: [[Int]]

    // Per slot.
    let slotDay: [Int]
    let startLocation: [Int]
    let endLocation: [Int]
    let earliestDeparture: [Int]
    let latestArrival: [Int]
    /// Maximum working time in seconds; `Int.max` when unlimited.
    let maximumWorkingTime: [Int]
    /// Capacity; infinity when unlimited.
    let capacity: [Double]
    let hasBreak: [Bool]
    /// Earliest departure and latest arrival widened for every appointment
    /// that may use the slot; equal to the working hours on most slots.
    let widenedDeparture: [Int]
    let widenedArrival: [Int]
    /// Whether some appointment may widen the slot's day.
    let isWidened: [Bool]
    /// Slots with the same group are interchangeable for segment data: same
    /// date, locations, hours, limits and speed, and the same option kind and
    /// window for every task.
    let segmentGroup: [Int]
    /// Index into `arcTimes` and `arcCosts` by the slot's speed factor.
    let factorIndex: [Int]

    // Per task and slot, at `task * slotCount + slot`.
    let optionKind: [OptionKind]
    let windowStart: [Int]
    let windowEnd: [Int]

    /// Per task and horizon day, at `task * dayCount + day`; zero for chain
    /// tasks, which `chains` prices instead.
    let benefit: [Double]
    /// Customers with several visit tasks, priced as a whole.
    let chains: CadenceChains
    let dayCount: Int

    /// Per speed factor, row-major by location pair.
    let arcTimes: [[Int]]
    let arcCosts: [[Double]]
    let routeWeight: Double
    /// Per slot: the objective contribution of its route while empty. Zero,
    /// but `requiredPenalty` for a rep's last slot that must end at the
    /// horizon's end location elsewhere than it starts, because an empty
    /// route never gets there. The search so treats reaching the horizon
    /// end like a reservation.
    let emptyRouteCost: [Double]
    /// Whether every arc costs the same both ways, so that a reversed string
    /// keeps its inner cost.
    let isSymmetric: Bool

    /// Penalty of an appointment or reservation left out: a hundred due
    /// customers' worth, so that one is dropped only when it cannot be
    /// planned, or when keeping it would cost a hundred due visits.
    static let requiredPenalty = 1e11

    /// Penalty of a due customer of priority 1 left out: far above any route
    /// cost, so that planning one more due customer always wins over
    /// driving. Priority scales it, so that one important visit beats
    /// several minor ones that exclude it.
    static let duePenalty = 1e9

    /// Compiles the problem.
    ///
    /// - Parameters:
    ///   - neighbourCount: length of each task's neighbour list.
    /// - Complexity: O(F·L² + T·S + T² log T) for F distinct speed
    ///   factors, L locations, T tasks and S slots.
    init(problem: PlanningProblem, neighbourCount: Int) {
        self.problem = problem
        let tasks = problem.tasks
        let slots = problem.slots
        taskCount = tasks.count
        slotCount = slots.count
        locationCount = problem.locations.count
        dayCount = max(1, problem.territory.horizon.days)

        location = tasks.map { $0.location ?? -1 }
        service = tasks.map(\.serviceDuration)
        setup = tasks.map(\.setupDuration)
        demand = tasks.map(\.demand)
        let customers = problem.territory.customers
        let chains = CadenceChains(
            problem: problem, duePenalty: SearchModel.duePenalty, requiredPenalty: SearchModel.requiredPenalty)
        self.chains = chains
        penalty = tasks.indices.map { index in
            let task = tasks[index]
            guard chains.chainOf[index] < 0 else { return 0 }
            return switch task.tier {
            case .appointment, .reservation: SearchModel.requiredPenalty
            case .due: SearchModel.duePenalty * max(0, task.customerIndex.map { customers[$0].priority } ?? 1)
            case .optional: 0
            }
        }
        isPinned = tasks.map { $0.appointmentWindow != nil || $0.tier == .appointment }

        slotDay = slots.map(\.dayIndex)
        startLocation = slots.map(\.startLocation)
        endLocation = slots.map(\.endLocation)
        earliestDeparture = slots.map(\.workingHours.start)
        latestArrival = slots.map(\.workingHours.end)
        maximumWorkingTime = slots.map { $0.maximumWorkingTime ?? Int.max }
        capacity = slots.map { $0.capacity ?? Double.infinity }
        hasBreak = slots.map { $0.breakRule != nil }

        var factors: [Double] = []
        factorIndex = slots.map { slot in
            if let index = factors.firstIndex(of: slot.speedFactor) {
                return index
            }
            factors.append(slot.speedFactor)
            return factors.count - 1
        }
        if factors.isEmpty {
            factors = [1]
        }

        let settings = problem.territory.settings
        let count = locationCount
        var times: [[Int]] = []
        var costs: [[Double]] = []
        for factor in factors {
            var factorTimes = [Int](repeating: 0, count: count * count)
            var factorCosts = [Double](repeating: 0, count: count * count)
            for from in 0..<count {
                for to in 0..<count {
                    let time = problem.matrix.time(from: from, to: to, speedFactor: factor)
                    factorTimes[from * count + to] = time
                    factorCosts[from * count + to] =
                        settings.drivingTimeWeight * Double(time)
                        + settings.distanceWeight * problem.matrix.distance(from: from, to: to)
                }
            }
            times.append(factorTimes)
            costs.append(factorCosts)
        }
        arcTimes = times
        arcCosts = costs
        isSymmetric = costs.allSatisfy { matrix in
            (0..<count).allSatisfy { from in
                (0..<from).allSatisfy { to in matrix[from * count + to] == matrix[to * count + from] }
            }
        }
        routeWeight = settings.routeWeight
        let hasHorizonEnd = problem.territory.horizon.endLocation != nil
        emptyRouteCost = slots.indices.map { index in
            let slot = slots[index]
            let isLast = index + 1 == slots.count || slots[index + 1].repIndex != slot.repIndex
            return hasHorizonEnd && isLast && slot.endLocation != slot.startLocation ? SearchModel.requiredPenalty : 0
        }

        var kinds = [OptionKind](repeating: .notAllowed, count: taskCount * slotCount)
        var starts = [Int](repeating: 0, count: taskCount * slotCount)
        var ends = [Int](repeating: 0, count: taskCount * slotCount)
        for (taskIndex, task) in tasks.enumerated() {
            for option in task.options {
                let index = taskIndex * slotCount + option.slot
                if task.location == nil {
                    kinds[index] = .opaque
                } else if let first = option.startWindows.first, let last = option.startWindows.last {
                    if task.appointmentWindow != nil {
                        kinds[index] = .anchored
                    } else {
                        kinds[index] = option.startWindows.count == 1 ? .simple : .relaxed
                    }
                    starts[index] = first.start
                    ends[index] = last.end
                } else {
                    // Closed all day on this slot: no window at all.
                    kinds[index] = .notAllowed
                }
            }
        }
        optionKind = kinds
        windowStart = starts
        windowEnd = ends

        var benefits = [Double](repeating: 0, count: taskCount * dayCount)
        for (taskIndex, task) in tasks.enumerated() where chains.chainOf[taskIndex] < 0 {
            for (day, value) in task.cadenceBenefitByDay.enumerated() where day < dayCount {
                benefits[taskIndex * dayCount + day] = value
            }
        }
        benefit = benefits

        var departures = slots.map(\.workingHours.start)
        var arrivals = slots.map(\.workingHours.end)
        for (taskIndex, task) in tasks.enumerated() {
            guard task.appointmentWindow != nil, task.location != nil else { continue }
            for option in task.options {
                let input = problem.routeInput(slot: option.slot, sequence: [taskIndex])
                departures[option.slot] = min(departures[option.slot], input.day.earliestDeparture)
                arrivals[option.slot] = max(arrivals[option.slot], input.day.latestArrival)
            }
        }
        widenedDeparture = departures
        widenedArrival = arrivals
        isWidened = slots.indices.map { departures[$0] != slots[$0].workingHours.start || arrivals[$0] != slots[$0].workingHours.end }

        segmentGroup = SearchModel.segmentGroups(
            slots: slots, taskCount: tasks.count, kinds: kinds, starts: starts, ends: ends)
        neighbours = SearchModel.nearestTasks(
            locations: location, chainOf: chains.chainOf, costs: costs[0], locationCount: count,
            k: max(0, neighbourCount))
    }

    // MARK: - Inner-loop accessors

    @inline(__always)
    func kind(task: Int, slot: Int) -> OptionKind {
        optionKind[task &* slotCount &+ slot]
    }

    @inline(__always)
    func travelTime(from: Int, to: Int, slot: Int) -> Int {
        arcTimes[factorIndex[slot]][from &* locationCount &+ to]
    }

    @inline(__always)
    func arcCost(from: Int, to: Int, slot: Int) -> Double {
        arcCosts[factorIndex[slot]][from &* locationCount &+ to]
    }

    /// Makes the one-visit segment of a task on a slot.
    @inline(__always)
    func segment(task: Int, slot: Int) -> TimeWindowSegment {
        let index = task &* slotCount &+ slot
        return TimeWindowSegment(
            location: location[task], setup: setup[task], service: service[task],
            window: (windowStart[index], windowEnd[index]),
            benefit: benefit[task &* dayCount &+ slotDay[slot]], demand: demand[task])
    }

    @inline(__always)
    func startDepot(slot: Int) -> TimeWindowSegment {
        TimeWindowSegment(depot: startLocation[slot], window: (widenedDeparture[slot], widenedArrival[slot]))
    }

    @inline(__always)
    func endDepot(slot: Int) -> TimeWindowSegment {
        TimeWindowSegment(depot: endLocation[slot], window: (widenedDeparture[slot], widenedArrival[slot]))
    }

    /// Joins two segments on a slot.
    @inline(__always)
    func join(_ first: TimeWindowSegment, _ second: TimeWindowSegment, slot: Int) -> TimeWindowSegment {
        first.joined(
            with: second, travel: travelTime(from: first.lastLocation, to: second.firstLocation, slot: slot),
            arcCost: arcCost(from: first.lastLocation, to: second.firstLocation, slot: slot))
    }

    @inline(__always)
    func taskBenefit(_ task: Int, slot: Int) -> Double {
        benefit[task &* dayCount &+ slotDay[slot]]
    }

    // MARK: - Set-up helpers

    private static func segmentGroups(
        slots: [RouteSlot], taskCount: Int, kinds: [OptionKind], starts: [Int], ends: [Int]
    ) -> [Int] {
        let slotCount = slots.count
        var representatives: [Int] = []
        var groups: [Int] = []
        for slot in 0..<slotCount {
            let match = representatives.firstIndex { other in
                guard slots[other].equivalenceClass == slots[slot].equivalenceClass else { return false }
                for task in 0..<taskCount {
                    let a = task * slotCount + other
                    let b = task * slotCount + slot
                    if kinds[a] != kinds[b] || starts[a] != starts[b] || ends[a] != ends[b] {
                        return false
                    }
                }
                return true
            }
            if let match {
                groups.append(match)
            } else {
                representatives.append(slot)
                groups.append(representatives.count - 1)
            }
        }
        return groups
    }

    /// Lists, for each task, the k other tasks nearest to it by the cheaper
    /// direction of travel, nearest first and lower task first among equal
    /// costs. Tasks of one chain are not each other's neighbours: they never
    /// share a day.
    ///
    /// - Complexity: O(T²·log k) for T tasks: each list is selected in a
    ///   sorted buffer of k entries instead of sorting all T candidates.
    private static func nearestTasks(
        locations: [Int], chainOf: [Int], costs: [Double], locationCount: Int, k: Int
    ) -> [[Int]] {
        let count = locations.count
        return (0..<count).map { task in
            let from = locations[task]
            guard from >= 0, k > 0 else { return [] }
            var nearest: [(task: Int, cost: Double)] = []
            nearest.reserveCapacity(k + 1)
            let chain = chainOf[task]
            for other in 0..<count where other != task && locations[other] >= 0 {
                if chain >= 0, chainOf[other] == chain {
                    continue
                }
                let to = locations[other]
                let cost = min(costs[from * locationCount + to], costs[to * locationCount + from])
                if nearest.count == k, let last = nearest.last, last.cost <= cost {
                    continue
                }

                // Candidates come in task order, so a later one goes after
                // every entry of equal cost.
                var low = 0
                var high = nearest.count
                while low < high {
                    let middle = (low + high) / 2
                    if nearest[middle].cost <= cost {
                        low = middle + 1
                    } else {
                        high = middle
                    }
                }
                nearest.insert((other, cost), at: low)
                if nearest.count > k {
                    nearest.removeLast()
                }
            }
            return nearest.map(\.task)
        }
    }
}
