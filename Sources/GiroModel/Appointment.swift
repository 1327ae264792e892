/// A meeting that the plan must keep: with a customer, at an address, or
/// without a location (a phone call, or a blocked period).
///
/// A fixed appointment's window is exactly as long as its duration. Flexible
/// ones leave the planner the time on one day, or any working day of one
/// week. Appointments are never dropped silently: a conflict is reported.
public struct Appointment: Hashable, Sendable, Identifiable {
    public var id: String
    public var repID: String?
    /// The customer met, if any; the visit then happens at its location.
    public var customerID: String?
    /// An address for an appointment without a customer; nil with neither
    /// means the appointment has no location and the rep stays where they are.
    public var location: Location?
    public var kind: Kind
    /// Earliest start and latest end in seconds after midnight of the day.
    /// For `inWeek` appointments these clock times apply on every working day.
    public var window: TimeWindow
    /// Length in seconds; at most the window's length.
    public var duration: Int

    public enum Kind: Hashable, Sendable {
        /// On `date`, at exactly the window.
        case fixed(date: CalendarDate)
        /// On `date`, anywhere in the window.
        case onDay(date: CalendarDate)
        /// On any working day of the ISO week that starts on `weekStart`.
        case inWeek(weekStart: CalendarDate)
    }

    public init(
        id: String,
        repID: String? = nil,
        customerID: String? = nil,
        location: Location? = nil,
        kind: Kind,
        window: TimeWindow,
        duration: Int
    ) {
        self.id = id
        self.repID = repID
        self.customerID = customerID
        self.location = location
        self.kind = kind
        self.window = window
        self.duration = duration
    }

    /// The rank used to settle conflicts: lower ranks are planned first.
    public var rank: Int {
        switch kind {
        case .fixed: 0
        case .onDay: 1
        case .inWeek: 2
        }
    }

    /// Returns the dates on which the appointment may take place.
    public func candidateDates() -> [CalendarDate] {
        switch kind {
        case .fixed(let date), .onDay(let date):
            return [date]
        case .inWeek(let weekStart):
            return (0..<7).map { weekStart.startOfWeek.adding(days: $0) }
        }
    }

    /// The window of clock times in which the appointment may start.
    public var startWindow: TimeWindow {
        TimeWindow(start: window.start, end: max(window.start, window.end - duration))
    }
}
