import GiroModel

/// The place in the day where a pass takes the break.
enum BreakChoice: Hashable {
    /// The day has no break rule.
    case none
    /// At the start location, before departure.
    case beforeDeparture
    /// In the leg into stop k; leg n (for n stops) is the drive to the end.
    case inLeg(Int)
    /// At the end location, after the final arrival.
    case afterArrival
}

/// The outcome of a forward pass: departure, final arrival and break choice.
struct ForwardPass: Hashable {
    var departure: Int
    var arrival: Int
    var breakChoice: BreakChoice
}

extension DayScheduleEvaluator {
    /// Earliest schedule when leaving at `departure`, or at the end of a break
    /// taken at home before it. Returns nil unless the final arrival is at or
    /// before `bound`.
    ///
    /// - Complexity: O(n·w).
    static func forward(stops: [ScheduleStop], day: ScheduleDay, departure: Int, bound: Int) -> ForwardPass? {
        guard let rule = day.breakRule else {
            var finish = departure
            for stop in stops {
                guard let start = stop.earliestServiceStart(readyAt: finish + stop.travelTime + stop.setupDuration)
                else { return nil }
                finish = start.start + stop.serviceDuration
            }
            let arrival = finish + day.returnTravelTime
            return arrival <= bound ? ForwardPass(departure: departure, arrival: arrival, breakChoice: .none) : nil
        }

        let frameStart = rule.frame.start
        let duration = rule.duration
        let latestBreakStart = rule.latestStart
        let unreachable = Int.max

        // Finish time of the latest stop in each state; `unreachable` when the
        // state cannot be reached.
        var pending = departure
        var taken = Swift.max(departure, frameStart + duration)
        var takenDeparture = taken
        var takenChoice = BreakChoice.beforeDeparture

        for (index, stop) in stops.enumerated() {
            let travel = stop.travelTime
            var readyTaken = taken == unreachable ? unreachable : taken + travel

            if pending != unreachable, Swift.max(pending, frameStart) <= latestBreakStart {
                let readyAfterBreak = Swift.max(pending + travel, frameStart) + duration
                if readyAfterBreak < readyTaken {
                    readyTaken = readyAfterBreak
                    takenChoice = .inLeg(index)
                    takenDeparture = departure
                }
            }

            pending = pending == unreachable ? unreachable : serviceEnd(of: stop, readyAt: pending + travel)
            taken = readyTaken == unreachable ? unreachable : serviceEnd(of: stop, readyAt: readyTaken)
            guard pending != unreachable || taken != unreachable else { return nil }
        }

        let travel = day.returnTravelTime
        var best: ForwardPass?
        func consider(_ candidate: ForwardPass) {
            guard candidate.arrival <= bound else { return }
            if let current = best,
                current.arrival < candidate.arrival
                    || (current.arrival == candidate.arrival && current.departure >= candidate.departure)
            {
                return
            }
            best = candidate
        }

        if taken != unreachable {
            consider(ForwardPass(departure: takenDeparture, arrival: taken + travel, breakChoice: takenChoice))
        }
        if pending != unreachable {
            let arrival = pending + travel
            if arrival <= latestBreakStart {
                consider(ForwardPass(departure: departure, arrival: arrival, breakChoice: .afterArrival))
            } else if Swift.max(pending, frameStart) <= latestBreakStart {
                let delayed = Swift.max(arrival, frameStart) + duration
                consider(ForwardPass(departure: departure, arrival: delayed, breakChoice: .inLeg(stops.count)))
            }
        }
        return best
    }

    /// Returns the latest departure whose schedule arrives by `bound`, or nil
    /// when there is none at or after the day's earliest departure. With the
    /// break taken at home, the departure is the end of that break.
    ///
    /// - Complexity: O(n·w).
    static func latestDeparture(stops: [ScheduleStop], day: ScheduleDay, bound: Int) -> Int? {
        let returnTravel = day.returnTravelTime
        guard let rule = day.breakRule else {
            var finish = bound - returnTravel
            for stop in stops.reversed() {
                guard let start = stop.latestServiceStart(notAfter: finish - stop.serviceDuration) else { return nil }
                finish = start - stop.setupDuration - stop.travelTime
            }
            return finish >= day.earliestDeparture ? finish : nil
        }

        let frameStart = rule.frame.start
        let duration = rule.duration
        let latestBreakStart = rule.latestStart
        let unreachable = Int.min

        // Latest finish at the current stop such that the rest of the day
        // meets `bound`, with the break already taken or still to come.
        var taken = bound - returnTravel
        var pending = Swift.min(bound, latestBreakStart) - returnTravel
        if frameStart + duration <= bound {
            pending = Swift.max(pending, Swift.min(bound - duration - returnTravel, latestBreakStart))
        }

        for stop in stops.reversed() {
            let travel = stop.travelTime
            let readyTaken =
                taken == unreachable
                ? nil : stop.latestServiceStart(notAfter: taken - stop.serviceDuration).map { $0 - stop.setupDuration }
            let readyPending =
                pending == unreachable
                ? nil : stop.latestServiceStart(notAfter: pending - stop.serviceDuration).map { $0 - stop.setupDuration }

            taken = readyTaken.map { $0 - travel } ?? unreachable
            var newPending = readyPending.map { $0 - travel } ?? unreachable
            if let ready = readyTaken, frameStart + duration <= ready {
                newPending = Swift.max(newPending, Swift.min(ready - duration - travel, latestBreakStart))
            }
            pending = newPending
            guard taken != unreachable || pending != unreachable else { return nil }
        }

        var latest = pending
        if taken != unreachable, taken >= frameStart + duration {
            latest = Swift.max(latest, taken)
        }
        guard latest != unreachable, latest >= day.earliestDeparture else { return nil }
        return latest
    }

    /// Rebuilds every time of the schedule that a forward pass found.
    ///
    /// - Precondition: `pass` came from `forward` on the same stops and day.
    static func replay(stops: [ScheduleStop], day: ScheduleDay, pass: ForwardPass) -> DaySchedule {
        let frameStart = day.breakRule?.frame.start ?? 0
        let duration = day.breakRule?.duration ?? 0
        var breakTaken: PlannedBreak?
        if pass.breakChoice == .beforeDeparture {
            breakTaken = PlannedBreak(start: frameStart, end: frameStart + duration, placement: .beforeDeparture)
        }

        var timings: [StopTiming] = []
        timings.reserveCapacity(stops.count)
        var finish = pass.departure
        var drivingTime = 0
        var waitingTime = 0

        for (index, stop) in stops.enumerated() {
            let travel = stop.travelTime
            drivingTime += travel
            var arrival = finish + travel
            var ready = arrival
            var breakAtStop = false

            if pass.breakChoice == .inLeg(index) {
                let breakStart = Swift.max(finish, frameStart)
                let placement: PlannedBreak.Placement = index == 0 ? .beforeFirstStop : .afterStop(index - 1)
                breakTaken = PlannedBreak(start: breakStart, end: breakStart + duration, placement: placement)
                if breakStart < finish + travel {
                    arrival += duration
                    ready = arrival
                } else {
                    ready = breakStart + duration
                    breakAtStop = true
                }
            }

            guard let start = stop.earliestServiceStart(readyAt: ready + stop.setupDuration) else {
                preconditionFailure("replay diverged from its forward pass at stop \(index)")
            }
            let waiting = start.start - stop.setupDuration - arrival - (breakAtStop ? duration : 0)
            waitingTime += waiting
            finish = start.start + stop.serviceDuration
            timings.append(
                StopTiming(
                    arrival: arrival, waitingTime: waiting, serviceStart: start.start, serviceEnd: finish,
                    windowIndex: start.window))
        }

        let travel = day.returnTravelTime
        drivingTime += travel
        var arrival = finish + travel
        switch pass.breakChoice {
        case .inLeg(let leg) where leg == stops.count:
            let breakStart = Swift.max(finish, frameStart)
            let placement: PlannedBreak.Placement = stops.isEmpty ? .beforeFirstStop : .afterStop(stops.count - 1)
            breakTaken = PlannedBreak(start: breakStart, end: breakStart + duration, placement: placement)
            arrival = Swift.max(arrival, breakStart) + duration
        case .afterArrival:
            let breakStart = Swift.max(arrival, frameStart)
            breakTaken = PlannedBreak(start: breakStart, end: breakStart + duration, placement: .afterArrival)
        default:
            break
        }

        return DaySchedule(
            departure: pass.departure, stops: timings, breakTaken: breakTaken, arrival: arrival,
            drivingTime: drivingTime, waitingTime: waitingTime)
    }

    /// End of the earliest service of `stop` once the rep is ready to set up
    /// at `ready`; `Int.max` when every window has closed.
    @inline(__always)
    static func serviceEnd(of stop: ScheduleStop, readyAt ready: Int) -> Int {
        guard let start = stop.earliestServiceStart(readyAt: ready + stop.setupDuration) else { return Int.max }
        return start.start + stop.serviceDuration
    }
}
