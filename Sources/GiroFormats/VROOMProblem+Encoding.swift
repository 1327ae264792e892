import Foundation
import GiroModel
import GiroSolver

extension VROOMProblem {
    /// Encodes the problem in VROOM's JSON input format, with sorted keys so
    /// that the same territory gives the same bytes.
    ///
    /// Vehicle `i` (from 1) is the `i`-th rep day in rep order, then date
    /// order; job `j` (from 1) is the `j`-th exported visit. Each vehicle's
    /// `description` names its rep and date, and each job's the customer or
    /// appointment, for people who read the file. Capacities and demands
    /// become whole numbers, scaled by 1,000 when any of them has a fraction.
    ///
    /// - Complexity: O(F·L² + J·D) for F speed factors, L locations, J jobs
    ///   and D days.
    public func encoded() -> Data {
        let scale = loadScale
        let usesCapacity = vehicles.contains { $0.day.capacity != nil }

        var vehicleObjects: [JSONOutput] = []
        for (index, vehicle) in vehicles.enumerated() {
            let hours = vehicle.day.workingHours
            var object: [String: JSONOutput] = [
                "id": .integer(index + 1),
                "description": .string("\(vehicle.day.repID) \(vehicle.day.date)"),
                "profile": .string(Self.profileName(vehicle.profile)),
                "start_index": .integer(vehicle.start),
                "end_index": .integer(vehicle.end),
                "time_window": Self.window(TimeWindow(start: vehicle.offset + hours.start, end: vehicle.offset + hours.end)),
                "skills": .array([.integer(vehicle.skill)]),
            ]
            if let rule = vehicle.day.breakRule, let window = Self.breakStarts(rule, within: hours) {
                let shifted = TimeWindow(start: vehicle.offset + window.start, end: vehicle.offset + window.end)
                object["breaks"] = .array([
                    .object([
                        "id": .integer(index + 1), "service": .integer(rule.duration),
                        "time_windows": .array([Self.window(shifted)]),
                    ])
                ])
            }
            if usesCapacity {
                let capacity = vehicle.day.capacity.map { Int(($0 * scale).rounded(.down)) } ?? Int(Int32.max)
                object["capacity"] = .array([.integer(capacity)])
            }
            vehicleObjects.append(.object(object))
        }

        var jobObjects: [JSONOutput] = []
        for (index, job) in jobs.enumerated() {
            var object: [String: JSONOutput] = [
                "id": .integer(index + 1),
                "description": .string(Self.name(of: job.visit)),
                "location_index": .integer(job.location),
                "service": .integer(job.visit.serviceDuration),
                "setup": .integer(job.visit.setupDuration),
                "priority": .integer(job.priority),
                "time_windows": .array(job.windows.map(Self.window)),
            ]
            if let skill = job.skill {
                object["skills"] = .array([.integer(skill)])
            }
            if usesCapacity {
                object["delivery"] = .array([.integer(Int((job.visit.demand * scale).rounded(.up)))])
            }
            jobObjects.append(.object(object))
        }

        var matrices: [String: JSONOutput] = [:]
        for (index, factor) in speedFactors.enumerated() {
            let rows = (0..<locations.count).map { from in
                JSONOutput.array((0..<locations.count).map { .integer(matrix.time(from: from, to: $0, speedFactor: factor)) })
            }
            let distances = (0..<locations.count).map { from in
                JSONOutput.array((0..<locations.count).map { .integer(Int(matrix.distance(from: from, to: $0).rounded())) })
            }
            matrices[Self.profileName(index)] = .object(["durations": .array(rows), "distances": .array(distances)])
        }

        let root = JSONOutput.object([
            "vehicles": .array(vehicleObjects), "jobs": .array(jobObjects), "matrices": .object(matrices),
        ])
        return Data(JSONWriter.render(root).utf8)
    }

    /// The factor that turns capacities and demands into VROOM's whole
    /// amounts: 1 when all are whole, else 1,000.
    var loadScale: Double {
        let amounts = vehicles.compactMap(\.day.capacity) + jobs.map(\.visit.demand)
        return amounts.allSatisfy { $0 == $0.rounded() } ? 1 : 1000
    }

    /// The window for the start of a break that must lie whole inside its
    /// frame, or nil when the frame leaves the working hours no room for it.
    /// Giro requires a break only on days that span its frame, and VROOM
    /// always schedules one, so a break that cannot fit is left out.
    static func breakStarts(_ rule: BreakRule, within hours: TimeWindow) -> TimeWindow? {
        let earliest = max(rule.frame.start, hours.start)
        let latest = min(rule.latestStart, hours.end - rule.duration)
        guard earliest <= latest else { return nil }
        return TimeWindow(start: earliest, end: latest)
    }

    static func window(_ window: TimeWindow) -> JSONOutput {
        .array([.integer(window.start), .integer(window.end)])
    }

    /// Returns the customer or appointment that a visit concerns, for
    /// descriptions and messages.
    static func name(of visit: CandidateVisit) -> String {
        switch visit.kind {
        case .appointment(let id): "appointment \(id)"
        case .reservation(let id): "reservation \(id) of customer \(visit.customerID ?? "")"
        case .cadenceVisit, .patternVisit: "customer \(visit.customerID ?? "")"
        }
    }
}
