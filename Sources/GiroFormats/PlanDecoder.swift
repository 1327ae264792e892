import GiroModel

/// Turns a parsed plan document into a `Plan`.
enum PlanDecoder {
    static let topLevelKeys = ["territoryName", "horizon", "routes", "unplanned", "objective"]
    static let routeKeys = [
        "repId", "date", "startLocation", "departure", "stops", "break", "endLocation", "arrival", "totals",
    ]
    static let stopKeys = [
        "kind", "customerId", "appointmentId", "arrival", "waitingMinutes", "setupMinutes", "serviceStart",
        "serviceEnd", "window",
    ]
    static let breakKeys = ["start", "end", "placement", "stopIndex"]
    static let totalsKeys = ["drivingMinutes", "distanceMetres", "workingMinutes", "waitingMinutes", "load", "visits"]
    static let unplannedKeys = ["kind", "id", "repId", "reason", "message"]

    static func decode(_ root: JSONField) throws(FormatError) -> Plan {
        guard case .object = root.node.value else {
            throw root.error("the top level must be a JSON object {…}, but it is \(root.node.value.typeDescription)")
        }
        let object = try root.object(keys: topLevelKeys)

        let horizon = try HorizonFormat.decode(
            object.required("horizon", hint: "add {\"start\": \"YYYY-MM-DD\", \"days\": 7}"), rule: .any,
            planTimes: true)

        var routes: [DayRoute] = []
        var routePaths: [String: JSONPath] = [:]
        for element in try object.required("routes", hint: "add a list, [] for none").array() {
            let route = try decodeRoute(element)
            let key = route.repID + " " + ValueText.format(route.date)
            if let first = routePaths[key] {
                throw element.error(
                    "rep \(MessageText.quoted(route.repID)) has a second route on \(ValueText.format(route.date)); \(first) is the "
                        + "first; merge them into one route", value: route.repID)
            }
            routePaths[key] = element.path
            routes.append(route)
        }

        var unplanned: [UnplannedVisit] = []
        for element in try object.required("unplanned", hint: "add a list, [] for none").array() {
            unplanned.append(try decodeUnplanned(element))
        }

        let objective = try object.required("objective", hint: "add the objective value in seconds of driving")
            .number(in: NumberRange.from(-1e300, to: 1e300))

        return Plan(
            territoryName: try object.optional("territoryName")?.string(), horizon: horizon, routes: routes,
            unplanned: unplanned, objective: objective)
    }

    // MARK: Routes

    private static func decodeRoute(_ field: JSONField) throws(FormatError) -> DayRoute {
        let object = try field.object(keys: routeKeys)
        let repID = try object.required("repId").identifier()
        let date = try object.required("date").date()
        let startLocation = try LocationFormat.decode(object.required("startLocation"), rule: .any)
        let departure = try object.required("departure").planClockTime()

        var stops: [PlannedStop] = []
        for element in try object.required("stops", hint: "add a list of stops").array() {
            stops.append(try decodeStop(element))
        }

        var breakTaken: PlannedBreak?
        if let breakField = object.optional("break") {
            breakTaken = try decodeBreak(breakField, stopCount: stops.count)
        }

        let endLocation = try LocationFormat.decode(object.required("endLocation"), rule: .any)
        let arrival = try object.required("arrival").planClockTime()

        let totals = try object.required("totals").object(keys: totalsKeys)
        let drivingTime = try totals.required("drivingMinutes").minutes(in: FormatLimits.planMinutes)
        let distance = try totals.required("distanceMetres").number(in: FormatLimits.planDistance, unit: "metres")
        let workingTime = try totals.required("workingMinutes").minutes(in: FormatLimits.planMinutes)
        let waitingTime = try totals.required("waitingMinutes").minutes(in: FormatLimits.planMinutes)
        let load = try totals.optional("load")?.number(in: FormatLimits.load) ?? 0
        if let visitsField = totals.optional("visits") {
            let visits = try visitsField.wholeNumber(in: 0...Int(Int32.max))
            guard visits == stops.count else {
                throw visitsField.error(
                    "visits \(visits) does not match the route's \(stops.count) stops; correct the count")
            }
        }

        return DayRoute(
            repID: repID, date: date, startLocation: startLocation, departure: departure, stops: stops,
            breakTaken: breakTaken, endLocation: endLocation, arrival: arrival, drivingTime: drivingTime,
            distance: distance, workingTime: workingTime, waitingTime: waitingTime, load: load)
    }

    private static func decodeStop(_ field: JSONField) throws(FormatError) -> PlannedStop {
        let object = try field.object(keys: stopKeys)
        let kindField = try object.required("kind", hint: "add \"visit\" or \"appointment\"")
        let kindName = try kindField.string()
        guard let kind = PlannedStop.Kind(rawValue: kindName) else {
            throw kindField.error("kind \(MessageText.quoted(kindName)) is not a stop kind; use \"visit\" or \"appointment\"")
        }

        let customerID = try object.optional("customerId")?.identifier()
        let appointmentID = try object.optional("appointmentId")?.identifier()
        switch kind {
        case .visit:
            guard customerID != nil else {
                throw object.error("a visit stop needs \"customerId\"; add the customer visited")
            }
        case .appointment:
            guard appointmentID != nil else {
                throw object.error("an appointment stop needs \"appointmentId\"; add the appointment kept")
            }
        }

        let arrival = try object.required("arrival").planClockTime()
        let waitingTime = try object.required("waitingMinutes").minutes(in: FormatLimits.planMinutes)
        let setupDuration = try object.required("setupMinutes").minutes(in: FormatLimits.planMinutes)
        let serviceStart = try object.required("serviceStart").planClockTime()
        let serviceEndField = try object.required("serviceEnd")
        let serviceEnd = try serviceEndField.planClockTime()
        guard serviceEnd >= serviceStart else {
            throw serviceEndField.error(
                "serviceEnd \(ClockTime.format(serviceEnd)) is before serviceStart \(ClockTime.format(serviceStart)); "
                    + "fix the service times")
        }

        var window: TimeWindow?
        if let windowField = object.optional("window") {
            window = try decodePlanWindow(windowField)
        }

        return PlannedStop(
            kind: kind, customerID: customerID, appointmentID: appointmentID, arrival: arrival,
            waitingTime: waitingTime, setupDuration: setupDuration, serviceStart: serviceStart,
            serviceEnd: serviceEnd, window: window)
    }

    private static func decodePlanWindow(_ field: JSONField) throws(FormatError) -> TimeWindow {
        let object = try field.object(keys: WindowFormat.keys)
        let start = try object.required("start").planClockTime()
        let endField = try object.required("end")
        let end = try endField.planClockTime()
        do {
            return try ValueText.window(start: start, end: end, hint: "swap the times or fix the window")
        } catch {
            throw field.error(error.message, value: endField.node.value.sourceText)
        }
    }

    private static func decodeBreak(_ field: JSONField, stopCount: Int) throws(FormatError) -> PlannedBreak {
        let object = try field.object(keys: breakKeys)
        let start = try object.required("start").planClockTime()
        let endField = try object.required("end")
        let end = try endField.planClockTime()
        guard end >= start else {
            throw endField.error(
                "end \(ClockTime.format(end)) is before start \(ClockTime.format(start)); fix the break times")
        }

        let placementField = try object.required(
            "placement", hint: "add \"beforeDeparture\", \"beforeFirstStop\", \"afterStop\" or \"afterArrival\"")
        let placementName = try placementField.string()
        let indexField = object.optional("stopIndex")
        if placementName != "afterStop", let indexField {
            throw indexField.error("stopIndex belongs only to the placement \"afterStop\"; remove it")
        }

        let placement: PlannedBreak.Placement
        switch placementName {
        case "beforeDeparture":
            placement = .beforeDeparture
        case "beforeFirstStop":
            placement = .beforeFirstStop
        case "afterArrival":
            placement = .afterArrival
        case "afterStop":
            guard let indexField else {
                throw object.error("the placement \"afterStop\" needs \"stopIndex\", the 0-based index of the stop")
            }
            guard stopCount > 0 else {
                throw indexField.error("stopIndex refers to a stop, but the route has no stops; change the placement")
            }
            placement = .afterStop(try indexField.wholeNumber(in: 0...(stopCount - 1)))
        default:
            let names = ["beforeDeparture", "beforeFirstStop", "afterStop", "afterArrival"]
            throw placementField.error(
                "placement \(MessageText.quoted(placementName)) is not valid; " + KeySuggestion.hint(for: placementName, among: names))
        }
        return PlannedBreak(start: start, end: end, placement: placement)
    }

    // MARK: Unplanned

    private static func decodeUnplanned(_ field: JSONField) throws(FormatError) -> UnplannedVisit {
        let object = try field.object(keys: unplannedKeys)
        let kindField = try object.required("kind", hint: "add \"customer\", \"reservation\" or \"appointment\"")
        let kindName = try kindField.string()
        guard let kind = UnplannedVisit.Kind(rawValue: kindName) else {
            throw kindField.error(
                "kind \(MessageText.quoted(kindName)) is not valid; use \"customer\", \"reservation\" or \"appointment\"")
        }

        let id = try object.required("id").identifier()
        let repID = try object.optional("repId")?.identifier()

        let reasonField = try object.required("reason")
        let reasonName = try reasonField.string()
        guard let reason = UnplannedReason(rawValue: reasonName) else {
            throw reasonField.error(
                "reason \(MessageText.quoted(reasonName)) is not a reason code; "
                    + KeySuggestion.hint(for: reasonName, among: UnplannedReason.allCases.map(\.rawValue)))
        }

        let message = try object.required("message").string()
        return UnplannedVisit(kind: kind, id: id, repID: repID, reason: reason, message: message)
    }
}
