import GiroModel
import GiroSchedule

extension Planner {
    /// Turns the slots' sequences into a plan: times from the schedule
    /// evaluation, totals, the unplanned list and the objective.
    func makePlan(routes: [[Int]], failed: [Int]) -> Plan {
        var dayRoutes: [DayRoute] = []
        var visitDays: [Int: [CalendarDate]] = [:]
        var drivingCost = 0.0

        for (slotIndex, sequence) in routes.enumerated() where !sequence.isEmpty {
            let input = problem.routeInput(slot: slotIndex, sequence: sequence)
            guard let schedule = DayScheduleEvaluator.schedule(stops: input.stops, day: input.day) else {
                preconditionFailure("a route built from feasible insertions has no schedule")
            }
            drivingCost += problem.routeCost(input, isEmpty: false)
            dayRoutes.append(makeRoute(slot: slotIndex, sequence: sequence, input: input, schedule: schedule))
            for task in sequence {
                if let customer = problem.tasks[task].customerIndex {
                    visitDays[customer, default: []].append(problem.slots[slotIndex].date)
                }
            }
        }

        let unplanned = problem.excluded + failed.map { diagnose(task: $0, routes: routes) }
        let objective = drivingCost + cadenceCost(visitDays: visitDays)
        return Plan(
            territoryName: territory.name, horizon: territory.horizon, routes: dayRoutes, unplanned: unplanned,
            objective: objective)
    }

    private func makeRoute(slot slotIndex: Int, sequence: [Int], input: RouteInput, schedule: DaySchedule) -> DayRoute {
        let slot = problem.slots[slotIndex]
        var stops: [PlannedStop] = []
        for (position, taskIndex) in sequence.enumerated() {
            let task = problem.tasks[taskIndex]
            let timing = schedule.stops[position]
            let customer = task.customerIndex.map { territory.customers[$0] }
            var kind = PlannedStop.Kind.visit
            var appointmentID: String?
            var window: TimeWindow?

            if case .appointment(let index) = task.kind {
                kind = .appointment
                appointmentID = territory.appointments[index].id
                window = territory.appointments[index].window
            } else if let customer {
                window = customer.openingWindow(forServiceStartingAt: timing.serviceStart, on: slot.date.weekday)
            }

            stops.append(
                PlannedStop(
                    kind: kind, customerID: customer?.id, appointmentID: appointmentID, arrival: timing.arrival,
                    waitingTime: timing.waitingTime, setupDuration: input.stops[position].setupDuration,
                    serviceStart: timing.serviceStart, serviceEnd: timing.serviceEnd, window: window))
        }

        return DayRoute(
            repID: territory.reps[slot.repIndex].id, date: slot.date,
            startLocation: problem.locations[slot.startLocation], departure: schedule.departure, stops: stops,
            breakTaken: schedule.breakTaken, endLocation: problem.locations[slot.endLocation],
            arrival: schedule.arrival, drivingTime: schedule.drivingTime, distance: input.distance,
            workingTime: schedule.workingTime, waitingTime: schedule.waitingTime, load: input.load)
    }

    /// Computes the cadence term of the objective: for every customer with a cadence,
    /// `priority × (days / interval)²` over each segment of its timeline from
    /// the previous visit through the planned ones to the horizon end, times
    /// the cadence weight.
    func cadenceCost(visitDays: [Int: [CalendarDate]]) -> Double {
        var total = 0.0
        for (index, customer) in territory.customers.enumerated() {
            guard customer.cadenceDays != nil else { continue }
            let cadence = CadenceState(territory: territory, customer: customer)
            var segmentStart = cadence.segmentStart
            for date in (visitDays[index] ?? []).sorted() {
                total += cadence.segmentCost(from: segmentStart, to: date)
                segmentStart = date
            }
            total += cadence.segmentCost(from: segmentStart, to: territory.horizon.end)
        }
        return total * territory.settings.cadenceWeight
    }
}

extension CadenceState {
    /// `priority × (days / interval)²` for the segment between two dates.
    func segmentCost(from start: CalendarDate, to end: CalendarDate) -> Double {
        let ratio = Double(max(0, end.days(since: start))) / Double(interval)
        return priority * ratio * ratio
    }
}
