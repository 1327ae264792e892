import GiroModel

extension PlanValidator {
    /// Checks the route's break against the rep's break rule and the stops.
    ///
    /// A break is required when the route departs before `frame.start +
    /// duration` and returns after `frame.end − duration`, because the rep
    /// could not take it at home. A required break must be placed inside the
    /// route. Any reported break must last the rule's duration, lie inside the
    /// frame, start at or after the end of the service before it (or the
    /// departure) and overlap no setup or service. A break before departure
    /// ends by the departure, and one after arrival starts at or after the
    /// final arrival. Without a break rule only the placement is checked.
    ///
    /// - Complexity: O(n) for n stops.
    func checkBreak(
        of route: DayRoute, rep: Rep, stops: [ResolvedStop], timing: RouteTiming, into violations: inout [Violation]
    ) {
        let rule = territory.breakRule(of: rep, on: route.date)
        checkRequiredBreak(of: route, rule: rule, timing: timing, into: &violations)

        guard let taken = route.breakTaken else { return }

        let start = SafeArithmetic.clamp(taken.start)
        let end = SafeArithmetic.clamp(taken.end)
        let span = "\(MessageFormat.clock(start))–\(MessageFormat.clock(end))"
        var stopIndex: Int?
        if case .afterStop(let index) = taken.placement, index >= 0, index < stops.count {
            stopIndex = index
        }
        func report(_ message: String, at index: Int?) {
            violations.append(
                Violation(rule: .breakRule, repID: route.repID, date: route.date, stopIndex: index, message: message))
        }

        if end < start {
            report(
                "break ends \(MessageFormat.clock(end)), before it starts \(MessageFormat.clock(start))", at: stopIndex)
        } else if let rule, end - start != rule.duration {
            report(
                "break \(span) lasts \(MessageFormat.duration(end - start)), but the rule requires "
                    + MessageFormat.duration(rule.duration), at: stopIndex)
        }

        if let frame = rule?.frame {
            if start < frame.start {
                report("break \(span) starts before the frame \(MessageFormat.window(frame)) opens", at: stopIndex)
            }
            if end > frame.end {
                report("break \(span) ends after the frame \(MessageFormat.window(frame)) closes", at: stopIndex)
            }
        }

        switch taken.placement {
        case .beforeDeparture:
            let departure = SafeArithmetic.clamp(route.departure)
            if end > departure {
                report(
                    "break \(span) is placed before departure but ends after the departure "
                        + MessageFormat.clock(departure), at: stopIndex)
            }
        case .afterArrival:
            if start < timing.finalArrival {
                report(
                    "break \(span) is placed after arrival but starts before the final arrival "
                        + MessageFormat.clock(timing.finalArrival), at: stopIndex)
            }
        case .afterStop(let index) where stopIndex == nil:
            report("break is placed after stop \(index), but the route has \(stops.count) stops", at: stopIndex)
        case .beforeFirstStop, .afterStop:
            guard let leg = timing.breakLeg else { return }
            let fits = checkBreakInLeg(leg, start: start, end: end, span: span, timing: timing, report: report)
            if fits {
                checkBreakOverlap(start: start, end: end, span: span, timing: timing, report: report)
            }
        }
    }

    private func checkRequiredBreak(
        of route: DayRoute, rule: BreakRule?, timing: RouteTiming, into violations: inout [Violation]
    ) {
        guard let rule else { return }

        let departure = SafeArithmetic.clamp(route.departure)
        let duration = SafeArithmetic.clamp(rule.duration)
        let latestDeparture = SafeArithmetic.clamp(rule.frame.start) + duration
        let earliestReturn = SafeArithmetic.clamp(rule.frame.end) - duration
        guard departure < latestDeparture, timing.finalArrival > earliestReturn, timing.breakLeg == nil else { return }

        let placed = route.breakTaken == nil ? "the route has no break" : "the break is not placed inside the route"
        violations.append(
            Violation(
                rule: .breakRule, repID: route.repID, date: route.date,
                message: "a break of \(MessageFormat.duration(duration)) is required because the route departs "
                    + "\(MessageFormat.clock(departure)), before \(MessageFormat.clock(latestDeparture)), and returns "
                    + "\(MessageFormat.clock(timing.finalArrival)), after \(MessageFormat.clock(earliestReturn)), "
                    + "but \(placed)"))
    }

    /// Checks a break placed in leg `leg` against the leg's start and the next
    /// stop's setup. Returns whether the break fits its leg.
    private func checkBreakInLeg(
        _ leg: Int, start: Int, end: Int, span: String, timing: RouteTiming, report: (String, Int?) -> Void
    ) -> Bool {
        let legTimes = timing.legs[leg]
        let isHomeLeg = leg == timing.stops.count

        guard start >= legTimes.start else {
            if leg == 0 {
                report("break \(span) starts before the departure \(MessageFormat.clock(legTimes.start))", nil)
            } else {
                report(
                    "break \(span) starts before the service of stop \(leg - 1) ends at "
                        + MessageFormat.clock(legTimes.start), leg - 1)
            }
            return false
        }

        guard !legTimes.breakOnRoad else { return true }

        if isHomeLeg {
            report(
                "break \(span) is placed after the last stop but starts at or after the final arrival "
                    + "\(MessageFormat.clock(legTimes.arrival)), so its placement must be afterArrival", leg - 1)
            return false
        }

        let setupStart = timing.stops[leg].setupStart
        guard end <= setupStart else {
            report(
                "break \(span) is taken while waiting at stop \(leg) but ends after its setup starts at "
                    + MessageFormat.clock(setupStart), leg)
            return false
        }
        return true
    }

    private func checkBreakOverlap(
        start: Int, end: Int, span: String, timing: RouteTiming, report: (String, Int?) -> Void
    ) {
        for (index, times) in timing.stops.enumerated() where start < times.serviceEnd && end > times.setupStart {
            report(
                "break \(span) overlaps the setup and service of stop \(index) "
                    + "(\(MessageFormat.clock(times.setupStart))–\(MessageFormat.clock(times.serviceEnd)))", index)
            return
        }
    }
}
