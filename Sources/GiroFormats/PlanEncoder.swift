import GiroModel

/// Turns a `Plan` into the JSON of a plan file.
enum PlanEncoder {
    static func encode(_ plan: Plan) -> JSONOutput {
        var members: [String: JSONOutput] = [
            "horizon": HorizonFormat.encode(plan.horizon),
            "routes": .array(plan.routes.map(encodeRoute)),
            "unplanned": .array(plan.unplanned.map(encodeUnplanned)),
            "objective": .number(plan.objective),
        ]
        members["territoryName"] = plan.territoryName.map(JSONOutput.string)
        return .object(members)
    }

    private static func time(_ seconds: Int) -> JSONOutput {
        .string(ClockTime.format(seconds))
    }

    private static func encodeRoute(_ route: DayRoute) -> JSONOutput {
        var members: [String: JSONOutput] = [
            "repId": .string(route.repID),
            "date": .string(ValueText.format(route.date)),
            "startLocation": LocationFormat.encode(route.startLocation),
            "departure": time(route.departure),
            "stops": .array(route.stops.map(encodeStop)),
            "endLocation": LocationFormat.encode(route.endLocation),
            "arrival": time(route.arrival),
            "totals": .object([
                "drivingMinutes": .minutes(route.drivingTime),
                "distanceMetres": .number(route.distance),
                "workingMinutes": .minutes(route.workingTime),
                "waitingMinutes": .minutes(route.waitingTime),
                "load": .number(route.load),
                "visits": .integer(route.visitCount),
            ]),
        ]
        if let breakTaken = route.breakTaken {
            members["break"] = encodeBreak(breakTaken)
        }
        return .object(members)
    }

    private static func encodeStop(_ stop: PlannedStop) -> JSONOutput {
        var members: [String: JSONOutput] = [
            "kind": .string(stop.kind.rawValue),
            "arrival": time(stop.arrival),
            "waitingMinutes": .minutes(stop.waitingTime),
            "setupMinutes": .minutes(stop.setupDuration),
            "serviceStart": time(stop.serviceStart),
            "serviceEnd": time(stop.serviceEnd),
        ]
        members["customerId"] = stop.customerID.map(JSONOutput.string)
        members["appointmentId"] = stop.appointmentID.map(JSONOutput.string)
        if let window = stop.window {
            members["window"] = .object(["start": time(window.start), "end": time(window.end)])
        }
        return .object(members)
    }

    private static func encodeBreak(_ breakTaken: PlannedBreak) -> JSONOutput {
        var members: [String: JSONOutput] = ["start": time(breakTaken.start), "end": time(breakTaken.end)]
        switch breakTaken.placement {
        case .beforeDeparture:
            members["placement"] = .string("beforeDeparture")
        case .beforeFirstStop:
            members["placement"] = .string("beforeFirstStop")
        case .afterStop(let index):
            members["placement"] = .string("afterStop")
            members["stopIndex"] = .integer(index)
        case .afterArrival:
            members["placement"] = .string("afterArrival")
        }
        return .object(members)
    }

    private static func encodeUnplanned(_ visit: UnplannedVisit) -> JSONOutput {
        var members: [String: JSONOutput] = [
            "kind": .string(visit.kind.rawValue),
            "id": .string(visit.id),
            "reason": .string(visit.reason.rawValue),
            "message": .string(visit.message),
        ]
        members["repId"] = visit.repID.map(JSONOutput.string)
        return .object(members)
    }
}
