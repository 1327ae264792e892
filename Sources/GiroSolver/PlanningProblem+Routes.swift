import GiroModel
import GiroSchedule

extension PlanningProblem {
    /// Builds the schedule-evaluation input for a slot's sequence of tasks,
    /// with the totals that do not depend on timing.
    ///
    /// A task without a location is held where the rep is; setup is charged
    /// only on arrival from a different location. Appointments outside the
    /// working hours extend the day to cover them.
    ///
    /// - Complexity: O(n) for n tasks.
    func routeInput(slot slotIndex: Int, sequence: [Int]) -> RouteInput {
        let slot = slots[slotIndex]
        return routeInput(slot: slotIndex, sequence: sequence, start: slot.startLocation, end: slot.endLocation)
    }

    /// Builds the schedule-evaluation input for a slot's sequence that
    /// starts and ends at the given locations instead of the slot's own,
    /// such as a hotel after or before a night away.
    ///
    /// - Parameters:
    ///   - start: index of the start location in the location table.
    ///   - end: index of the end location in the location table.
    /// - Complexity: O(n) for n tasks.
    func routeInput(slot slotIndex: Int, sequence: [Int], start: Int, end: Int) -> RouteInput {
        let slot = slots[slotIndex]
        var earliestDeparture = slot.workingHours.start
        var latestArrival = slot.workingHours.end
        var previous = start
        var drivingTime = 0
        var distance = 0.0
        var load = 0.0
        var stops: [ScheduleStop] = []
        stops.reserveCapacity(sequence.count)

        for taskIndex in sequence {
            let task = tasks[taskIndex]
            let location = task.location ?? previous
            let travel = travelTime(from: previous, to: location, slot: slot)
            drivingTime += travel
            distance += matrix.distance(from: previous, to: location)
            load += task.demand

            if let window = task.appointmentWindow {
                // The day widens just enough to keep the appointment: to its
                // latest start less setup and the drive in, and to its
                // earliest end plus the drive home. A call needs no drive.
                let inbound = task.location.map { travelTime(from: start, to: $0, slot: slot) } ?? 0
                let outbound = task.location.map { travelTime(from: $0, to: end, slot: slot) } ?? 0
                let latestStart = window.end - task.serviceDuration
                earliestDeparture = min(earliestDeparture, latestStart - task.setupDuration - inbound)
                latestArrival = max(latestArrival, window.start + task.serviceDuration + outbound)
            }

            let optionNumber = Int(optionTable[taskIndex &* slots.count &+ slotIndex])
            precondition(optionNumber >= 0, "a route holds a task on a slot it may not use")
            let option = task.options[optionNumber]
            stops.append(
                ScheduleStop(
                    travelTime: travel, setupDuration: location == previous ? 0 : task.setupDuration,
                    serviceDuration: task.serviceDuration, startWindows: option.startWindows))
            previous = location
        }

        if let replanStart = slot.replanStart {
            earliestDeparture = max(earliestDeparture, replanStart)
        }

        let returnTravel = travelTime(from: previous, to: end, slot: slot)
        drivingTime += returnTravel
        distance += matrix.distance(from: previous, to: end)

        let day = ScheduleDay(
            earliestDeparture: earliestDeparture, latestArrival: latestArrival,
            maximumWorkingTime: slot.maximumWorkingTime, breakRule: slot.breakRule, returnTravelTime: returnTravel)
        return RouteInput(stops: stops, day: day, drivingTime: drivingTime, distance: distance, load: load)
    }

    /// Cost of a route's driving under the territory's weights; zero for an
    /// empty route.
    func routeCost(_ input: RouteInput, isEmpty: Bool) -> Double {
        guard !isEmpty else { return 0 }
        let settings = territory.settings
        return settings.drivingTimeWeight * Double(input.drivingTime) + settings.distanceWeight * input.distance
            + settings.routeWeight
    }

    /// Returns the objective's arc cost of one leg in a slot, without the
    /// route weight: `drivingTimeWeight` × time in seconds + `distanceWeight`
    /// × distance in metres (instance units for planar benchmarks).
    func arcCost(from: Int, to: Int, slot: RouteSlot) -> Double {
        let settings = territory.settings
        return settings.drivingTimeWeight * Double(travelTime(from: from, to: to, slot: slot))
            + settings.distanceWeight * matrix.distance(from: from, to: to)
    }

    /// Returns whether the slot's capacity admits `load`.
    func fitsCapacity(slot: Int, load: Double) -> Bool {
        guard let capacity = slots[slot].capacity else { return true }
        return load <= capacity + 1e-9
    }
}
