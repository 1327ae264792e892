import GiroModel

/// One broken rule of a plan: which rule, where in the plan, and a message
/// that states the values involved.
public struct Violation: Hashable, Sendable {
    public var rule: Rule
    /// The rep whose route breaks the rule; nil when the finding concerns no
    /// route, such as an unplanned entry that refers to nothing.
    public var repID: String?
    /// The date of the route concerned; nil for plan-wide findings.
    public var date: CalendarDate?
    /// 0-based index of the stop in its route; nil when the finding concerns
    /// the route or the plan as a whole.
    public var stopIndex: Int?
    /// The customer, appointment or reservation concerned, when there is one.
    public var subjectID: String?
    /// A sentence that names the values compared, for example
    /// "service starts 12:45, after the window 11:30–12:15 closes".
    public var message: String

    public init(
        rule: Rule,
        repID: String? = nil,
        date: CalendarDate? = nil,
        stopIndex: Int? = nil,
        subjectID: String? = nil,
        message: String
    ) {
        self.rule = rule
        self.repID = repID
        self.date = date
        self.stopIndex = stopIndex
        self.subjectID = subjectID
        self.message = message
    }

    /// The rules a plan must keep. Each raw value is stable, so that files and
    /// logs can refer to a rule by it.
    public enum Rule: String, CaseIterable, Hashable, Sendable {
        /// The route runs on a working day, departs no earlier than the working
        /// start, returns no later than the working end (both extended to cover
        /// appointments outside working hours) and keeps the maximum working
        /// time. A route on one of the rep's days off breaks this rule.
        case workingDay = "working-day"
        /// A visit's service starts inside an opening window of that weekday
        /// (`start` adherence) or lies wholly inside one (`entire`). An
        /// appointment's service lies inside its window, on one of its
        /// candidate dates.
        case openingHours = "opening-hours"
        /// A required break is present, and every break lasts the rule's
        /// duration, lies inside its frame and never overlaps setup or service.
        case breakRule = "break"
        /// Each appointment that may fall inside the horizon is planned exactly
        /// once, with its customer and rep, or listed as unplanned.
        case appointment = "appointment"
        /// A cadence visit respects `dueAfter`, no customer gets two visits on
        /// one day, and a manual customer is visited only through appointments
        /// and reservations. Visits of a customer with visit patterns are
        /// left to the visit-pattern rule.
        case cadence = "cadence"
        /// No visit on a day inside one of the customer's blocks or before its
        /// activation date.
        case blockedDate = "blocked-date"
        /// Each day starts where the previous night was spent, and ends at home
        /// unless the overnight rule allows that night away. The first day
        /// starts at the horizon's start location and time when given, and
        /// each rep's last working day ends at the horizon's end location
        /// when given.
        case dayContinuity = "day-continuity"
        /// A night away keeps the rest of the overnight rule. The way home
        /// from the last stop meets the rule's minimums, and the rep works
        /// and has a route on the next day. The night is spent at a hotel in
        /// reach (the nearest one unless the rule lets the planner choose),
        /// or else at the last stop. The nights in a row and per ISO week
        /// stay within the rule's limits.
        case overnightStay = "overnight-stay"
        /// The route's load does not exceed the rep's capacity.
        case capacity = "capacity"
        /// Every reported time and total equals the recomputed one, and every
        /// id refers to something in the territory. A customer with an owner
        /// is visited only by that rep. Dates lie inside the horizon, and each
        /// rep has at most one route per date.
        case consistency = "consistency"
        /// Everything due or required is planned or listed as unplanned with a
        /// message, and nothing is both.
        case unplannedReporting = "unplanned-reporting"
        /// The reported objective equals the weighted sum of the routes'
        /// driving, distance and count, of the nights away and of the
        /// cadence cost.
        case objective = "objective"
        /// The visit dates of a customer with visit patterns are exactly the
        /// dates of one of its patterns, or it has no visit and is listed as
        /// unplanned. Appointments do not count as pattern visits.
        case visitPattern = "visit-pattern"
    }
}

extension Violation: CustomStringConvertible {
    /// One line: the rule's raw value, the place, and the message.
    public var description: String {
        var place: [String] = []
        if let repID {
            place.append("rep \(repID)")
        }
        if let date {
            place.append(MessageFormat.date(date))
        }
        if let stopIndex {
            place.append("stop \(stopIndex)")
        }
        if let subjectID {
            place.append(subjectID)
        }

        let location = place.isEmpty ? "" : " " + place.joined(separator: ", ")
        return "[\(rule.rawValue)]\(location): \(message)"
    }
}
