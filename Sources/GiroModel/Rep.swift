/// A sales representative who visits customers from home.
public struct Rep: Hashable, Sendable, Identifiable {
    public var id: String
    public var name: String?
    /// The place where every day starts and ends unless a night is spent away.
    public var home: Location
    public var workingHours: WorkingHours
    /// Maximum working time of one day in seconds, from departure to final
    /// arrival, including driving, setup, service, waiting and the break.
    public var maximumWorkingTime: Int?
    /// Dates on which the rep does not work.
    public var daysOff: Set<CalendarDate>
    public var breakRule: BreakRule?
    public var overnightRule: OvernightRule?
    /// Multiplies driving speed: 1.25 drives a quarter faster than the travel
    /// model, so every driving time is divided by this factor. Positive.
    public var speedFactor: Double
    /// Load a route may carry; only used by benchmark families.
    public var capacity: Double?

    public init(
        id: String,
        name: String? = nil,
        home: Location,
        workingHours: WorkingHours,
        maximumWorkingTime: Int? = nil,
        daysOff: Set<CalendarDate> = [],
        breakRule: BreakRule? = nil,
        overnightRule: OvernightRule? = nil,
        speedFactor: Double = 1,
        capacity: Double? = nil
    ) {
        self.id = id
        self.name = name
        self.home = home
        self.workingHours = workingHours
        self.maximumWorkingTime = maximumWorkingTime
        self.daysOff = daysOff
        self.breakRule = breakRule
        self.overnightRule = overnightRule
        self.speedFactor = speedFactor
        self.capacity = capacity
    }

    /// Returns the working hours of `date`, or nil when the rep does not work then.
    public func workingHours(on date: CalendarDate) -> TimeWindow? {
        guard !daysOff.contains(date) else { return nil }
        return workingHours[date.weekday]
    }
}
