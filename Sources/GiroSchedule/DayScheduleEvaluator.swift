import GiroModel

/// Computes the times of one day's sequence of stops and decides whether it
/// is feasible under the working-day, opening-hours and break rules.
///
/// The evaluation has two passes over the sequence, each with two states:
/// break still pending, and break taken. A forward pass finds the earliest
/// possible service times; a backward pass finds the latest ones that still
/// meet a given final arrival. Because waiting is allowed, arriving earlier
/// in the same state is never worse, so keeping the earliest time per state
/// is exact.
///
/// The schedule returned minimises the final arrival, and among those leaves
/// as late as possible, so no working time is wasted at the start. When the
/// maximum working time binds, the departure is searched by bisection between
/// that first choice and the latest feasible departure.
///
/// Break placement: the break may be taken at the start location before
/// departure, or after the final arrival, both outside working time. It may
/// also fall in any leg, either on the road, which delays the arrival, or
/// while waiting at the next stop. It is always taken as early as its leg
/// allows, and never inside a setup or service.
///
/// - Complexity: O(n·w) per pass for n stops of at most w windows. A full
///   evaluation runs three passes, plus O(log T) forward passes over a
///   working day of T seconds when the maximum working time binds.
public enum DayScheduleEvaluator {
    /// Returns the earliest final arrival for a sequence when leaving no earlier than
    /// the day's earliest departure, or nil when no schedule meets the
    /// opening hours, the break rule and the latest arrival.
    ///
    /// This is the cheap check that insertion heuristics call; it ignores
    /// the maximum working time.
    public static func earliestArrival(stops: [ScheduleStop], day: ScheduleDay) -> Int? {
        forward(stops: stops, day: day, departure: day.earliestDeparture, bound: day.latestArrival)?.arrival
    }

    /// Returns whether the sequence has a feasible schedule, maximum working
    /// time included.
    public static func isFeasible(stops: [ScheduleStop], day: ScheduleDay) -> Bool {
        guard let earliest = forward(stops: stops, day: day, departure: day.earliestDeparture, bound: day.latestArrival)
        else { return false }

        guard let limit = day.maximumWorkingTime else { return true }
        if earliest.arrival - earliest.departure <= limit {
            return true
        }
        return schedule(stops: stops, day: day) != nil
    }

    /// Computes the full schedule of a sequence, or nil when it is infeasible.
    public static func schedule(stops: [ScheduleStop], day: ScheduleDay) -> DaySchedule? {
        guard case .success(let schedule) = evaluate(stops: stops, day: day) else { return nil }
        return schedule
    }

    /// Computes the full schedule of a sequence, or the reason there is none.
    public static func evaluate(stops: [ScheduleStop], day: ScheduleDay) -> Result<DaySchedule, ScheduleFailure> {
        let start = day.earliestDeparture
        guard let earliest = forward(stops: stops, day: day, departure: start, bound: day.latestArrival) else {
            return .failure(ScheduleFailure(reason: diagnose(stops: stops, day: day)))
        }

        // Leave as late as possible without arriving later.
        var best = earliest
        if let latest = latestDeparture(stops: stops, day: day, bound: earliest.arrival), latest > start,
            let later = forward(stops: stops, day: day, departure: latest, bound: earliest.arrival)
        {
            best = later
        }

        if let limit = day.maximumWorkingTime, best.arrival - best.departure > limit {
            guard let shortened = shortestWithinLimit(stops: stops, day: day, from: best.departure, limit: limit) else {
                return .failure(ScheduleFailure(reason: .maximumWorkingTime))
            }
            best = shortened
        }
        return .success(replay(stops: stops, day: day, pass: best))
    }

    /// Finds a departure whose schedule works at most `limit`, arriving as
    /// early as possible, then leaving as late as that arrival allows.
    ///
    /// Working time never grows with a later departure when the break plays
    /// no part, so the search bisects on the departure.
    private static func shortestWithinLimit(
        stops: [ScheduleStop], day: ScheduleDay, from low: Int, limit: Int
    ) -> ForwardPass? {
        guard let latest = latestDeparture(stops: stops, day: day, bound: day.latestArrival),
            let latestPass = forward(stops: stops, day: day, departure: latest, bound: day.latestArrival),
            latestPass.arrival - latestPass.departure <= limit
        else { return nil }

        var lower = low
        var upper = latest
        while lower < upper {
            let middle = lower + (upper - lower) / 2
            if let pass = forward(stops: stops, day: day, departure: middle, bound: day.latestArrival),
                pass.arrival - pass.departure <= limit
            {
                upper = middle
            } else {
                lower = middle + 1
            }
        }

        guard let found = forward(stops: stops, day: day, departure: upper, bound: day.latestArrival) else {
            return latestPass
        }
        if let later = latestDeparture(stops: stops, day: day, bound: found.arrival),
            let pass = forward(stops: stops, day: day, departure: later, bound: found.arrival),
            pass.arrival - pass.departure <= limit
        {
            return pass
        }
        // NOTE: with a break, working time can grow with a later departure in
        // rare cases; the latest feasible departure is then the safe choice.
        return found.arrival - found.departure <= limit ? found : latestPass
    }

    /// Names the rule that makes a sequence infeasible.
    private static func diagnose(stops: [ScheduleStop], day: ScheduleDay) -> ScheduleInfeasibility {
        var unbounded = day
        unbounded.latestArrival = Int.max / 4
        unbounded.breakRule = nil
        if forward(stops: stops, day: unbounded, departure: day.earliestDeparture, bound: unbounded.latestArrival) == nil {
            var time = day.earliestDeparture
            for (index, stop) in stops.enumerated() {
                guard let start = stop.earliestServiceStart(readyAt: time + stop.travelTime + stop.setupDuration) else {
                    return .openingHours(stop: index)
                }
                time = start.start + stop.serviceDuration
            }
            return .workingHours
        }

        var withoutBreak = day
        withoutBreak.breakRule = nil
        if day.breakRule != nil,
            forward(stops: stops, day: withoutBreak, departure: day.earliestDeparture, bound: day.latestArrival) != nil
        {
            return .breakRule
        }
        return .workingHours
    }
}

/// The failure of `DayScheduleEvaluator.evaluate` to find a schedule.
public struct ScheduleFailure: Error, Hashable, Sendable {
    public var reason: ScheduleInfeasibility
}
