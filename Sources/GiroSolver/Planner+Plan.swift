import GiroModel
import GiroSchedule

extension Planner {
    /// Turns the slots' sequences into a plan: times from the schedule
    /// evaluation, totals, the unplanned list and the objective.
    ///
    /// - Parameters:
    ///   - nights: where each route starts and ends; nil when every night is
    ///     spent at home.
    func makePlan(routes: [[Int]], failed: [Int], nights: NightState? = nil) -> Plan {
        var dayRoutes: [DayRoute] = []
        var visitDays: [Int: [CalendarDate]] = [:]
        var drivingCost = 0.0
        var nightCost = 0.0

        for (slotIndex, sequence) in routes.enumerated() where !sequence.isEmpty {
            let slot = problem.slots[slotIndex]
            let start = nights?.startLocation[slotIndex] ?? slot.startLocation
            let end = nights?.endLocation[slotIndex] ?? slot.endLocation
            if nights?.isAway[slotIndex] == true {
                nightCost += territory.settings.nightCost
            }
            let input = problem.routeInput(slot: slotIndex, sequence: sequence, start: start, end: end)
            guard let schedule = DayScheduleEvaluator.schedule(stops: input.stops, day: input.day) else {
                preconditionFailure("a route built from feasible insertions has no schedule")
            }
            drivingCost += problem.routeCost(input, isEmpty: false)
            dayRoutes.append(
                makeRoute(
                    slot: slotIndex, sequence: sequence, input: input, schedule: schedule,
                    ends: (problem.locations[start], problem.locations[end])))
            for task in sequence {
                if let customer = problem.tasks[task].customerIndex {
                    visitDays[customer, default: []].append(problem.slots[slotIndex].date)
                }
            }
        }

        var unplanned = excludedEntriesStillUnplanned(visitDays: visitDays)
        for task in failed {
            let entry = diagnose(task: task, routes: routes)
            unplanned.append(entry)
            if let customerEntry = dueCustomerEntry(ofUnplannedReservation: task, entry: entry, visited: visitDays) {
                unplanned.append(customerEntry)
            }
        }
        let objective = drivingCost + nightCost + cadenceCost(visitDays: visitDays)
        return Plan(
            territoryName: territory.name, horizon: territory.horizon, routes: dayRoutes, unplanned: unplanned,
            objective: objective)
    }

    /// Returns the entries that the task builder excluded, less those that
    /// the plan visits anyway.
    ///
    /// The builder judges a customer or reservation without knowing which
    /// appointments the plan keeps. A kept appointment with the customer is
    /// its visit, so the customer's entry no longer holds, and neither does
    /// the entry of a reservation that the customer's stops fulfil. As in the
    /// validator, a customer's stops, and a visit done earlier on the first
    /// day of a re-plan, fulfil its reservations one each in territory order.
    private func excludedEntriesStillUnplanned(visitDays: [Int: [CalendarDate]]) -> [UnplannedVisit] {
        var stopsLeft: [String: Int] = [:]
        for (customerIndex, dates) in visitDays {
            stopsLeft[territory.customers[customerIndex].id, default: 0] += dates.count
        }
        let visitedCustomers = Set(stopsLeft.keys)
        for visit in territory.visitHistory where territory.isReplanning && visit.date == territory.horizon.start {
            stopsLeft[visit.customerID, default: 0] += 1
        }

        var fulfilled: Set<String> = []
        var seen: Set<String> = []
        for reservation in territory.reservations where seen.insert(reservation.id).inserted {
            guard let count = stopsLeft[reservation.customerID], count > 0 else { continue }
            stopsLeft[reservation.customerID] = count - 1
            fulfilled.insert(reservation.id)
        }

        return problem.excluded.filter { entry in
            switch entry.kind {
            case .customer: !visitedCustomers.contains(entry.id)
            case .reservation: !fulfilled.contains(entry.id)
            case .appointment: true
            }
        }
    }

    /// Returns the entry of a due customer whose reservation was not planned.
    ///
    /// A reservation is its customer's visit in the horizon, so the customer
    /// has no visit task of its own. When the reservation stays unplanned and
    /// the customer falls due within the horizon, the customer is unplanned
    /// too, for the same reason. Nil for any other task, and for a customer
    /// that the plan visits anyway, such as through an appointment.
    private func dueCustomerEntry(
        ofUnplannedReservation task: Int, entry: UnplannedVisit, visited: [Int: [CalendarDate]]
    ) -> UnplannedVisit? {
        guard case .reservation(let index) = problem.tasks[task].kind,
            let customerIndex = problem.tasks[task].customerIndex, visited[customerIndex] == nil
        else { return nil }
        let customer = territory.customers[customerIndex]
        guard (customer.cadenceDays ?? 0) > 0 else { return nil }
        let dueDate = CadenceState(territory: territory, customer: customer).dueDate
        guard dueDate < territory.horizon.end else { return nil }

        let reservationID = territory.reservations[index].id
        return UnplannedVisit(
            kind: .customer, id: customer.id, repID: entry.repID, reason: entry.reason,
            message: "Customer \(customer.id) is due on \(dueDate), and its reservation \(reservationID), which is "
                + "its visit in the horizon, is not planned: \(entry.message)")
    }

    private func makeRoute(
        slot slotIndex: Int, sequence: [Int], input: RouteInput, schedule: DaySchedule,
        ends: (start: Location, end: Location)
    ) -> DayRoute {
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
            startLocation: ends.start, departure: schedule.departure, stops: stops,
            breakTaken: schedule.breakTaken, endLocation: ends.end,
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
