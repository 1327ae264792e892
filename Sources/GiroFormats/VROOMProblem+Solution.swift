import Foundation
import GiroModel
import GiroSolver
import GiroValidator

extension VROOMProblem {
    /// Reads VROOM's solution of this problem as a Giro plan, so that the
    /// validator and the plan figures apply to it.
    ///
    /// Each route becomes its vehicle's rep day. A job step becomes a stop
    /// whose service starts after the step's arrival, waiting and setup, and
    /// a break step becomes the day's break. Arrivals, waiting, driving time
    /// and distance come from Giro's travel model along the route. Every exported job that the
    /// solution does not serve, every visit that could not be exported and
    /// every visit the planner found no day for is listed as unplanned. The
    /// objective is Giro's, computed by the validator's definition. Keys
    /// that this reader does not use, such as `summary`, are ignored, so
    /// that newer VROOM versions can add keys.
    ///
    /// - Throws: `FormatError` naming the JSON path of the first problem:
    ///   an error code from VROOM, a vehicle or job id that this problem
    ///   does not have, a job served twice, or a missing or mistyped key.
    public func plan(fromSolution data: Data, fileName: String) throws(FormatError) -> Plan {
        let root = JSONField(node: try JSONParser.parse(Array(data), fileName: fileName), path: .root, fileName: fileName)
        let members = try Self.members(of: root)

        if let codeField = members["code"] {
            let code = try codeField.wholeNumber(in: 0...1_000)
            guard code == 0 else {
                let reason = try members["error"].map { field throws(FormatError) in try field.string() } ?? "no message"
                throw codeField.error("VROOM reports error code \(code): \(MessageText.shortened(reason)); fix the input and solve again")
            }
        }
        guard let routesField = members["routes"] else {
            throw root.error("required key \"routes\" is missing; is this a VROOM solution?")
        }

        var served = Set<Int>()
        var dayRoutes: [(vehicle: Int, route: DayRoute)] = []
        for routeField in try routesField.array() {
            guard let route = try dayRoute(from: routeField, served: &served) else { continue }
            dayRoutes.append(route)
        }
        dayRoutes.sort { $0.vehicle < $1.vehicle }

        var unplanned = excluded
        for (index, job) in jobs.enumerated() where !served.contains(index) && job.visit.requirement != .optional {
            unplanned.append(Self.unplannedVisit(job.visit, message: "VROOM left \(Self.name(of: job.visit)) unassigned."))
        }
        for (visit, appointmentJob) in coveredVisits where !served.contains(appointmentJob) {
            unplanned.append(
                Self.unplannedVisit(
                    visit, message: "\(Self.name(of: visit)) has an appointment that VROOM left unassigned."))
        }
        for (visit, reason) in unexported {
            unplanned.append(Self.unplannedVisit(visit, message: "\(Self.name(of: visit)) was not exported: \(reason)."))
        }

        var plan = Plan(
            territoryName: territory.name, horizon: territory.horizon, routes: dayRoutes.map(\.route), unplanned: unplanned)
        if let validator = try? PlanValidator(territory: territory) {
            plan.objective = validator.objective(of: plan)
        }
        return plan
    }

    /// Reads one route; returns nil for a route without jobs.
    private func dayRoute(
        from field: JSONField, served servedJobs: inout Set<Int>
    ) throws(FormatError) -> (vehicle: Int, route: DayRoute)? {
        let members = try Self.members(of: field)
        guard let vehicleField = members["vehicle"] else {
            throw field.error("required key \"vehicle\" is missing; every VROOM route names its vehicle")
        }
        let vehicleID = try vehicleField.wholeNumber(in: 1...Int(Int32.max))
        guard vehicleID <= vehicles.count else {
            throw vehicleField.error(
                "vehicle \(vehicleID) is not a vehicle of this problem, which has \(vehicles.count); "
                    + "solve the file that giro export wrote for this territory")
        }
        let vehicle = vehicles[vehicleID - 1]
        guard let stepsField = members["steps"] else {
            throw field.error("required key \"steps\" is missing; every VROOM route lists its steps")
        }

        var departure: Int?
        var vroomArrival: Int?
        var served: [(job: Int, taskStart: Int, setup: Int, service: Int)] = []
        var pause: (start: Int, end: Int, leg: Int)?
        for stepField in try stepsField.array() {
            let step = try Self.members(of: stepField)
            guard let typeField = step["type"] else {
                throw stepField.error("required key \"type\" is missing; a step is start, job, break or end")
            }
            let type = try typeField.string()
            let time = try Self.integer(step["arrival"], in: stepField, key: "arrival") - vehicle.offset
            let waiting = try Self.optionalInteger(step["waiting_time"])

            switch type {
            case "start":
                departure = time
            case "end":
                vroomArrival = time
            case "job":
                let id = try Self.integer(step["id"] ?? step["job"], in: stepField, key: "id")
                guard (1...jobs.count).contains(id) else {
                    throw stepField.error("job \(id) is not a job of this problem, which has \(jobs.count)")
                }
                guard servedJobs.insert(id - 1).inserted else {
                    throw stepField.error("job \(id) is served twice; VROOM serves each job once")
                }
                let service = try step["service"].map { field throws(FormatError) in try Self.optionalInteger(field) }
                    ?? jobs[id - 1].visit.serviceDuration
                served.append((id - 1, time + waiting, try Self.optionalInteger(step["setup"]), service))
            case "break":
                let duration = try Self.integer(step["service"], in: stepField, key: "service")
                pause = (time + waiting, time + waiting + duration, served.count)
            default:
                throw typeField.error("step type \(MessageText.quoted(type)) is not one of start, job, break and end")
            }
        }

        guard !served.isEmpty else { return nil }
        guard let departure, vroomArrival != nil else {
            throw field.error("the route of vehicle \(vehicleID) lacks its start or end step")
        }

        // Times follow Giro's reading of the schedule, as the validator
        // recomputes it: each leg leaves at the end of the previous service
        // (or the departure), and a break on a leg delays the arrival when it
        // starts before the rep would arrive, or else is taken while waiting
        // at the stop. VROOM takes a break either before or after driving,
        // which gives the same times.
        var stops: [PlannedStop] = []
        var drivingTime = 0
        var distance = 0.0
        var clock = departure
        var previous = vehicle.start
        for (leg, visit) in served.enumerated() {
            let location = jobs[visit.job].location
            let travel = matrix.time(from: previous, to: location, speedFactor: vehicle.day.speedFactor)
            drivingTime += travel
            distance += matrix.distance(from: previous, to: location)

            var arrival = clock + travel
            var breakAtStop = 0
            if let pause, pause.leg == leg {
                if pause.start < arrival {
                    arrival += pause.end - pause.start
                } else {
                    breakAtStop = pause.end - pause.start
                }
            }
            let waiting = max(0, visit.taskStart - arrival - breakAtStop)
            stops.append(
                stop(
                    for: jobs[visit.job].visit, date: vehicle.day.date, arrival: arrival, waiting: waiting,
                    setup: visit.setup, serviceStart: visit.taskStart + visit.setup, service: visit.service))
            clock = visit.taskStart + visit.setup + visit.service
            previous = location
        }

        let homeTravel = matrix.time(from: previous, to: vehicle.end, speedFactor: vehicle.day.speedFactor)
        drivingTime += homeTravel
        distance += matrix.distance(from: previous, to: vehicle.end)
        var arrival = clock + homeTravel
        var breakTaken: PlannedBreak?
        if let pause {
            let placement: PlannedBreak.Placement
            if pause.leg == 0 {
                placement = .beforeFirstStop
            } else if pause.leg == served.count, pause.start >= arrival {
                placement = .afterArrival
            } else {
                placement = .afterStop(pause.leg - 1)
            }
            if pause.leg == served.count, pause.start < arrival {
                arrival += pause.end - pause.start
            }
            breakTaken = PlannedBreak(start: pause.start, end: pause.end, placement: placement)
        }

        let route = DayRoute(
            repID: vehicle.day.repID, date: vehicle.day.date, startLocation: vehicle.day.startLocation,
            departure: departure, stops: stops, breakTaken: breakTaken, endLocation: vehicle.day.endLocation,
            arrival: arrival, drivingTime: drivingTime, distance: distance, workingTime: arrival - departure,
            waitingTime: stops.reduce(0) { $0 + $1.waitingTime },
            load: served.reduce(0) { $0 + jobs[$1.job].visit.demand })
        return (vehicleID, route)
    }

    private func stop(
        for visit: CandidateVisit, date: CalendarDate, arrival: Int, waiting: Int, setup: Int, serviceStart: Int,
        service: Int
    ) -> PlannedStop {
        var window: TimeWindow?
        var appointmentID: String?
        var kind = PlannedStop.Kind.visit
        if case .appointment(let id) = visit.kind {
            kind = .appointment
            appointmentID = id
            window = territory.appointments.first { $0.id == id }?.window
        } else if let customerID = visit.customerID, let customer = territory.customers.first(where: { $0.id == customerID }) {
            window = customer.openingWindow(forServiceStartingAt: serviceStart, on: date.weekday)
        }
        return PlannedStop(
            kind: kind, customerID: visit.customerID, appointmentID: appointmentID, arrival: arrival,
            waitingTime: waiting, setupDuration: setup, serviceStart: serviceStart, serviceEnd: serviceStart + service,
            window: window)
    }

    private static func unplannedVisit(_ visit: CandidateVisit, message: String) -> UnplannedVisit {
        let repIDs = Set(visit.options.map(\.repID))
        let repID = repIDs.count == 1 ? repIDs.first : nil
        switch visit.kind {
        case .appointment(let id):
            return UnplannedVisit(kind: .appointment, id: id, repID: repID, reason: .noTimeLeft, message: message)
        case .reservation(let id):
            return UnplannedVisit(kind: .reservation, id: id, repID: repID, reason: .noTimeLeft, message: message)
        case .cadenceVisit, .patternVisit:
            return UnplannedVisit(
                kind: .customer, id: visit.customerID ?? "", repID: repID, reason: .noTimeLeft, message: message)
        }
    }

    /// Returns an object's members by key, without rejecting unknown keys.
    private static func members(of field: JSONField) throws(FormatError) -> [String: JSONField] {
        guard case .object(let list) = field.node.value else {
            throw field.typeError(expected: "an object")
        }
        var members: [String: JSONField] = [:]
        for member in list where members[member.key] == nil {
            members[member.key] = JSONField(node: member.node, path: field.path.appending(member.key), fileName: field.fileName)
        }
        return members
    }

    /// Reads an optional whole number of seconds; 0 when absent.
    private static func optionalInteger(_ field: JSONField?) throws(FormatError) -> Int {
        guard let field else { return 0 }
        return try field.wholeNumber(in: 0...Int(Int32.max) * 64)
    }

    /// Reads a required whole number of seconds or an id.
    private static func integer(_ field: JSONField?, in parent: JSONField, key: String) throws(FormatError) -> Int {
        guard let field else {
            throw parent.error("required key \"\(key)\" is missing")
        }
        return try field.wholeNumber(in: 0...Int(Int32.max) * 64)
    }
}
