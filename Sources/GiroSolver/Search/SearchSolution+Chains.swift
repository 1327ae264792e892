extension SearchSolution {
    /// Returns the day of a task's route, or -1 when it is not planned.
    @inline(__always)
    func day(of task: Int) -> Int {
        let route = routeOf[task]
        return route >= 0 ? model.slotDay[route] : -1
    }

    /// Change of the chains' values when the drafts replace their routes,
    /// or nil when the new days break a chain's rule (see
    /// `CadenceChains.value`).
    ///
    /// A task that leaves a draft's route and enters no draft becomes
    /// unplanned; one that enters a draft takes that route's day.
    ///
    /// - Complexity: O(m + k log k) for m tasks that the drafts move and k
    ///   tasks in the chains they touch, because it sorts each touched
    ///   chain's days; O(1) without chains.
    @inline(__always)
    func chainDelta(_ first: RouteDraft, _ second: RouteDraft?) -> Double? {
        let chains = model.chains
        guard !chains.isEmpty, !keepsEveryDay(first, second) else { return 0 }

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
        for task in scratch.touchedTasks where scratch.newDay[task] != day(of: task) {
            scratch.addChain(chains.chainOf[task])
        }

        var delta = 0.0
        for chain in scratch.changedChains {
            var count = 0
            for task in chains.tasks[chain] {
                let moved = scratch.newDay[task]
                let day = moved == Int.min ? day(of: task) : moved
                if day >= 0 {
                    scratch.days[count] = day
                    count += 1
                }
            }
            // NOTE: this sort dominates profiles of long horizons with 1- to
            // 3-day cadences, where a chain has hundreds of tasks. Keeping
            // each chain's days sorted and pricing only the segments next to
            // the moved days would avoid it.
            var days = UnsafeMutableBufferPointer(rebasing: scratch.days[0..<count])
            days.sort()
            guard let value = chains.value(chain: chain, sortedDays: UnsafeBufferPointer(days)) else { return nil }
            delta += value - chainValue[chain]
        }
        return delta
    }

    /// Returns whether the drafts keep every task on its day, so that the
    /// move changes no chain. That holds when both drafts lie on one day and
    /// every piece comes from a route of that day. They must also hold as
    /// many tasks as the routes they replace, so that no task leaves the
    /// plan.
    ///
    /// - Complexity: O(1).
    @inline(__always)
    private func keepsEveryDay(_ first: RouteDraft, _ second: RouteDraft?) -> Bool {
        let day = model.slotDay[first.slot]
        var oldCount = routes[first.slot].count
        guard var newCount = taskCount(first, allOn: day) else { return false }
        if let second {
            guard model.slotDay[second.slot] == day, let count = taskCount(second, allOn: day) else { return false }
            newCount += count
            if second.slot != first.slot {
                oldCount += routes[second.slot].count
            }
        }
        return newCount == oldCount
    }

    /// Returns the number of tasks in a draft, or nil when one of its parts
    /// comes from a route of another day or from outside the plan.
    @inline(__always)
    private func taskCount(_ draft: RouteDraft, allOn day: Int) -> Int? {
        guard model.slotDay[draft.suffixRoute] == day else { return nil }
        var count = draft.prefixEnd + max(0, routes[draft.suffixRoute].count - draft.suffixStart)
        for index in 0..<3 {
            let piece = draft.piece(index)
            guard !piece.isEmpty else { continue }
            guard piece.route >= 0, model.slotDay[piece.route] == day else { return nil }
            count += piece.count
        }
        return count
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
