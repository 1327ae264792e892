import GiroModel
import GiroSchedule

extension Planner {
    /// Explains why a task that had candidate days was not placed.
    ///
    /// The task is tried alone on each candidate day. If it fits alone
    /// somewhere, the days were taken by other work: an appointment
    /// conflict for appointments, no time left otherwise. If it never fits
    /// alone, the failure names the rule: opening hours outside working
    /// hours, a drive too long for a day trip, or the working day itself.
    func diagnose(task taskIndex: Int, routes: [[Int]]) -> UnplannedVisit {
        let task = problem.tasks[taskIndex]
        let (kind, id) = identity(of: task)
        let repIndex = task.options.first.map { problem.slots[$0.slot].repIndex }
        let repID = repIndex.map { territory.reps[$0].id }
        let subject = "\(kind.rawValue.prefix(1).uppercased())\(kind.rawValue.dropFirst()) \(id)"

        var fitsAloneOn: [CalendarDate] = []
        var fitsAloneSlots: [Int] = []
        var failures: [ScheduleInfeasibility] = []
        var overCapacity = false
        for option in task.options {
            let input = problem.routeInput(slot: option.slot, sequence: [taskIndex])
            guard problem.fitsCapacity(slot: option.slot, load: input.load) else {
                overCapacity = true
                continue
            }
            switch DayScheduleEvaluator.evaluate(stops: input.stops, day: input.day) {
            case .success:
                fitsAloneOn.append(problem.slots[option.slot].date)
                fitsAloneSlots.append(option.slot)
            case .failure(let failure):
                failures.append(failure.reason)
            }
        }

        let days = task.options.map { problem.slots[$0.slot].date.description }
        let dayList = days.count > 3 ? "\(days[0]) to \(days[days.count - 1])" : days.joined(separator: ", ")

        if !fitsAloneOn.isEmpty {
            if task.kind == .patternVisit {
                return UnplannedVisit(
                    kind: kind, id: id, repID: repID, reason: .noTimeLeft,
                    message: "\(subject) needs one visit on each date of one of its visit patterns, but no pattern "
                        + "has room on every one of its dates among \(dayList).")
            }
            if case .appointment(let index) = task.kind {
                let others = conflictingAppointments(with: index, on: fitsAloneOn)
                let names =
                    others.isEmpty
                    ? "other appointments, which rank higher"
                    : others.count == 1
                        ? "appointment \(others[0]), which ranks higher"
                        : "appointments \(others.joined(separator: ", ")), which rank higher"
                return UnplannedVisit(
                    kind: kind, id: id, repID: repID, reason: .appointmentConflict,
                    message: "\(subject) conflicts with \(names).")
            }
            if let blockers = blockingAppointments(task: taskIndex, slots: fitsAloneSlots, routes: routes) {
                let names = blockers.count == 1 ? "appointment \(blockers[0])" : "appointments \(blockers.joined(separator: ", "))"
                return UnplannedVisit(
                    kind: kind, id: id, repID: repID, reason: .appointmentConflict,
                    message: "\(subject) conflicts with \(names) on every day it could take.")
            }
            return UnplannedVisit(
                kind: kind, id: id, repID: repID, reason: .noTimeLeft,
                message: "\(subject) fits alone on \(dayList), but those days are full with higher-ranked work.")
        }

        if overCapacity && failures.isEmpty {
            return UnplannedVisit(
                kind: kind, id: id, repID: repID, reason: .noTimeLeft,
                message: "\(subject) needs more capacity than a route carries.")
        }

        let (reason, cause) = aloneFailureCause(task: task, failures: failures)
        return UnplannedVisit(
            kind: kind, id: id, repID: repID, reason: reason, message: "\(subject) cannot be planned on \(dayList): \(cause).")
    }

    /// Names the rule that keeps a task out of every candidate day even alone.
    ///
    /// The checks run from the plainest cause to the subtlest. First comes a
    /// visit longer than the working day, then a drive there and back that
    /// does not fit, then opening windows out of reach within working hours,
    /// then the break, and last the working day in general.
    private func aloneFailureCause(task: VisitTask, failures: [ScheduleInfeasibility]) -> (UnplannedReason, String) {
        guard let first = task.options.first?.slot else {
            return (.noTimeLeft, "no working day is left")
        }
        let slot = problem.slots[first]
        var available = slot.workingHours.length
        if let limit = slot.maximumWorkingTime {
            available = min(available, limit)
        }
        let work = task.serviceDuration + task.setupDuration
        if work > available, task.appointmentWindow == nil {
            return (.noTimeLeft, "the visit alone takes \(work / 60) min, more than the \(available / 60) min working day")
        }

        if task.appointmentWindow == nil, let location = task.location {
            let roundTrip =
                problem.travelTime(from: slot.startLocation, to: location, slot: slot)
                + problem.travelTime(from: location, to: slot.endLocation, slot: slot)
            if roundTrip + work > available {
                return (
                    .tooFarForDayTrip,
                    "driving there and back takes \(roundTrip / 60) min, which with the visit exceeds the "
                        + "\(available / 60) min working day, and no night away is planned"
                )
            }
            if !task.options.contains(where: { hasReachableWindow(task: task, option: $0, location: location) }) {
                return (.closedOnEveryDay, "it is open only at times the rep cannot be there within working hours")
            }
        }

        if failures.contains(.breakRule) {
            return (.noTimeLeft, "the break leaves no room for it")
        }
        return (.noTimeLeft, "it does not fit the working hours or the maximum working time")
    }

    /// Returns whether some start window of the option can be reached after
    /// leaving at the working start and still allows the return by its end.
    private func hasReachableWindow(task: VisitTask, option: SlotOption, location: Int) -> Bool {
        let slot = problem.slots[option.slot]
        let earliest = slot.workingHours.start + problem.travelTime(from: slot.startLocation, to: location, slot: slot)
            + task.setupDuration
        let latest = slot.workingHours.end - problem.travelTime(from: location, to: slot.endLocation, slot: slot)
            - task.serviceDuration
        return option.startWindows.contains { max($0.start, earliest) <= min($0.end, latest) }
    }

    /// Returns the ids of the appointments that leave no room for the task on
    /// any of `slots`, or nil when some slot would take it beside them.
    private func blockingAppointments(task taskIndex: Int, slots: [Int], routes: [[Int]]) -> [String]? {
        var blockers: [String] = []
        for slot in slots {
            let appointments = routes[slot].filter {
                if case .appointment = problem.tasks[$0].kind { true } else { false }
            }
            guard !appointments.isEmpty else { return nil }

            for position in 0...appointments.count {
                var sequence = appointments
                sequence.insert(taskIndex, at: position)
                let input = problem.routeInput(slot: slot, sequence: sequence)
                if DayScheduleEvaluator.isFeasible(stops: input.stops, day: input.day) {
                    return nil
                }
            }
            for task in appointments {
                if case .appointment(let index) = problem.tasks[task].kind {
                    blockers.append(territory.appointments[index].id)
                }
            }
        }
        return blockers.isEmpty ? nil : blockers
    }

    private func identity(of task: VisitTask) -> (UnplannedVisit.Kind, String) {
        switch task.kind {
        case .appointment(let index):
            return (.appointment, territory.appointments[index].id)
        case .reservation(let index):
            return (.reservation, territory.reservations[index].id)
        case .cadenceVisit, .patternVisit:
            return (.customer, task.customerIndex.map { territory.customers[$0].id } ?? "?")
        }
    }

    /// Returns the ids of the appointments that rank before `index` and may
    /// fall on the given dates.
    private func conflictingAppointments(with index: Int, on dates: [CalendarDate]) -> [String] {
        let appointment = territory.appointments[index]
        return territory.appointments.enumerated().compactMap { other, candidate in
            guard other != index,
                candidate.rank < appointment.rank || (candidate.rank == appointment.rank && other < index),
                candidate.candidateDates().contains(where: dates.contains)
            else { return nil }
            return candidate.id
        }
    }
}
