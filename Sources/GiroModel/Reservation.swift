/// A customer that must be visited within the horizon, on a day and at a
/// time the planner chooses.
public struct Reservation: Hashable, Sendable, Identifiable {
    public var id: String
    public var customerID: String

    public init(id: String, customerID: String) {
        self.id = id
        self.customerID = customerID
    }
}

/// A visit that took place before the horizon.
public struct PastVisit: Hashable, Sendable {
    public var customerID: String
    public var date: CalendarDate
    /// Start of the visit in seconds after midnight, when recorded.
    public var time: Int?

    public init(customerID: String, date: CalendarDate, time: Int? = nil) {
        self.customerID = customerID
        self.date = date
        self.time = time
    }
}
