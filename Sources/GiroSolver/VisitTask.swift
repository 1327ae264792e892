import GiroModel

/// Something the planner may place on a route: an appointment, a reservation,
/// a cadence visit or a pattern visit of a customer.
struct VisitTask: Sendable {
    enum Kind: Hashable, Sendable {
        case appointment(Int)
        case reservation(Int)
        case cadenceVisit
        /// One of the visits of a customer with visit patterns.
        case patternVisit
    }

    var kind: Kind
    /// Index into the territory's customers, when the task visits one.
    var customerIndex: Int?
    /// Index into the problem's location table; nil for an appointment held
    /// wherever the rep is.
    var location: Int?
    var serviceDuration: Int
    var setupDuration: Int
    var demand: Double
    /// Planning order: appointments, then reservations, then due customers,
    /// then customers that may be visited early.
    var tier: Tier
    /// Slots the task may use, with the windows for its service start there.
    var options: [SlotOption]
    /// Cadence benefit of visiting on each horizon day, in cost units
    /// (seconds of driving); zero for tasks without a cadence.
    var cadenceBenefitByDay: [Double]

    enum Tier: Int, Comparable, Sendable {
        case appointment = 0
        case reservation = 1
        case due = 2
        case optional = 3

        static func < (lhs: Tier, rhs: Tier) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    /// An appointment's window for extending the working day, in seconds.
    var appointmentWindow: TimeWindow?
    /// Appointment tasks with the same customer; when one of them is planned,
    /// it is this task's visit and this task is dropped.
    var coveredBy: [Int] = []
    /// Number of the task among its customer's cadence visits in the
    /// horizon, 0 for the first. A customer whose interval is short for the
    /// horizon gets one task per visit that fits, and any of them may take
    /// any of the customer's days. The number only marks the first visit,
    /// because that one carries the tier.
    var visitNumber = 0
    /// Usable visit patterns of a pattern visit's customer, as sorted
    /// horizon days (0-based), with one day per visit task of the customer.
    /// Empty for every other task.
    var visitPatterns: [[Int]] = []
}

/// A slot a task may use, with the windows in which its service may start.
struct SlotOption: Sendable {
    var slot: Int
    var startWindows: [TimeWindow]
}
