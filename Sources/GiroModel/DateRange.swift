/// A closed range of calendar days, both ends included.
public struct DateRange: Hashable, Sendable {
    public var first: CalendarDate
    public var last: CalendarDate

    /// - Precondition: `first <= last`.
    public init(first: CalendarDate, last: CalendarDate) {
        precondition(first <= last, "date range ends before it starts")
        self.first = first
        self.last = last
    }

    public func contains(_ date: CalendarDate) -> Bool {
        first <= date && date <= last
    }
}
