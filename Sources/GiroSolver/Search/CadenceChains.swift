import GiroModel

/// The customers with several visit tasks in the horizon, each as a chain:
/// its tasks, the days between visits that `dueAfter` requires, and the
/// cadence cost of its timeline.
///
/// A chain's cost is not a sum over its tasks: splitting the timeline at one
/// more visit saves the more the farther the visit lies from the others. So
/// the search keeps the chain tasks' cadence out of the route segments and
/// prices each chain as a whole from the days of its planned tasks:
///
///     value(days) = weight × Σ (segment days / interval)² − value of no visit
///                   + (due penalty when no task is planned)
///
/// over the segments from the previous visit, through the sorted days, to the
/// day after the horizon. With one task this equals the single-visit benefit
/// and penalty that the other tasks carry.
///
/// A customer with visit patterns is a pattern chain, even with one task:
/// its planned days must be distinct and all lie in one of its patterns, and
///
///     value(days) = required penalty × (tasks − planned days)
///
/// so that the search completes a pattern before any optional work.
struct CadenceChains: Sendable {
    /// Chain of each task, or -1.
    let chainOf: [Int]
    /// Tasks of each chain.
    let tasks: [[Int]]
    /// Start of each chain's first segment, in horizon days (negative for a
    /// visit before the horizon).
    let segmentStart: [Int]
    /// Cadence interval in days.
    let interval: [Int]
    /// Minimum number of days between two planned visits.
    let minimumGap: [Int]
    /// Cadence weight times the customer's priority.
    let weight: [Double]
    /// Penalty when no task of the chain is planned: the due penalty when the
    /// customer falls due in the horizon, else zero.
    let emptyPenalty: [Double]
    /// Day after the horizon, in horizon days.
    let horizonEnd: Int
    /// Usable visit patterns of each pattern chain as sorted horizon days;
    /// empty for a cadence chain.
    let patterns: [[[Int]]]
    /// Penalty of each missing visit of a pattern chain.
    let missingVisitPenalty: Double

    var count: Int { tasks.count }
    var isEmpty: Bool { tasks.isEmpty }

    /// Groups the cadence visit tasks of each customer with more than one,
    /// and the pattern visit tasks of each customer with visit patterns.
    ///
    /// - Parameters:
    ///   - requiredPenalty: penalty of each missing visit of a pattern chain.
    /// - Complexity: O(T) for T tasks.
    init(problem: PlanningProblem, duePenalty: Double, requiredPenalty: Double) {
        let territory = problem.territory
        var tasksByCustomer: [Int: [Int]] = [:]
        for (index, task) in problem.tasks.enumerated() {
            guard task.kind == .cadenceVisit || task.kind == .patternVisit, let customer = task.customerIndex
            else { continue }
            tasksByCustomer[customer, default: []].append(index)
        }

        var chainOf = [Int](repeating: -1, count: problem.tasks.count)
        var tasks: [[Int]] = []
        var segmentStart: [Int] = []
        var interval: [Int] = []
        var minimumGap: [Int] = []
        var weight: [Double] = []
        var emptyPenalty: [Double] = []
        var patterns: [[[Int]]] = []
        for customerIndex in tasksByCustomer.keys.sorted() {
            guard let members = tasksByCustomer[customerIndex] else { continue }
            let visitPatterns = problem.tasks[members[0]].visitPatterns
            if problem.tasks[members[0]].kind == .patternVisit {
                for task in members {
                    chainOf[task] = tasks.count
                }
                tasks.append(members)
                segmentStart.append(0)
                interval.append(1)
                minimumGap.append(1)
                weight.append(0)
                emptyPenalty.append(requiredPenalty * Double(members.count))
                patterns.append(visitPatterns)
                continue
            }
            guard members.count > 1 else { continue }
            let customer = territory.customers[customerIndex]
            let cadence = CadenceState(territory: territory, customer: customer)
            for task in members {
                chainOf[task] = tasks.count
            }
            tasks.append(members)
            segmentStart.append(cadence.segmentStart.days(since: territory.horizon.start))
            interval.append(cadence.interval)
            minimumGap.append(cadence.minimumGap)
            weight.append(territory.settings.cadenceWeight * cadence.priority)
            let isDue = members.contains { problem.tasks[$0].tier == .due }
            emptyPenalty.append(isDue ? duePenalty * max(0, cadence.priority) : 0)
            patterns.append([])
        }

        self.chainOf = chainOf
        self.tasks = tasks
        self.segmentStart = segmentStart
        self.interval = interval
        self.minimumGap = minimumGap
        self.weight = weight
        self.emptyPenalty = emptyPenalty
        self.patterns = patterns
        missingVisitPenalty = requiredPenalty
        horizonEnd = max(1, territory.horizon.days)
    }

    /// Returns whether the chain belongs to a customer with visit patterns.
    @inline(__always)
    func isPattern(_ chain: Int) -> Bool {
        !patterns[chain].isEmpty
    }

    /// Returns the chain's objective contribution for planned visits on
    /// `days`, or nil when `checkingGaps` is set and the days break the chain's rule.
    /// A cadence chain breaks it with two days closer than the minimum gap,
    /// and a pattern chain with days that are not distinct days of one
    /// pattern.
    ///
    /// - Precondition: `days` is sorted ascending.
    /// - Complexity: O(k) for k days of a cadence chain; O(P·f) for a
    ///   pattern chain of P patterns with f days.
    func value(chain: Int, sortedDays days: UnsafeBufferPointer<Int>, checkingGaps: Bool = true) -> Double? {
        guard !days.isEmpty else { return emptyPenalty[chain] }
        if isPattern(chain) {
            guard !checkingGaps || fitsPattern(chain: chain, sortedDays: days) else { return nil }
            return missingVisitPenalty * Double(max(0, tasks[chain].count - days.count))
        }

        let gap = minimumGap[chain]
        var previous = segmentStart[chain]
        var sum = 0
        for (offset, day) in days.enumerated() {
            if checkingGaps, offset > 0, day - previous < gap {
                return nil
            }
            let length = max(0, day - previous)
            sum += length * length
            previous = day
        }
        let last = max(0, horizonEnd - previous)
        sum += last * last
        let whole = max(0, horizonEnd - segmentStart[chain])
        let span = Double(interval[chain])
        return weight[chain] * Double(sum - whole * whole) / (span * span)
    }

    /// Returns whether sorted days are distinct and all lie in one pattern
    /// of the chain.
    ///
    /// - Complexity: O(P·f) for P patterns of f days.
    func fitsPattern(chain: Int, sortedDays days: UnsafeBufferPointer<Int>) -> Bool {
        for index in days.indices.dropFirst() where days[index] == days[index - 1] {
            return false
        }
        return patterns[chain].contains { pattern in
            // Both lists are sorted, so one merge pass decides the subset.
            var position = 0
            for day in days {
                while position < pattern.count, pattern[position] < day {
                    position += 1
                }
                guard position < pattern.count, pattern[position] == day else { return false }
                position += 1
            }
            return true
        }
    }
}
