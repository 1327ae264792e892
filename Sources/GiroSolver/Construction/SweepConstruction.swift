import GiroModel

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The sweep heuristic: tasks taken in order of their polar angle around the
/// slot's start location, each route filled until the next task no longer
/// fits.
///
/// Slots are filled one at a time: occupied slots (appointments, or an
/// earlier tier) first, then the empty ones, each group in slot order. For
/// each slot the unrouted tasks it admits are sorted by angle around its
/// start location, counterclockwise from the largest angular gap between
/// them, so that the sweep starts where no task lies. Planar coordinates
/// give the angle directly. Geographic ones use an equirectangular
/// projection around the start, with longitude scaled by the cosine of its
/// latitude. Tasks without a coordinate, or with a coordinate of another
/// system than the start's, come last in task order. Each task in turn goes
/// to its cheapest feasible position in the route. As in the textbook, the
/// first task that does not fit closes the slot, though a task that does
/// not fit an empty slot alone is passed over. Tasks left after the last
/// slot go through cheapest insertion, which marks the ones that fit
/// nowhere as failed.
///
/// With tight time windows, closing at the first misfit makes many short
/// routes that can use up the slots and leave tasks unplaced. The sweep
/// then starts again from the same plan and lets a slot pass over up to
/// 1, 2, 4 and then 8 misfits in a row. It keeps the first attempt that
/// places every task, or else the one that places most.
///
/// - Complexity: O(A·S·T·(log T + n²·w)) for A attempts, S slots, T tasks
///   and routes of at most n stops with w windows.
struct SweepConstruction: TierPlacement {
    /// Numbers of tasks in a row that may fail to fit before a slot closes,
    /// tried in order until a sweep leaves no task unplaced.
    var skipLimits = [0, 1, 2, 4, 8]

    func place(_ tasks: [Int], in plan: inout PartialPlan) {
        var best: PartialPlan?
        for skipLimit in skipLimits {
            var attempt = plan
            attempt.onInsertion = nil
            sweep(tasks, in: &attempt, skipLimit: skipLimit)
            if best.map({ attempt.failed.count < $0.failed.count }) ?? true {
                best = attempt
            }
            if attempt.failed.count == plan.failed.count {
                break
            }
        }
        guard let best else { return }
        plan.adopt(best)
    }

    /// Runs one sweep over the slots, then cheapest insertion for the rest.
    private func sweep(_ tasks: [Int], in plan: inout PartialPlan, skipLimit: Int) {
        var unrouted = tasks
        let occupied = plan.problem.slots.indices.filter { !plan.routes[$0].isEmpty }
        let empty = plan.problem.slots.indices.filter { plan.routes[$0].isEmpty }

        for slot in occupied + empty {
            guard !unrouted.isEmpty else { break }
            let candidates = unrouted.filter { plan.problem.optionIndex(task: $0, slot: slot) != nil }

            var skipped = 0
            for task in sweepOrder(candidates, slot: slot, problem: plan.problem) {
                guard let insertion = plan.bestInsertion(task: task, slot: slot) else {
                    // A task that does not fit an empty slot alone cannot
                    // start its route, so it does not count as a skip.
                    if plan.routes[slot].isEmpty {
                        continue
                    }
                    skipped += 1
                    if skipped > skipLimit {
                        break
                    }
                    continue
                }
                skipped = 0
                plan.insert(task, at: insertion)
                unrouted.removeAll { $0 == task }
            }
        }

        CheapestInsertion().place(unrouted, in: &plan)
    }

    /// Returns the tasks in sweep order around the slot's start location.
    func sweepOrder(_ tasks: [Int], slot: Int, problem: PlanningProblem) -> [Int] {
        let origin = problem.locations[problem.slots[slot].startLocation].coordinate
        var angled: [(task: Int, angle: Double)] = []
        var unplaced: [Int] = []
        for task in tasks {
            let coordinate = problem.tasks[task].location.map { problem.locations[$0].coordinate }
            if let coordinate, let angle = Self.polarAngle(of: coordinate, around: origin) {
                angled.append((task, angle))
            } else {
                unplaced.append(task)
            }
        }
        angled.sort { $0.angle != $1.angle ? $0.angle < $1.angle : $0.task < $1.task }
        guard angled.count > 1 else { return angled.map(\.task) + unplaced }

        // The gap before element k is the angle from element k − 1 to it.
        // The first element's gap wraps around from the last.
        var start = 0
        var largestGap = angled[0].angle + 2 * Double.pi - angled[angled.count - 1].angle
        for index in 1..<angled.count {
            let gap = angled[index].angle - angled[index - 1].angle
            if gap > largestGap {
                largestGap = gap
                start = index
            }
        }
        let rotated = angled[start...] + angled[..<start]
        return rotated.map(\.task) + unplaced
    }

    /// Returns the polar angle in radians, in [−π, π], of a coordinate around
    /// an origin of the same system, or nil when either has no coordinate or
    /// the systems differ.
    static func polarAngle(of point: Coordinate, around origin: Coordinate) -> Double? {
        switch (point, origin) {
        case (.planar(let x, let y), .planar(let x0, let y0)):
            return atan2(y - y0, x - x0)
        case (.geographic(let latitude, let longitude), .geographic(let latitude0, let longitude0)):
            var east = longitude - longitude0
            if east > 180 {
                east -= 360
            } else if east < -180 {
                east += 360
            }
            let north = latitude - latitude0
            return atan2(north, east * cos(latitude0 * Double.pi / 180))
        default:
            return nil
        }
    }
}
