extension SearchSolution {
    /// Maximum number of night sequences listed for one rep. A rep with more
    /// keeps its nights.
    static let maximumNightSequences = 4_096
    /// Sequences of one rep that are filled and compared.
    static let filledNightSequences = 512

    /// Returns plans to start the search from, best first: this plan with
    /// the best night sequence of each rep whose overnight rule leaves the
    /// hotel to the planner, then up to `count − 1` plans with other such
    /// sequences. Returns just this plan when no rep chooses hotels.
    ///
    /// One night moved at a time cannot reach a trip whose days only fit
    /// together: a last day that must end far from home, reached through
    /// two hotels, needs both nights at once. So for each such rep this
    /// lists every sequence of night places (home or one of the rule's
    /// hotels per night) within the limits on nights. It keeps those whose
    /// days each fit the direct drive from start to end. It ranks them by
    /// the penalties of the visits that some day could reach on its way
    /// (start, visit, end within the day's hours). The best ranked, up to
    /// `filledNightSequences`, are each filled from empty days by
    /// `filled(repSlots:places:deadline:)`. The best filled plan replaces this one
    /// when its objective is lower, and the others are the alternatives.
    ///
    /// NOTE: a rep with an appointment in its routes, or with more than
    /// `maximumNightSequences` sequences, keeps its nights. Once `deadline`
    /// has passed, no more sequences are filled.
    ///
    /// - Complexity: O(Q·(D + T·D)) to rank Q sequences of D days for T
    ///   tasks, plus up to `filledNightSequences` fills per rep.
    func nightSequenceStarts(count: Int, deadline: PlanningDeadline) -> [SearchSolution] {
        let overnight = model.problem.overnight
        guard nights.isActive else { return [self] }

        var best = self
        var alternatives: [SearchSolution] = []
        for rep in overnight.repSlots.indices where !overnight.hotelChoices[rep].isEmpty {
            let slots = overnight.repSlots[rep]
            guard !slots.isEmpty, !slots.contains(where: { slot in best.routes[slot].contains { model.isPinned[$0] } })
            else { continue }
            let candidates = best.rankedNightSequences(repSlots: slots, hotels: overnight.hotelChoices[rep])

            var fills: [SearchSolution] = []
            for places in candidates.prefix(SearchSolution.filledNightSequences) {
                guard !deadline.hasPassed else { break }
                if let fill = best.filled(repSlots: slots, places: places, deadline: deadline) {
                    fills.append(fill)
                }
            }
            fills.sort { $0.objective < $1.objective }
            guard let first = fills.first else { continue }
            if first.objective < best.objective - LocalSearch.improvementThreshold {
                alternatives.append(best)
                best = first
                fills.removeFirst()
            }
            // Only the best alternatives of each rep are kept, to bound memory.
            alternatives += fills.prefix(max(0, count - 1))
        }
        alternatives.sort { $0.objective < $1.objective }
        return [best] + alternatives.prefix(max(0, count - 1))
    }

    /// Lists the rep's night sequences that fit the limits and the direct
    /// drives, best ranked first. Each is one place per slot of
    /// `repSlots`: the hotel where the night after that day is spent, or -1
    /// for home and for a day without a next working day.
    private func rankedNightSequences(repSlots: [Int], hotels: [Int]) -> [[Int]] {
        let overnight = model.problem.overnight
        let nightDays = repSlots.indices.filter { overnight.allowsNight[repSlots[$0]] }
        let choices = hotels.count + 1
        var total = 1
        for _ in nightDays {
            total *= choices
            guard total <= SearchSolution.maximumNightSequences else { return [] }
        }

        let tasks = (0..<model.taskCount).filter { model.penalty[$0] > 0 && routeOf[$0] != SearchSolution.inactive }
        var ranked: [(places: [Int], reach: Double, drive: Int)] = []
        for code in 0..<total {
            var places = [Int](repeating: -1, count: repSlots.count)
            var rest = code
            for day in nightDays {
                let choice = rest % choices
                rest /= choices
                places[day] = choice == 0 ? -1 : hotels[choice - 1]
            }
            guard keepsNightLimits(repSlots: repSlots, places: places),
                let drive = directDrive(repSlots: repSlots, places: places)
            else { continue }
            ranked.append((places, reach(of: tasks, repSlots: repSlots, places: places), drive))
        }
        ranked.sort { ($0.reach, -$0.drive) > ($1.reach, -$1.drive) }
        return ranked.map(\.places)
    }

    /// Returns where the day of `repSlots[day]` starts and ends under a
    /// sequence of night places.
    private func ends(of day: Int, repSlots: [Int], places: [Int]) -> (start: Int, end: Int) {
        let slot = repSlots[day]
        let previous = model.problem.overnight.previousSlot[slot]
        let start = previous >= 0 && day > 0 && places[day - 1] >= 0 ? places[day - 1] : model.startLocation[slot]
        return (start, places[day] >= 0 ? places[day] : model.endLocation[slot])
    }

    /// Returns the total direct drive from start to end over the rep's days,
    /// or nil when some day's hours or working time cannot hold its drive.
    private func directDrive(repSlots: [Int], places: [Int]) -> Int? {
        var total = 0
        for day in repSlots.indices {
            let slot = repSlots[day]
            let (start, end) = ends(of: day, repSlots: repSlots, places: places)
            let drive = model.travelTime(from: start, to: end, slot: slot)
            guard drive <= min(model.widenedArrival[slot] - model.widenedDeparture[slot], model.maximumWorkingTime[slot])
            else { return nil }
            total += drive
        }
        return total
    }

    /// Returns the summed penalty of the tasks that some day may reach on its
    /// way: a detour from start to end through the task within the day's
    /// hours.
    private func reach(of tasks: [Int], repSlots: [Int], places: [Int]) -> Double {
        let days = repSlots.indices.map { day -> (slot: Int, start: Int, end: Int, length: Int) in
            let slot = repSlots[day]
            let (start, end) = ends(of: day, repSlots: repSlots, places: places)
            let length = min(model.widenedArrival[slot] - model.widenedDeparture[slot], model.maximumWorkingTime[slot])
            return (slot, start, end, length)
        }
        var total = 0.0
        for task in tasks {
            let location = model.location[task]
            guard location >= 0 else { continue }
            let reachable = days.contains { day in
                model.kind(task: task, slot: day.slot) != .notAllowed
                    && model.travelTime(from: day.start, to: location, slot: day.slot)
                        + model.travelTime(from: location, to: day.end, slot: day.slot) <= day.length
            }
            if reachable {
                total += model.penalty[task]
            }
        }
        return total
    }

    /// Returns whether a sequence keeps the rep's limits on nights in a row
    /// and per ISO week.
    private func keepsNightLimits(repSlots: [Int], places: [Int]) -> Bool {
        let overnight = model.problem.overnight
        let rep = model.problem.slots[repSlots[0]].repIndex
        var inRow = 0
        var perWeek: [Int: Int] = [:]
        for day in repSlots.indices {
            let slot = repSlots[day]
            guard places[day] >= 0 else {
                inRow = 0
                continue
            }
            let previous = overnight.previousSlot[slot]
            inRow = previous >= 0 && day > 0 && places[day - 1] >= 0 ? inRow + 1 : 1
            perWeek[overnight.weekStart[slot], default: 0] += 1
            guard inRow <= overnight.maximumConsecutiveNights[rep],
                perWeek[overnight.weekStart[slot], default: 0] <= overnight.maximumNightsPerWeek[rep]
            else { return false }
        }
        return true
    }

    /// Returns a copy with the rep's days emptied, the nights set to
    /// `places`, and the unplanned tasks inserted into those days by
    /// cheapest insertion, the best ratio of penalty to added cost first.
    /// Nil when a night away ends up next to an empty day, or when
    /// `deadline` passes during the fill.
    ///
    /// - Complexity: O(U·(U + D·n)) draft evaluations for U unplanned tasks
    ///   and D days of n tasks.
    private func filled(repSlots: [Int], places: [Int], deadline: PlanningDeadline) -> SearchSolution? {
        var trial = self
        for (day, slot) in repSlots.enumerated() {
            let next = model.problem.overnight.nextSlot[slot]
            guard next >= 0 else { continue }
            let place = places[day]
            trial.nights.isAway[slot] = place >= 0
            trial.nights.endLocation[slot] = place >= 0 ? place : model.endLocation[slot]
            trial.nights.startLocation[next] = place >= 0 ? place : model.startLocation[next]
        }
        for slot in repSlots {
            trial.replace(route: slot, with: [])
        }

        var pending = trial.unplannedTasks.filter { task in
            !model.isPinned[task] && repSlots.contains { model.kind(task: task, slot: $0) != .notAllowed }
        }
        var cache = pending.map { task in repSlots.map { trial.bestInsertion(of: task, route: $0) } }
        while !pending.isEmpty {
            guard !deadline.hasPassed else { return nil }
            var chosen: (index: Int, day: Int, ratio: Double)?
            for (index, task) in pending.enumerated() {
                for day in repSlots.indices {
                    guard let move = cache[index][day] else { continue }
                    let penalty = model.penalty[task]
                    let added = move.delta + penalty
                    guard penalty > 0 || move.delta < -LocalSearch.improvementThreshold else { continue }
                    let ratio = penalty > 0 ? penalty / max(added, 1e-9) : -move.delta
                    if ratio > chosen?.ratio ?? -.infinity {
                        chosen = (index, day, ratio)
                    }
                }
            }
            guard let chosen, let move = cache[chosen.index][chosen.day] else { break }
            trial.apply(move)
            pending.remove(at: chosen.index)
            cache.remove(at: chosen.index)
            let slot = repSlots[chosen.day]
            for index in pending.indices {
                cache[index][chosen.day] = trial.bestInsertion(of: pending[index], route: slot)
            }
        }

        for (day, slot) in repSlots.enumerated() where places[day] >= 0 {
            let next = model.problem.overnight.nextSlot[slot]
            guard !trial.routes[slot].isEmpty, next >= 0, !trial.routes[next].isEmpty else { return nil }
        }
        return trial
    }
}
