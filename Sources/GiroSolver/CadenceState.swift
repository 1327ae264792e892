import GiroModel

/// A customer's cadence at the start of the horizon: when it was last seen,
/// from when it may be visited again, and when it is due.
struct CadenceState {
    /// Target days between visits.
    let interval: Int
    /// Start of the current timeline segment: the previous visit, or for a
    /// customer never visited, the day it becomes eligible.
    let segmentStart: CalendarDate
    /// Whether the customer was ever visited.
    let wasVisited: Bool
    /// Smallest elapsed ratio at which a visit is allowed.
    let dueAfter: Double
    /// First date on which a visit is allowed by the activation date.
    let activation: CalendarDate?
    let priority: Double

    /// - Precondition: the customer has a cadence.
    init(territory: Territory, customer: Customer) {
        precondition(customer.cadenceDays != nil, "cadence state of a manual customer")
        interval = max(1, customer.cadenceDays ?? 1)
        dueAfter = territory.dueAfter(of: customer)
        activation = customer.activationDate
        priority = customer.priority
        if let previous = territory.previousVisit(of: customer) {
            segmentStart = previous
            wasVisited = true
        } else {
            let start = territory.horizon.start
            segmentStart = customer.activationDate.map { max($0, start) } ?? start
            wasVisited = false
        }
    }

    /// The date by which the next visit is due.
    var dueDate: CalendarDate {
        segmentStart.adding(days: interval)
    }

    /// Elapsed ratio on `date`: days since the segment start over the interval.
    func elapsedRatio(on date: CalendarDate) -> Double {
        Double(date.days(since: segmentStart)) / Double(interval)
    }

    /// Returns whether the cadence allows a visit on `date`: the elapsed ratio has
    /// reached `dueAfter`, or the customer was never visited and is active.
    func allowsVisit(on date: CalendarDate) -> Bool {
        if let activation, date < activation {
            return false
        }
        guard wasVisited else { return date >= segmentStart }
        // A visit done on the first day of a re-plan rules out a second one.
        guard date > segmentStart else { return false }
        // A tolerance keeps 0.7 × 10 days = 7 days allowed despite rounding.
        return elapsedRatio(on: date) >= dueAfter - 1e-9
    }

    /// Minimum number of days between two visits, at least one: the
    /// smallest whole number of days whose elapsed ratio reaches `dueAfter`.
    var minimumGap: Int {
        // The tolerance matches `allowsVisit`: 0.7 × 10 days is 7 days.
        max(1, Int((dueAfter * Double(interval) - 1e-9).rounded(.up)))
    }

    /// Drop in `priority × Σ (segment days / interval)²` when a visit on
    /// `date` splits the segment that runs to `horizonEnd`.
    ///
    /// Splitting a segment of length a + b into a and b saves 2ab, so the
    /// benefit is `priority × 2 × a × b / interval²`.
    func benefitOfVisit(on date: CalendarDate, horizonEnd: CalendarDate) -> Double {
        let before = Double(max(0, date.days(since: segmentStart)))
        let after = Double(max(0, horizonEnd.days(since: date)))
        return priority * 2 * before * after / Double(interval * interval)
    }
}
