import GiroModel
import GiroTravel

extension PlanValidator {
    /// Recomputes the times of a route from its departure, its service starts
    /// and its break.
    ///
    /// The leg into stop j starts at the previous stop's recomputed service end
    /// (the departure for the first stop) and takes the rep's driving time. A
    /// break placed in that leg which starts before the rep would arrive is
    /// taken on the road and delays the arrival by its length. Otherwise it is
    /// taken at the stop while waiting. Setup is charged when the stop's site
    /// differs from the previous physical location. An appointment without a
    /// location costs no travel and no setup, and the next leg starts from the
    /// previous physical location.
    ///
    /// Returns nil, after reporting the failure, when a leg cannot be computed.
    ///
    /// - Complexity: O(n) legs of the travel model for n stops.
    func computeTiming(
        of route: DayRoute, stops: [ResolvedStop], rep: Rep, into violations: inout [Violation]
    ) -> RouteTiming? {
        let breakLeg = route.breakTaken.flatMap { RouteTiming.leg(of: $0.placement, stopCount: stops.count) }
        let breakStart = SafeArithmetic.clamp(route.breakTaken?.start ?? 0)
        let breakEnd = SafeArithmetic.clamp(route.breakTaken?.end ?? 0)
        let breakLength = max(0, breakEnd - breakStart)

        var timing = RouteTiming(
            legs: [], stops: [], finalArrival: 0, drivingTime: 0, distance: 0,
            breakLeg: breakLeg, breakLength: breakLength, breakEnd: breakEnd)
        var position = route.startLocation
        var clock = SafeArithmetic.clamp(route.departure)

        for resolved in stops {
            var travel = 0
            var distance = 0.0
            var setup = 0
            if let location = resolved.location {
                guard
                    let leg = driveOrReport(
                        from: position, to: location, rep: rep, route: route, stopIndex: resolved.index,
                        into: &violations)
                else {
                    return nil
                }
                travel = leg.seconds
                distance = leg.distance
                setup = PlanValidator.isSameSite(position, location) ? 0 : resolved.setupWhenCharged
                position = location
            }

            var arrival = clock + travel
            var breakOnRoad = false
            var breakAtStop = false
            if breakLeg == timing.legs.count {
                breakOnRoad = breakStart < arrival
                breakAtStop = !breakOnRoad
            }
            if breakOnRoad {
                arrival += breakLength
            }
            timing.legs.append(
                RouteTiming.Leg(
                    start: clock, travel: travel, distance: distance, arrival: arrival, breakOnRoad: breakOnRoad))

            let serviceStart = SafeArithmetic.clamp(resolved.stop.serviceStart)
            let setupStart = serviceStart - setup
            let slack = setupStart - arrival
            let serviceEnd = serviceStart + resolved.serviceDuration
            timing.stops.append(
                RouteTiming.StopTimes(
                    arrival: arrival, setup: setup, setupStart: setupStart, serviceEnd: serviceEnd, slack: slack,
                    waiting: slack - (breakAtStop ? breakLength : 0), breakAtStop: breakAtStop))
            timing.drivingTime = SafeArithmetic.saturatingSum(timing.drivingTime, travel)
            timing.distance += distance
            clock = serviceEnd
        }

        guard
            let home = driveOrReport(
                from: position, to: route.endLocation, rep: rep, route: route, stopIndex: nil, into: &violations)
        else {
            return nil
        }

        // A break placed after the last stop counts only when it starts before
        // the rep is home; one that starts later is reported as misplaced.
        var finalArrival = clock + home.seconds
        let breakOnRoad = breakLeg == timing.legs.count && breakStart < finalArrival
        if breakOnRoad {
            finalArrival += breakLength
        }
        timing.legs.append(
            RouteTiming.Leg(
                start: clock, travel: home.seconds, distance: home.distance, arrival: finalArrival,
                breakOnRoad: breakOnRoad))
        timing.drivingTime = SafeArithmetic.saturatingSum(timing.drivingTime, home.seconds)
        timing.distance += home.distance
        timing.finalArrival = finalArrival
        return timing
    }

    private func driveOrReport(
        from origin: Location, to destination: Location, rep: Rep, route: DayRoute, stopIndex: Int?,
        into violations: inout [Violation]
    ) -> (seconds: Int, distance: Double)? {
        do {
            return try drive(from: origin, to: destination, speedFactor: rep.speedFactor)
        } catch {
            let target = stopIndex.map { "stop \($0)" } ?? "the end location"
            violations.append(
                Violation(
                    rule: .consistency, repID: route.repID, date: route.date, stopIndex: stopIndex,
                    message: "travel from \(MessageFormat.location(origin)) to \(target) at "
                        + "\(MessageFormat.location(destination)) cannot be computed: \(error)"))
            return nil
        }
    }
}
