import GiroModel
import GiroSchedule
import GiroTravel

/// A territory compiled for the solver: every location numbered, the travel
/// matrix computed once, one slot per rep and working day, and one task per
/// appointment, reservation or cadence visit.
struct PlanningProblem: Sendable {
    let territory: Territory
    let locations: [Location]
    let matrix: TravelMatrix
    let slots: [RouteSlot]
    let tasks: [VisitTask]
    /// For each task and slot, the index into the task's `options`, at
    /// `task * slots.count + slot`; -1 where the task may not use the slot.
    let optionTable: [Int32]
    /// Tasks that can use no slot at all, with the reason.
    let excluded: [UnplannedVisit]
    /// The reps' overnight rules: which nights may be spent away, and where.
    let overnight: OvernightTable

    /// Returns the index into a task's `options` for a slot, or nil when the
    /// task may not use the slot.
    @inline(__always)
    func optionIndex(task: Int, slot: Int) -> Int? {
        let index = Int(optionTable[task &* slots.count &+ slot])
        return index >= 0 ? index : nil
    }

    /// Horizon day of a date, 0-based.
    func dayIndex(of date: CalendarDate) -> Int {
        date.days(since: territory.horizon.start)
    }

    /// Driving time of a leg for the slot's rep, in seconds.
    @inline(__always)
    func travelTime(from: Int, to: Int, slot: RouteSlot) -> Int {
        matrix.time(from: from, to: to, speedFactor: slot.speedFactor)
    }
}

/// The input of the schedule evaluation for one slot's sequence, with the
/// totals that do not depend on timing.
struct RouteInput {
    var stops: [ScheduleStop]
    var day: ScheduleDay
    var drivingTime: Int
    var distance: Double
    var load: Double
}

