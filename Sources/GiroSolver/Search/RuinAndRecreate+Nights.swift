extension RuinAndRecreate {
    /// Share of ruin steps that also change one night, when the overnight
    /// rules allow some night away.
    static let nightChangeShare = 0.25

    /// Changes the night after one random day with a route: opens it at a
    /// place the day's last stop allows, moves it to another such place, or
    /// closes it. When the two days around the night do not fit the change,
    /// visits are taken from the end of the day and the start of the next
    /// day, in turn, until they do. Returns the visits taken out; the night
    /// stays as it was when no removal makes the change fit.
    ///
    /// This is how a trip opens, closes or moves to another hotel while its
    /// days are full: the recreate step then refills both days around the
    /// new night.
    ///
    /// - Complexity: up to `2·averageRemoved` removals, each with a night
    ///   evaluation of two schedule evaluations.
    mutating func changeNight(_ solution: inout SearchSolution) -> [Int] {
        let overnight = model.problem.overnight
        let nights = (0..<model.slotCount).filter { slot in
            let next = overnight.nextSlot[slot]
            return overnight.allowsNight[slot] && next >= 0 && !solution.routes[slot].isEmpty
                && !solution.routes[next].isEmpty
        }
        guard !nights.isEmpty else { return [] }
        let slot = nights[generator.index(below: nights.count)]
        let next = overnight.nextSlot[slot]

        let isAway = solution.nights.isAway[slot]
        guard let last = solution.routes[slot].last else { return [] }
        var places: [Int?] = solution.nightPlaces(after: last, slot: slot).filter {
            !isAway || $0 != solution.nights.endLocation[slot]
        }
        if isAway {
            places.append(nil)
        } else if !solution.nightLimitsAllowOpening(after: slot) {
            return []
        }
        guard !places.isEmpty else { return [] }
        let place = places[generator.index(below: places.count)]

        var removed: [Int] = []
        var fromEnd = true
        while removed.count < 2 * Int(RuinAndRecreate.averageRemoved) {
            if let move = solution.evaluateNight(after: slot, at: place), fitsNight(place, after: slot, in: solution) {
                solution.apply(move)
                return removed
            }
            guard let task = removeEnd(of: fromEnd ? slot : next, atStart: !fromEnd, from: &solution)
                ?? removeEnd(of: fromEnd ? next : slot, atStart: fromEnd, from: &solution)
            else { break }
            removed.append(task)
            fromEnd.toggle()
        }
        return removed
    }

    /// Returns whether the two routes around the night keep the overnight
    /// rule with the night spent at `place`: a night away needs a last stop
    /// that allows the place.
    private func fitsNight(_ place: Int?, after slot: Int, in solution: SearchSolution) -> Bool {
        guard let place else { return true }
        guard let last = solution.routes[slot].last else { return false }
        return solution.nightPlaces(after: last, slot: slot).contains(place)
    }

    /// Takes the last (or first) visit that is not pinned out of a route,
    /// keeping at least one visit, and returns it. Returns nil when the
    /// route has no such visit or would become infeasible without it.
    private func removeEnd(of route: Int, atStart: Bool, from solution: inout SearchSolution) -> Int? {
        var sequence = solution.routes[route]
        guard sequence.count > 1 else { return nil }
        let positions = atStart ? Array(sequence.indices) : sequence.indices.reversed()
        guard let position = positions.first(where: { !model.isPinned[sequence[$0]] }) else { return nil }
        let task = sequence.remove(at: position)
        return solution.replaceIfFeasible(route: route, with: sequence) ? task : nil
    }
}
