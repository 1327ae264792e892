/// A customer that a rep visits.
public struct Customer: Hashable, Sendable, Identifiable {
    public var id: String
    public var name: String?
    public var location: Location
    /// The rep who owns this customer. Nil lets any rep visit it: the only
    /// rep of a one-rep territory, or any vehicle of a benchmark fleet.
    public var repID: String?
    /// Length of one visit's service in seconds. Positive.
    public var visitDuration: Int
    /// Parking and signing in, in seconds, charged once per arrival from a
    /// different location. It may begin before a window opens.
    public var setupDuration: Int
    /// When a visit may take place, per weekday. `WeeklyWindows.always` when
    /// the customer gave no hours.
    public var openingHours: WeeklyWindows
    public var adherence: Adherence
    /// Soft windows that the planner prefers; visits outside them are allowed.
    public var preferredWindows: WeeklyWindows?
    /// Target days between two visits; nil for a manual customer, who is only
    /// visited through appointments and reservations.
    public var cadenceDays: Int?
    /// Date of the last visit before the horizon; nil when never visited.
    public var lastVisit: CalendarDate?
    /// Weight of this customer in the cadence cost; 1 is normal. Positive.
    public var priority: Double
    /// Date ranges with no visit allowed.
    public var blocks: [DateRange]
    /// First date on which a visit is allowed.
    public var activationDate: CalendarDate?
    /// Smallest elapsed ratio at which a visit is allowed (0 to 1); nil to use
    /// the territory's default.
    public var dueAfter: Double?
    /// Load of one visit; only used by benchmark families with capacity.
    public var demand: Double
    /// The allowed sets of visit dates in the horizon, such as "Monday and
    /// Thursday" or "weeks 1 and 3"; empty for a customer without patterns.
    ///
    /// A customer with patterns is visited exactly once on each date of one
    /// of them and never twice on one day. Every pattern has the same number
    /// of dates, no date twice, and only dates in the horizon; the planner
    /// skips a pattern with a date it cannot use. The visits are required
    /// like a reservation: when no pattern can be completed, the customer is
    /// reported unplanned and none of its pattern visits is planned. Such a
    /// customer has no cadence, so `cadenceDays` must be nil; the planner
    /// reports a customer with both as invalid data.
    public var visitPatterns: [[CalendarDate]]

    public init(
        id: String,
        name: String? = nil,
        location: Location,
        repID: String? = nil,
        visitDuration: Int,
        setupDuration: Int = 0,
        openingHours: WeeklyWindows = .always,
        adherence: Adherence = .start,
        preferredWindows: WeeklyWindows? = nil,
        cadenceDays: Int? = nil,
        lastVisit: CalendarDate? = nil,
        priority: Double = 1,
        blocks: [DateRange] = [],
        activationDate: CalendarDate? = nil,
        dueAfter: Double? = nil,
        demand: Double = 0,
        visitPatterns: [[CalendarDate]] = []
    ) {
        self.id = id
        self.name = name
        self.location = location
        self.repID = repID
        self.visitDuration = visitDuration
        self.setupDuration = setupDuration
        self.openingHours = openingHours
        self.adherence = adherence
        self.preferredWindows = preferredWindows
        self.cadenceDays = cadenceDays
        self.lastVisit = lastVisit
        self.priority = priority
        self.blocks = blocks
        self.activationDate = activationDate
        self.dueAfter = dueAfter
        self.demand = demand
        self.visitPatterns = visitPatterns
    }

    /// Returns the windows in which a visit's service may start on `weekday`.
    ///
    /// In `start` mode these are the opening windows themselves. In `entire`
    /// mode each window ends `visitDuration` earlier, and windows shorter than
    /// the visit disappear.
    public func serviceStartWindows(on weekday: Weekday) -> [TimeWindow] {
        let windows = openingHours[weekday]
        switch adherence {
        case .start:
            return windows
        case .entire:
            return windows.compactMap { window in
                guard window.length >= visitDuration else { return nil }
                return TimeWindow(start: window.start, end: window.end - visitDuration)
            }
        }
    }

    /// Returns the opening window that a service starting at `start` on
    /// `weekday` uses: the first that contains the start in `start` mode, or
    /// the whole service in `entire` mode. Nil when none does.
    public func openingWindow(forServiceStartingAt start: Int, on weekday: Weekday) -> TimeWindow? {
        openingHours[weekday].first { window in
            switch adherence {
            case .start:
                return window.contains(start)
            case .entire:
                return window.start <= start && start + visitDuration <= window.end
            }
        }
    }

    /// Returns whether a date falls inside one of the customer's blocks.
    public func isBlocked(on date: CalendarDate) -> Bool {
        blocks.contains { $0.contains(date) }
    }
}

/// The rule by which a visit fits a customer's opening window.
public enum Adherence: String, Hashable, Sendable, CaseIterable {
    /// The service starts inside a window and may run past its end.
    case start
    /// The whole service lies inside one window.
    case entire
}
