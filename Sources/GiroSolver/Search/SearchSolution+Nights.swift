extension SearchSolution {
    // MARK: - Route ends

    /// Makes the start segment of a route at its current start location.
    @inline(__always)
    func startDepot(_ route: Int) -> TimeWindowSegment {
        TimeWindowSegment(
            depot: nights.startLocation[route], window: (model.widenedDeparture[route], model.widenedArrival[route]))
    }

    /// Makes the end segment of a route at its current end location.
    @inline(__always)
    func endDepot(_ route: Int) -> TimeWindowSegment {
        TimeWindowSegment(
            depot: nights.endLocation[route], window: (model.widenedDeparture[route], model.widenedArrival[route]))
    }

    /// Returns the night cost that a route carries: `nightCost` when the
    /// night after its day is spent away, else zero.
    @inline(__always)
    func nightCharge(_ route: Int) -> Double {
        guard nights.isActive else { return 0 }
        return nights.isAway[route] ? nights.nightCost : 0
    }

    /// Returns whether the cached backward segments of `source` may end a
    /// draft on `slot`: same segment group and the same end location.
    @inline(__always)
    func sharesSuffixSegments(_ source: Int, _ slot: Int) -> Bool {
        guard model.segmentGroup[source] == model.segmentGroup[slot] else { return false }
        return !nights.isActive || nights.endLocation[source] == nights.endLocation[slot]
    }

    /// Adds the slot's night cost to an arc-only objective, or returns nil
    /// when the suffix's cached segments end elsewhere than the slot, so
    /// that the value would be wrong.
    ///
    /// Kept out of line, so that the inlined arc check of territories
    /// without an overnight rule stays as small as before.
    @inline(never)
    func nightAdjustedArcObjective(_ value: Double, source: Int, slot: Int) -> Double? {
        guard nights.endLocation[source] == nights.endLocation[slot] else { return nil }
        return value + nightCharge(slot)
    }

    // MARK: - The overnight rule on one route

    /// Returns where the slot's rep may spend a night after a day whose last
    /// stop is `task`, nearest first: one place unless the rule leaves the
    /// choice among hotels to the planner. Empty when the rule allows no
    /// night away after it: no rule, a task without a location, or a way
    /// home shorter than the rule's minimum.
    func nightPlaces(after task: Int, slot: Int) -> [Int] {
        let location = model.location[task]
        let places = model.problem.overnight.nightPlaces[model.problem.slots[slot].repIndex]
        guard location >= 0, !places.isEmpty else { return [] }
        return places[location]
    }

    /// Returns whether a route whose last task would be `lastTask` (nil for
    /// an empty route) keeps the overnight rule. A route whose night is away
    /// must end with a stop after which the night may be spent at the
    /// route's end, and a route that starts where a night away was spent
    /// must not be empty.
    ///
    /// - Complexity: O(H) for H hotels of the rep's rule.
    func keepsNightRule(slot: Int, lastTask: Int?) -> Bool {
        guard nights.isActive else { return true }
        if nights.isAway[slot] {
            guard let lastTask, nightPlaces(after: lastTask, slot: slot).contains(nights.endLocation[slot]) else {
                return false
            }
        }
        let previous = model.problem.overnight.previousSlot[slot]
        return lastTask != nil || previous < 0 || !nights.isAway[previous]
    }

    /// Returns whether a draft keeps the overnight rule (see
    /// `keepsNightRule(slot:lastTask:)`).
    ///
    /// Kept out of line, so that the move evaluation of territories without
    /// an overnight rule stays as small as before.
    @inline(never)
    func draftKeepsNightRule(_ draft: RouteDraft) -> Bool {
        keepsNightRule(slot: draft.slot, lastTask: lastTask(of: draft))
    }

    /// Returns the last task of a draft's sequence, or nil when it is empty.
    ///
    /// - Complexity: O(1).
    func lastTask(of draft: RouteDraft) -> Int? {
        let suffix = routes[draft.suffixRoute]
        if draft.suffixStart < suffix.count, let last = suffix.last {
            return last
        }
        for index in stride(from: 2, through: 0, by: -1) {
            let piece = draft.piece(index)
            if !piece.isEmpty {
                return task(in: piece, at: piece.count - 1)
            }
        }
        return draft.prefixEnd > 0 ? routes[draft.slot][draft.prefixEnd - 1] : nil
    }

    /// Returns whether one more night away, after `slot`, keeps the rep's
    /// limits on nights in a row and nights per ISO week.
    ///
    /// - Complexity: O(D) for D slots of the rep.
    func nightLimitsAllowOpening(after slot: Int) -> Bool {
        let overnight = model.problem.overnight
        let rep = model.problem.slots[slot].repIndex

        let maximumInRow = overnight.maximumConsecutiveNights[rep]
        if maximumInRow < Int.max {
            var inRow = 1
            var other = overnight.previousSlot[slot]
            while other >= 0, nights.isAway[other] {
                inRow += 1
                other = overnight.previousSlot[other]
            }
            other = overnight.nextSlot[slot]
            while other >= 0, nights.isAway[other] {
                inRow += 1
                other = overnight.nextSlot[other]
            }
            guard inRow <= maximumInRow else { return false }
        }

        let maximumInWeek = overnight.maximumNightsPerWeek[rep]
        if maximumInWeek < Int.max {
            let week = overnight.weekStart[slot]
            var inWeek = 1
            for other in overnight.repSlots[rep]
            where other != slot && nights.isAway[other] && overnight.weekStart[other] == week {
                inWeek += 1
            }
            guard inWeek <= maximumInWeek else { return false }
        }
        return true
    }

    // MARK: - Opening and closing nights

    /// Evaluates the best change of the night after `slot`: opening it at a
    /// place its last stop allows, moving it to another such place, or
    /// closing it when it is away. Nil when the night may not change: the
    /// rule or the limits forbid it, one of the two routes is empty, or every
    /// change makes a route infeasible.
    ///
    /// - Complexity: 2·(P + 1) schedule evaluations, O(n·w) each, for P
    ///   places.
    func nightChange(after slot: Int) -> NightMove? {
        let overnight = model.problem.overnight
        let next = overnight.nextSlot[slot]
        guard overnight.allowsNight[slot], next >= 0, let last = routes[slot].last, !routes[next].isEmpty else {
            return nil
        }

        var best: NightMove?
        func consider(_ move: NightMove?) {
            if let move, move.delta < best?.delta ?? .infinity {
                best = move
            }
        }
        if nights.isAway[slot] {
            consider(evaluateNight(after: slot, at: nil))
        } else if !nightLimitsAllowOpening(after: slot) {
            return nil
        }
        for place in nightPlaces(after: last, slot: slot) where !nights.isAway[slot] || place != nights.endLocation[slot] {
            consider(evaluateNight(after: slot, at: place))
        }
        return best
    }

    /// Evaluates spending the night after `slot` at `location`, or at home
    /// when it is nil, with both routes' sequences unchanged. An empty
    /// route counts its slot's `emptyRouteCost`. Nil when a changed route is
    /// infeasible.
    ///
    /// - Complexity: two schedule evaluations, O(n·w) each.
    func evaluateNight(after slot: Int, at location: Int?) -> NightMove? {
        let next = model.problem.overnight.nextSlot[slot]
        guard next >= 0,
            let first = exactObjective(
                slot: slot, sequence: routes[slot], start: nights.startLocation[slot],
                end: location ?? model.endLocation[slot], nightCharge: location == nil ? 0 : nights.nightCost),
            let second = exactObjective(
                slot: next, sequence: routes[next], start: location ?? model.startLocation[next],
                end: nights.endLocation[next], nightCharge: nightCharge(next))
        else { return nil }
        let delta = first + second - routeObjective[slot] - routeObjective[next]
        return NightMove(
            slot: slot, next: next, location: location, firstObjective: first, secondObjective: second, delta: delta)
    }

    /// Applies a night change and refreshes both routes.
    ///
    /// In debug builds, checks that both routes' objectives equal the
    /// prediction.
    ///
    /// - Complexity: O(n) per route, plus a schedule evaluation for a route
    ///   that segments do not decide exactly.
    mutating func apply(_ move: NightMove) {
        nights.isAway[move.slot] = move.location != nil
        nights.endLocation[move.slot] = move.location ?? model.endLocation[move.slot]
        nights.startLocation[move.next] = move.location ?? model.startLocation[move.next]
        replace(route: move.slot, with: routes[move.slot])
        replace(route: move.next, with: routes[move.next])

        #if DEBUG
            for (route, predicted) in [(move.slot, move.firstObjective), (move.next, move.secondObjective)] {
                assert(
                    SearchSolution.nearlyEqual(routeObjective[route], predicted),
                    "route \(route) after a night change: cached \(routeObjective[route]), predicted \(predicted)")
            }
        #endif
    }

    /// Opens the night after `slot` to fit unplanned tasks into that day
    /// and the next, and keeps the change when the objective improves.
    /// Returns whether it did.
    ///
    /// A far customer that no day trip reaches needs such a compound step,
    /// because opening the night alone saves nothing while the next day is
    /// empty. When the day has stops, the nearest places its last stop
    /// allows are tried, up to `maximumEmptyDayPlaces`. When it is empty, the
    /// places that unplanned tasks allow are tried, until at least
    /// `maximumEmptyDayPlaces` are listed. A trial runs
    /// only while a due or required task that may use one of the two days
    /// is unplanned, and a failed trial is not repeated until one of the
    /// two days or the unplanned penalties change. Tasks are inserted into
    /// the two days by cheapest insertion, heaviest penalty first, and
    /// optional tasks only where they lower the objective.
    ///
    /// - Complexity: O(P·U·n) draft evaluations for P places, U unplanned
    ///   tasks and n tasks in the two routes.
    mutating func openNightToFit(after slot: Int) -> Bool {
        let overnight = model.problem.overnight
        let next = overnight.nextSlot[slot]
        guard nights.isActive, overnight.allowsNight[slot], !nights.isAway[slot], next >= 0,
            nightLimitsAllowOpening(after: slot)
        else { return false }

        let failedStep = nights.failedTrialStep[slot]
        if failedStep >= changedAt[slot], failedStep >= changedAt[next],
            nights.failedTrialPenalty[slot] == penaltyTotal
        {
            return false
        }

        let candidates = unplannedTasks.filter { task in
            !model.isPinned[task]
                && (model.kind(task: task, slot: slot) != .notAllowed || model.kind(task: task, slot: next) != .notAllowed)
        }.sorted { model.penalty[$0] > model.penalty[$1] }
        // Only a due or required visit left out starts a trial, because the
        // trial copies the plan and tries every candidate in both days, and
        // the search runs it after every pass.
        guard let first = candidates.first, model.penalty[first] > 0 else { return false }

        var places: [Int] = []
        if let last = routes[slot].last {
            places = Array(nightPlaces(after: last, slot: slot).prefix(SearchSolution.maximumEmptyDayPlaces))
        } else {
            for task in candidates where model.kind(task: task, slot: slot) != .notAllowed {
                for place in nightPlaces(after: task, slot: slot) where !places.contains(place) {
                    places.append(place)
                }
                if places.count >= SearchSolution.maximumEmptyDayPlaces {
                    break
                }
            }
        }

        var best: SearchSolution?
        for place in places {
            guard let trial = filled(openingNightAfter: slot, at: place, with: candidates) else { continue }
            if trial.objective < (best?.objective ?? objective) - LocalSearch.improvementThreshold {
                best = trial
            }
        }
        guard let best else {
            nights.failedTrialStep[slot] = step
            nights.failedTrialPenalty[slot] = penaltyTotal
            return false
        }
        self = best
        return true
    }

    /// Number of places tried for a night after a day with stops, and the
    /// least number listed after an empty day.
    static let maximumEmptyDayPlaces = 3

    /// Returns a copy with the night after `slot` spent at `place` and
    /// `candidates` inserted where they fit in that day and the next, or
    /// nil when the copy breaks the overnight rule.
    private func filled(openingNightAfter slot: Int, at place: Int, with candidates: [Int]) -> SearchSolution? {
        let next = model.problem.overnight.nextSlot[slot]
        guard let opening = evaluateNight(after: slot, at: place) else { return nil }
        var trial = self
        trial.apply(opening)

        for task in candidates {
            var best: SearchMove?
            for route in [slot, next] {
                guard let move = trial.bestInsertion(of: task, route: route) else { continue }
                if move.delta < best?.delta ?? .infinity {
                    best = move
                }
            }
            guard let best, model.penalty[task] > 0 || best.delta < -LocalSearch.improvementThreshold else {
                continue
            }
            trial.apply(best)
        }

        guard let last = trial.routes[slot].last, !trial.routes[next].isEmpty,
            trial.nightPlaces(after: last, slot: slot).contains(place)
        else { return nil }
        return trial
    }
}
