/// Working memory for pricing chain tasks that a move shifts between days.
///
/// `newDay` holds, for each task a move touches, its day after the move (-1
/// for unplanned) and `Int.min` for every other task. Each call leaves it
/// as it found it, so one instance serves every evaluation.
final class ChainScratch {
    var newDay: [Int]
    var touched: [Int] = []
    var chains: [Int] = []
    var days: [Int] = []

    init(taskCount: Int) {
        newDay = Array(repeating: Int.min, count: taskCount)
        touched.reserveCapacity(64)
        chains.reserveCapacity(16)
        days.reserveCapacity(16)
    }

    /// Records that `task` ends on `day`; a later record wins.
    @inline(__always)
    func record(_ task: Int, day: Int) {
        if newDay[task] == Int.min {
            touched.append(task)
        }
        newDay[task] = day
    }

    func reset() {
        for task in touched {
            newDay[task] = Int.min
        }
        touched.removeAll(keepingCapacity: true)
        chains.removeAll(keepingCapacity: true)
    }
}

extension SearchSolution {
    /// The day of a task's route, or -1 when it is not planned.
    @inline(__always)
    func day(of task: Int) -> Int {
        let route = routeOf[task]
        return route >= 0 ? model.slotDay[route] : -1
    }

    /// Change of the chains' cadence when the drafts replace their routes,
    /// or nil when a chain would get two visits closer than its minimum
    /// gap.
    ///
    /// A task that leaves a draft's route and enters no draft becomes
    /// unplanned; one that enters a draft takes that route's day.
    ///
    /// - Complexity: O(m + k) for m tasks that the drafts move and k tasks
    ///   in the chains they touch; O(1) without chains.
    @inline(__always)
    func chainDelta(_ first: RouteDraft, _ second: RouteDraft?) -> Double? {
        let chains = model.chains
        guard !chains.isEmpty else { return 0 }

        let scratch = chainScratch
        defer { scratch.reset() }
        // Removals first, so that a task moved into the other draft ends on
        // that draft's day.
        recordRemovals(first, into: scratch, chains: chains)
        if let second {
            recordRemovals(second, into: scratch, chains: chains)
        }
        recordEntries(first, into: scratch, chains: chains)
        if let second {
            recordEntries(second, into: scratch, chains: chains)
        }
        guard !scratch.touched.isEmpty else { return 0 }

        for task in scratch.touched where scratch.newDay[task] != day(of: task) {
            let chain = chains.chainOf[task]
            if !scratch.chains.contains(chain) {
                scratch.chains.append(chain)
            }
        }

        var delta = 0.0
        for chain in scratch.chains {
            scratch.days.removeAll(keepingCapacity: true)
            for task in chains.tasks[chain] {
                let moved = scratch.newDay[task]
                let day = moved == Int.min ? day(of: task) : moved
                if day >= 0 {
                    scratch.days.append(day)
                }
            }
            scratch.days.sort()
            let value = scratch.days.withUnsafeBufferPointer { chains.value(chain: chain, sortedDays: $0) }
            guard let value else { return nil }
            delta += value - chainValue[chain]
        }
        return delta
    }

    private func recordRemovals(_ draft: RouteDraft, into scratch: ChainScratch, chains: CadenceChains) {
        let route = routes[draft.slot]
        let end = draft.suffixRoute == draft.slot ? min(draft.suffixStart, route.count) : route.count
        guard draft.prefixEnd < end else { return }
        for position in draft.prefixEnd..<end where chains.chainOf[route[position]] >= 0 {
            scratch.record(route[position], day: -1)
        }
    }

    private func recordEntries(_ draft: RouteDraft, into scratch: ChainScratch, chains: CadenceChains) {
        let day = model.slotDay[draft.slot]
        for index in 0..<3 {
            let piece = draft.piece(index)
            guard !piece.isEmpty else { continue }
            if piece.route < 0 {
                if chains.chainOf[piece.from] >= 0 {
                    scratch.record(piece.from, day: day)
                }
                continue
            }
            let source = routes[piece.route]
            for position in piece.from...piece.to where chains.chainOf[source[position]] >= 0 {
                scratch.record(source[position], day: day)
            }
        }
        if draft.suffixRoute != draft.slot {
            let source = routes[draft.suffixRoute]
            for position in draft.suffixStart..<max(draft.suffixStart, source.count)
            where chains.chainOf[source[position]] >= 0 {
                scratch.record(source[position], day: day)
            }
        }
    }

    // MARK: - Keeping the chain values

    /// Prices again the chains of the tasks in two sequences.
    mutating func updateChains(of old: [Int], _ new: [Int]) {
        let chains = model.chains
        var seen: [Int] = []
        for task in old + new {
            let chain = chains.chainOf[task]
            guard chain >= 0, !seen.contains(chain) else { continue }
            seen.append(chain)
            updateChain(chain)
        }
    }

    /// Prices a chain from its tasks' current days. A state between the two
    /// route replacements of one move may break the minimum gap; it is
    /// priced without the check.
    mutating func updateChain(_ chain: Int) {
        let chains = model.chains
        var days = chains.tasks[chain].map { day(of: $0) }.filter { $0 >= 0 }
        days.sort()
        let value = days.withUnsafeBufferPointer {
            chains.value(chain: chain, sortedDays: $0, checkingGaps: false) ?? 0
        }
        chainTotal += value - chainValue[chain]
        chainValue[chain] = value
    }
}
