extension SearchSolution {
    /// Computes a draft route's objective contribution, or nil when it is
    /// infeasible.
    ///
    /// Drafts made of routes with segment data are checked by joining
    /// cached segments. That costs O(1) for the prefix and for a suffix from
    /// a route of the same segment group. Each task in the pieces, and each
    /// task of a suffix from another group, adds O(1). When anything in the draft is relaxed
    /// (a break rule, several windows, a day that appointments may widen), a
    /// draft that passes the segment check is confirmed by the full schedule
    /// evaluation; drafts with an opaque task go to it directly. A draft that
    /// breaks the overnight rule (see `keepsNightRule`) is infeasible.
    func objective(of draft: RouteDraft) -> Double? {
        let slot = draft.slot
        if nights.isActive, !draftKeepsNightRule(draft) {
            return nil
        }
        guard hasSegments(route: slot) else { return exactObjective(slot: slot, sequence: sequence(of: draft)) }

        var isRelaxed = !isExact(route: slot)
        var segment = forward[slot][draft.prefixEnd]
        var tasks = draft.prefixEnd
        for pieceIndex in 0..<3 {
            let piece = draft.piece(pieceIndex)
            guard !piece.isEmpty else { continue }
            for offset in 0..<piece.count {
                let task = self.task(in: piece, at: offset)
                switch model.kind(task: task, slot: slot) {
                case .notAllowed:
                    return nil
                case .opaque:
                    return exactObjective(slot: slot, sequence: sequence(of: draft))
                case .relaxed, .anchored:
                    isRelaxed = true
                case .simple:
                    break
                }
                segment = model.join(segment, model.segment(task: task, slot: slot), slot: slot)
            }
            tasks += piece.count
        }

        let source = draft.suffixRoute
        let sourceTasks = routes[source]
        if sharesSuffixSegments(source, slot), hasSegments(route: source) {
            isRelaxed = isRelaxed || relaxedCount[source] > 0 || anchoredCount[source] > 0
            segment = model.join(segment, backward[source][draft.suffixStart], slot: slot)
        } else {
            for index in draft.suffixStart..<sourceTasks.count {
                let task = sourceTasks[index]
                switch model.kind(task: task, slot: slot) {
                case .notAllowed:
                    return nil
                case .opaque:
                    return exactObjective(slot: slot, sequence: sequence(of: draft))
                case .relaxed, .anchored:
                    isRelaxed = true
                case .simple:
                    break
                }
                segment = model.join(segment, model.segment(task: task, slot: slot), slot: slot)
            }
            segment = model.join(segment, endDepot(slot), slot: slot)
        }
        tasks += sourceTasks.count - draft.suffixStart

        guard tasks > 0 else { return model.emptyRouteCost[slot] }
        guard segment.timeWarp == 0, segment.load <= model.capacity[slot] + 1e-9,
            segment.duration <= model.maximumWorkingTime[slot]
        else { return nil }
        guard !isRelaxed else { return exactObjective(slot: slot, sequence: sequence(of: draft)) }
        return segment.cost + model.routeWeight - segment.benefit + nightCharge(slot)
    }

    /// Computes a draft route's objective contribution from arcs, route
    /// weight and benefits only, without checking feasibility. Returns nil
    /// when the draft has an opaque task or joins routes of different
    /// segment groups or, after a night change, of different end locations.
    ///
    /// Moves whose arc-only delta does not improve enough are rejected
    /// before any time-window check, since windows can only forbid a move.
    ///
    /// - Complexity: O(1) per piece of a route of the same group, and O(1)
    ///   per task of any other piece.
    @inline(__always)
    func arcObjective(of draft: RouteDraft) -> Double? {
        let slot = draft.slot
        let source = draft.suffixRoute
        guard hasSegments(route: slot), model.segmentGroup[source] == model.segmentGroup[slot],
            hasSegments(route: source)
        else { return nil }

        let head = forward[slot][draft.prefixEnd]
        var cost = head.cost
        var benefit = head.benefit
        var last = head.lastLocation
        var tasks = draft.prefixEnd
        for pieceIndex in 0..<3 {
            let piece = draft.piece(pieceIndex)
            guard !piece.isEmpty else { continue }
            tasks += piece.count
            let route = piece.route
            if piece.count > 1, route >= 0, model.segmentGroup[route] == model.segmentGroup[slot],
                hasSegments(route: route), !piece.reversed || model.isSymmetric
            {
                // A long piece of a route of the same group: its inner arcs
                // and benefits from the route's prefix sums.
                let sequence = routes[route]
                let entry = sequence[piece.reversed ? piece.to : piece.from]
                let exit = sequence[piece.reversed ? piece.from : piece.to]
                let prefixes = forward[route]
                cost += model.arcCost(from: last, to: model.location[entry], slot: slot)
                cost += prefixes[piece.to + 1].cost - prefixes[piece.from + 1].cost
                benefit += prefixes[piece.to + 1].benefit - prefixes[piece.from].benefit
                last = model.location[exit]
                continue
            }
            for offset in 0..<piece.count {
                let task = self.task(in: piece, at: offset)
                let kind = model.kind(task: task, slot: slot)
                guard kind != .opaque, kind != .notAllowed else { return nil }
                let location = model.location[task]
                cost += model.arcCost(from: last, to: location, slot: slot)
                benefit += model.taskBenefit(task, slot: slot)
                last = location
            }
        }

        let tail = backward[source][draft.suffixStart]
        cost += model.arcCost(from: last, to: tail.firstLocation, slot: slot) + tail.cost
        benefit += tail.benefit
        tasks += routes[source].count - draft.suffixStart
        guard tasks > 0 else { return model.emptyRouteCost[slot] }
        let value = cost + model.routeWeight - benefit
        return nights.isActive ? nightAdjustedArcObjective(value, source: source, slot: slot) : value
    }

    /// Returns the task at `offset` within a piece.
    @inline(__always)
    func task(in piece: RoutePiece, at offset: Int) -> Int {
        guard piece.route >= 0 else { return piece.from }
        let index = piece.reversed ? piece.to - offset : piece.from + offset
        return routes[piece.route][index]
    }

    /// Writes out the draft's task sequence.
    ///
    /// - Complexity: O(n).
    func sequence(of draft: RouteDraft) -> [Int] {
        var result = Array(routes[draft.slot][0..<draft.prefixEnd])
        for pieceIndex in 0..<3 {
            let piece = draft.piece(pieceIndex)
            for offset in 0..<piece.count {
                result.append(task(in: piece, at: offset))
            }
        }
        result.append(contentsOf: routes[draft.suffixRoute][draft.suffixStart...])
        return result
    }
}
