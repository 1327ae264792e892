import GiroModel

/// One rep's working day in the horizon: a route the planner may fill.
struct RouteSlot: Sendable {
    var repIndex: Int
    var date: CalendarDate
    /// Day of the horizon, 0-based.
    var dayIndex: Int
    /// Index of the start location in the problem's location table.
    var startLocation: Int
    var endLocation: Int
    /// Earliest departure and latest arrival in seconds after midnight,
    /// before any appointment extends them.
    var workingHours: TimeWindow
    /// The re-plan's start time on the first day, in seconds after
    /// midnight: no departure before it, not even for an appointment.
    var replanStart: Int?
    var maximumWorkingTime: Int?
    var breakRule: BreakRule?
    var speedFactor: Double
    var capacity: Double?
    /// Slots with the same class are interchangeable while empty: same date,
    /// start, end, hours and limits. Insertion tries only one empty slot per
    /// class.
    var equivalenceClass: Int
}
