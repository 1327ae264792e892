import GiroModel

extension PlanValidator {
    /// Compares every time and total that a route reports with the
    /// recomputed one: each stop's arrival, setup, waiting and service end,
    /// and the route's final arrival, driving time, distance, working time,
    /// waiting and load.
    ///
    /// Also reports a service start that the rep cannot reach in time. No
    /// waiting time is right for such a stop, or for a stop whose break does
    /// not end before setup. So their waiting is not compared, and neither is
    /// the route's total waiting.
    ///
    /// - Complexity: O(n) for n stops.
    func compareTimes(
        of route: DayRoute, stops: [ResolvedStop], timing: RouteTiming, into violations: inout [Violation]
    ) {
        var totalWaiting = 0
        var isWaitingDefined = true
        for (resolved, times) in zip(stops, timing.stops) {
            let hasWaiting = compareStop(
                resolved, times: times, leg: timing.legs[resolved.index], timing: timing, of: route, into: &violations)
            isWaitingDefined = isWaitingDefined && hasWaiting
            totalWaiting = SafeArithmetic.saturatingSum(totalWaiting, times.waiting)
        }

        func report(_ message: String) {
            violations.append(Violation(rule: .consistency, repID: route.repID, date: route.date, message: message))
        }

        let homeLeg = timing.legs[timing.legs.count - 1]
        if route.arrival != timing.finalArrival {
            report(
                "reported final arrival \(MessageFormat.clock(route.arrival)), but the rep reaches the end location at "
                    + "\(MessageFormat.clock(timing.finalArrival)), \(describe(homeLeg, breakLength: timing.breakLength))"
            )
        }

        if route.drivingTime != timing.drivingTime {
            report(
                "reported driving time \(MessageFormat.duration(route.drivingTime)), but the legs add up to "
                    + MessageFormat.duration(timing.drivingTime))
        }

        if !SafeArithmetic.isClose(route.distance, timing.distance) {
            report(
                "reported distance \(MessageFormat.number(route.distance)), but the legs add up to "
                    + MessageFormat.number(timing.distance))
        }

        let departure = SafeArithmetic.clamp(route.departure)
        let workingTime = timing.finalArrival - departure
        if route.workingTime != workingTime {
            report(
                "reported working time \(MessageFormat.duration(route.workingTime)), but departure "
                    + "\(MessageFormat.clock(departure)) to final arrival \(MessageFormat.clock(timing.finalArrival)) "
                    + "is \(MessageFormat.duration(workingTime))")
        }

        if isWaitingDefined, route.waitingTime != totalWaiting {
            report(
                "reported waiting time \(MessageFormat.duration(route.waitingTime)), but the stops' waiting adds up to "
                    + MessageFormat.duration(totalWaiting))
        }

        let load = stops.reduce(0.0) { $0 + ($1.customer?.demand ?? 0) }
        if !SafeArithmetic.isClose(route.load, load) {
            report(
                "reported load \(MessageFormat.number(route.load)), but the customers' demand adds up to "
                    + MessageFormat.number(load))
        }
    }

    /// Compares one stop's times and returns whether its waiting is defined.
    private func compareStop(
        _ resolved: ResolvedStop, times: RouteTiming.StopTimes, leg: RouteTiming.Leg, timing: RouteTiming,
        of route: DayRoute, into violations: inout [Violation]
    ) -> Bool {
        let stop = resolved.stop
        func report(_ message: String) {
            violations.append(
                Violation(
                    rule: .consistency, repID: route.repID, date: route.date, stopIndex: resolved.index,
                    subjectID: stop.appointmentID ?? stop.customerID, message: message))
        }

        if stop.arrival != times.arrival {
            report(
                "reported arrival \(MessageFormat.clock(stop.arrival)), but the rep arrives at "
                    + "\(MessageFormat.clock(times.arrival)), \(describe(leg, breakLength: timing.breakLength))")
        }

        if stop.setupDuration != times.setup {
            let reason =
                times.setup == 0
                ? "no setup is charged here"
                : "arriving from another site costs the customer's setup of \(MessageFormat.duration(times.setup))"
            report("reported setup \(MessageFormat.duration(stop.setupDuration)), but \(reason)")
        }

        if stop.serviceEnd != times.serviceEnd {
            report(
                "reported service end \(MessageFormat.clock(stop.serviceEnd)), but service from "
                    + "\(MessageFormat.clock(stop.serviceStart)) for \(MessageFormat.duration(resolved.serviceDuration)) "
                    + "ends at \(MessageFormat.clock(times.serviceEnd))")
        }

        guard times.slack >= 0 else {
            report(
                "service starts \(MessageFormat.clock(stop.serviceStart)) after \(MessageFormat.duration(times.setup)) "
                    + "of setup from \(MessageFormat.clock(times.setupStart)), but the rep arrives only at "
                    + MessageFormat.clock(times.arrival))
            return false
        }

        // A break at this stop that does not end by the setup start is the
        // break rule's finding, and no waiting time is right for the stop.
        guard !times.breakAtStop || timing.breakEnd <= times.setupStart else { return false }

        if stop.waitingTime != times.waiting {
            let breakNote =
                times.breakAtStop ? " minus the \(MessageFormat.duration(timing.breakLength)) break taken there" : ""
            report(
                "reported waiting \(MessageFormat.duration(stop.waitingTime)), but the rep waits "
                    + "\(MessageFormat.duration(times.waiting)) from arrival \(MessageFormat.clock(times.arrival)) "
                    + "to setup start \(MessageFormat.clock(times.setupStart))\(breakNote)")
        }
        return true
    }

    private func describe(_ leg: RouteTiming.Leg, breakLength: Int) -> String {
        var text = "leaving at \(MessageFormat.clock(leg.start)) and driving \(MessageFormat.duration(leg.travel))"
        if leg.breakOnRoad {
            text += " with a \(MessageFormat.duration(breakLength)) break on the road"
        }
        return text
    }
}
