import GiroModel
import GiroSchedule

extension Planner {
    /// Explains a customer's standing in a plan of this planner's
    /// territory: whether and when it is visited, why not, when it is next
    /// due, and the cheapest other day for a visit.
    ///
    /// The cheapest day is found by trying the customer at every position
    /// of each candidate day's route in `plan`, as the routes are, with the
    /// full schedule evaluation. For a customer with one planned visit the
    /// visit moves there, so the saving on its own day counts too. A
    /// customer whose plan has an appointment or several visits gets none,
    /// and so does one whose visit patterns have several dates, because
    /// one day alone does not make its pattern.
    /// Days whose route contains stops that this territory does not know,
    /// such as those of a plan of another territory, are skipped.
    ///
    /// - Returns: nil when the territory has no customer `customerID`.
    /// - Complexity: O(D·n²) for D candidate days and n stops a route.
    public func explain(customerID: String, in plan: Plan) -> CustomerExplanation? {
        guard let customerIndex = territory.customers.firstIndex(where: { $0.id == customerID }) else {
            return nil
        }
        let customer = territory.customers[customerIndex]

        var visits: [CustomerExplanation.Visit] = []
        for route in plan.routes {
            for stop in route.stops where stop.customerID == customerID {
                visits.append(
                    CustomerExplanation.Visit(
                        repID: route.repID, date: route.date, serviceStart: stop.serviceStart,
                        isAppointment: stop.kind == .appointment))
            }
        }
        visits.sort { ($0.date, $0.serviceStart) < ($1.date, $1.serviceStart) }

        let reservationIDs = territory.reservations.filter { $0.customerID == customerID }.map(\.id)
        let entry =
            plan.unplanned.first { $0.kind == .customer && $0.id == customerID }
            ?? plan.unplanned.first { $0.kind == .reservation && reservationIDs.contains($0.id) }
        let cadence = customer.cadenceDays.map { _ in CadenceState(territory: territory, customer: customer) }
        let eligibleFrom = cadence.map(eligibleDate)
        let task = problem.tasks.firstIndex { task in
            guard task.customerIndex == customerIndex else { return false }
            if case .appointment = task.kind { return false }
            return true
        }

        let status: CustomerExplanation.Status
        if !visits.isEmpty {
            status = .planned
        } else if let entry {
            status = .unplanned(entry)
        } else if territory.isVisitedBeforeReplan(customerID: customerID) {
            status = .visitedBeforeReplan
        } else if cadence == nil {
            status = .manual
        } else if let eligibleFrom, eligibleFrom >= territory.horizon.end {
            status = .notYetEligible
        } else if task == nil {
            status = .noDayAvailable
        } else {
            status = .notDue
        }

        var cheapest: CustomerExplanation.DayCost?
        if let task, problem.tasks[task].visitPatterns.allSatisfy({ $0.count <= 1 }) {
            if visits.isEmpty {
                cheapest = cheapestDay(for: task, in: plan, movingFrom: nil)
            } else if visits.count == 1, !visits[0].isAppointment {
                cheapest = cheapestDay(for: task, in: plan, movingFrom: visits[0])
            }
        }
        return CustomerExplanation(
            customerID: customerID, repID: customer.repID, status: status, visits: visits,
            cadenceDays: customer.cadenceDays, lastVisit: territory.previousVisit(of: customer),
            dueDate: cadence?.dueDate, eligibleFrom: eligibleFrom,
            candidateDays: task.map { problem.tasks[$0].options.count } ?? 0, reservationIDs: reservationIDs,
            cheapestDay: cheapest)
    }

    /// Returns the first date on which the cadence allows a visit, looking
    /// at most ten years past the start of the current segment.
    private func eligibleDate(_ cadence: CadenceState) -> CalendarDate {
        var date = cadence.segmentStart
        for _ in 0..<3_660 where !cadence.allowsVisit(on: date) {
            date = date.adding(days: 1)
        }
        return date
    }

    /// The driving cost, driving time and cadence benefit that leaving a
    /// planned visit's day saves, or nil when the route without it cannot
    /// be timed.
    private struct Removal {
        var date: CalendarDate
        var costSaved: Double
        var drivingSaved: Int
        var benefitLost: Double
    }

    /// Tries task `taskIndex` at every position of each of its candidate
    /// days' routes in `plan` and returns the cheapest feasible day. With
    /// `visit`, the task is planned there and moves, so its own day is
    /// skipped and its removal counts.
    private func cheapestDay(
        for taskIndex: Int, in plan: Plan, movingFrom visit: CustomerExplanation.Visit?
    ) -> CustomerExplanation.DayCost? {
        let task = problem.tasks[taskIndex]
        var removal: Removal?
        if let visit {
            removal = self.removal(of: taskIndex, visit: visit, in: plan)
            guard removal != nil else { return nil }
        }

        var best: CustomerExplanation.DayCost?
        for option in task.options {
            let slot = problem.slots[option.slot]
            guard slot.date != visit?.date else { continue }
            let repID = territory.reps[slot.repIndex].id
            guard let sequence = sequence(of: plan, repID: repID, date: slot.date) else { continue }
            let ends = self.ends(of: plan, slot: option.slot)
            let before = problem.routeInput(slot: option.slot, sequence: sequence, start: ends.start, end: ends.end)
            let costBefore = problem.routeCost(before, isEmpty: sequence.isEmpty)

            for position in 0...sequence.count {
                var candidate = sequence
                candidate.insert(taskIndex, at: position)
                let input = problem.routeInput(slot: option.slot, sequence: candidate, start: ends.start, end: ends.end)
                guard problem.fitsCapacity(slot: option.slot, load: input.load),
                    case .success = DayScheduleEvaluator.evaluate(stops: input.stops, day: input.day)
                else { continue }

                let change =
                    problem.routeCost(input, isEmpty: false) - costBefore - task.cadenceBenefitByDay[slot.dayIndex]
                    - (removal?.costSaved ?? 0) + (removal?.benefitLost ?? 0)
                guard change < best?.objectiveChange ?? .infinity else { continue }
                best = CustomerExplanation.DayCost(
                    repID: repID, date: slot.date, movedFrom: removal?.date,
                    extraDrivingTime: input.drivingTime - before.drivingTime - (removal?.drivingSaved ?? 0),
                    objectiveChange: change)
            }
        }
        return best
    }

    /// Returns what taking the planned visit out of its route saves.
    private func removal(of taskIndex: Int, visit: CustomerExplanation.Visit, in plan: Plan) -> Removal? {
        guard let slotIndex = slotIndex(repID: visit.repID, date: visit.date),
            let sequence = sequence(of: plan, repID: visit.repID, date: visit.date),
            let position = sequence.firstIndex(of: taskIndex)
        else { return nil }

        var without = sequence
        without.remove(at: position)
        let ends = self.ends(of: plan, slot: slotIndex)
        let with = problem.routeInput(slot: slotIndex, sequence: sequence, start: ends.start, end: ends.end)
        let input = problem.routeInput(slot: slotIndex, sequence: without, start: ends.start, end: ends.end)
        guard case .success = DayScheduleEvaluator.evaluate(stops: input.stops, day: input.day) else { return nil }
        return Removal(
            date: visit.date,
            costSaved: problem.routeCost(with, isEmpty: false) - problem.routeCost(input, isEmpty: without.isEmpty),
            drivingSaved: with.drivingTime - (without.isEmpty ? 0 : input.drivingTime),
            benefitLost: problem.tasks[taskIndex].cadenceBenefitByDay[problem.slots[slotIndex].dayIndex])
    }

    /// Returns where a slot's route in `plan` starts and ends, as indices
    /// into the location table: the place of a night away before or after
    /// the day, else the slot's own start and end.
    ///
    /// NOTE: a visit tried at the end of a day that ends away keeps the
    /// day's end, although the overnight rule may call for another hotel
    /// after it.
    private func ends(of plan: Plan, slot slotIndex: Int) -> (start: Int, end: Int) {
        let slot = problem.slots[slotIndex]
        let repID = territory.reps[slot.repIndex].id
        guard let route = plan.routes.first(where: { $0.repID == repID && $0.date == slot.date }) else {
            return (slot.startLocation, slot.endLocation)
        }
        let start = problem.locations.firstIndex(of: route.startLocation) ?? slot.startLocation
        let end = problem.locations.firstIndex(of: route.endLocation) ?? slot.endLocation
        return (start, end)
    }

    private func slotIndex(repID: String, date: CalendarDate) -> Int? {
        problem.slots.firstIndex { territory.reps[$0.repIndex].id == repID && $0.date == date }
    }

    /// Returns the plan's route of a rep day as task indices: an empty
    /// sequence when the plan has no route that day, and nil when a stop
    /// matches no task of this territory on that day.
    private func sequence(of plan: Plan, repID: String, date: CalendarDate) -> [Int]? {
        guard let route = plan.routes.first(where: { $0.repID == repID && $0.date == date }) else { return [] }
        guard let slotIndex = slotIndex(repID: repID, date: date) else { return nil }

        var sequence: [Int] = []
        for stop in route.stops {
            let match = problem.tasks.indices.first { index in
                let task = problem.tasks[index]
                guard problem.optionIndex(task: index, slot: slotIndex) != nil else { return false }
                switch task.kind {
                case .appointment(let appointment):
                    return stop.kind == .appointment && territory.appointments[appointment].id == stop.appointmentID
                case .reservation, .cadenceVisit, .patternVisit:
                    return stop.kind == .visit && task.customerIndex.map { territory.customers[$0].id } == stop.customerID
                }
            }
            guard let match else { return nil }
            sequence.append(match)
        }
        return sequence
    }
}
