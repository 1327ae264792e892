import GiroModel

/// Something the planner may place, as it compiled the territory: an
/// appointment, a reservation, or a cadence or pattern visit of a customer,
/// with the rep days it may use and the windows for its service start on
/// each.
///
/// Other tools read the planner's view of a territory through
/// `Planner.candidateVisits`, for instance to export the part of the problem
/// that another solver can express.
public struct CandidateVisit: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        case appointment(id: String)
        case reservation(id: String)
        case cadenceVisit
        /// One visit of a customer with visit patterns, on a date of one of
        /// its patterns.
        case patternVisit
    }

    /// How much the planner insists on placing the visit.
    public enum Requirement: Int, Hashable, Sendable, Comparable {
        /// An appointment: kept unless it conflicts with a higher-ranked one.
        case appointment
        /// A reservation: must be visited within the horizon.
        case reservation
        /// A customer due within the horizon.
        case due
        /// A customer that may be visited early when its cadence benefit
        /// outweighs the extra driving.
        case optional

        public static func < (lhs: Requirement, rhs: Requirement) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    /// A rep day the visit may use, with the windows for its service start,
    /// in seconds after midnight of `date`.
    public struct Option: Hashable, Sendable {
        public var repID: String
        public var date: CalendarDate
        public var startWindows: [TimeWindow]
    }

    public var kind: Kind
    /// The customer visited; nil for an appointment without a customer.
    public var customerID: String?
    /// The place of the visit; nil for an appointment held wherever the rep
    /// is, such as a call.
    public var location: Location?
    /// Service time in seconds.
    public var serviceDuration: Int
    /// Setup time in seconds, charged on arrival from another location.
    public var setupDuration: Int
    public var demand: Double
    public var requirement: Requirement
    public var options: [Option]
}

/// A working day of a rep as the planner compiled it: where the route
/// starts and ends and the limits of the day.
public struct RouteDay: Hashable, Sendable {
    public var repID: String
    public var date: CalendarDate
    public var startLocation: Location
    public var endLocation: Location
    /// Earliest departure and latest return, in seconds after midnight,
    /// before any appointment extends them.
    public var workingHours: TimeWindow
    /// Maximum working time in seconds, if any.
    public var maximumWorkingTime: Int?
    public var breakRule: BreakRule?
    /// Multiplier of the rep's driving speed.
    public var speedFactor: Double
    public var capacity: Double?
}

extension Planner {
    /// The visits the planner may place, in its task order: appointments,
    /// then reservations, then cadence visits, each group in the canonical
    /// record order. Customers that can use no day are not listed; the
    /// plan's unplanned list explains them.
    public var candidateVisits: [CandidateVisit] {
        problem.tasks.map { task in
            let kind: CandidateVisit.Kind
            switch task.kind {
            case .appointment(let index): kind = .appointment(id: territory.appointments[index].id)
            case .reservation(let index): kind = .reservation(id: territory.reservations[index].id)
            case .cadenceVisit: kind = .cadenceVisit
            case .patternVisit: kind = .patternVisit
            }

            let requirement: CandidateVisit.Requirement
            switch task.tier {
            case .appointment: requirement = .appointment
            case .reservation: requirement = .reservation
            case .due: requirement = .due
            case .optional: requirement = .optional
            }

            let options = task.options.map { option in
                let slot = problem.slots[option.slot]
                return CandidateVisit.Option(
                    repID: territory.reps[slot.repIndex].id, date: slot.date, startWindows: option.startWindows)
            }
            return CandidateVisit(
                kind: kind, customerID: task.customerIndex.map { territory.customers[$0].id },
                location: task.location.map { problem.locations[$0] }, serviceDuration: task.serviceDuration,
                setupDuration: task.setupDuration, demand: task.demand, requirement: requirement, options: options)
        }
    }

    /// The appointments, reservations and due customers that can use no
    /// day at all, with the reason; every plan lists them as unplanned.
    public var excludedVisits: [UnplannedVisit] {
        problem.excluded
    }

    /// The working days of every rep in the horizon, in rep order (the
    /// canonical order) and then date order.
    public var routeDays: [RouteDay] {
        problem.slots.map { slot in
            RouteDay(
                repID: territory.reps[slot.repIndex].id, date: slot.date,
                startLocation: problem.locations[slot.startLocation], endLocation: problem.locations[slot.endLocation],
                workingHours: slot.workingHours, maximumWorkingTime: slot.maximumWorkingTime, breakRule: slot.breakRule,
                speedFactor: slot.speedFactor, capacity: slot.capacity)
        }
    }
}
