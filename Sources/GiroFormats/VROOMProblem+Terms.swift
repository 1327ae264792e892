import GiroModel
import GiroSolver

extension VROOMProblem {
    /// Measures a plan of this problem's territory on VROOM's terms.
    ///
    /// A job counts as served unless the plan lists it as unplanned: an
    /// appointment or reservation by its id, a customer's visit by the
    /// customer's id. This reads Giro's plans and the plans that
    /// `plan(fromSolution:fileName:)` builds from VROOM's solutions alike.
    /// Driving time and distance are the routes' own totals, optional
    /// visits included.
    ///
    /// - Complexity: O(J + U + R) for J jobs, U unplanned entries and R
    ///   routes.
    public func terms(of plan: Plan) -> VROOMTerms {
        var missing = Set<String>()
        for entry in plan.unplanned {
            missing.insert(Self.key(entry.kind, entry.id))
        }

        var servedPriority = 0
        var exportedPriority = 0
        var servedJobs = 0
        for job in jobs {
            exportedPriority += job.priority
            guard !missing.contains(Self.key(of: job.visit)) else { continue }
            servedPriority += job.priority
            servedJobs += 1
        }
        return VROOMTerms(
            servedPriority: servedPriority, exportedPriority: exportedPriority, servedJobs: servedJobs,
            jobs: jobs.count, drivingTime: plan.routes.reduce(0) { $0 + $1.drivingTime },
            distance: plan.routes.reduce(0) { $0 + $1.distance })
    }

    /// Returns the territory cut down to what VROOM can express, so that
    /// Giro solves the same problem as VROOM: no maximum working time, no nights
    /// away, and an objective of driving time alone. Cadence weight 0 gives
    /// optional visits no benefit, so the planner adds none; the due
    /// customers, reservations and appointments are those of `territory`.
    public static func expressibleTerritory(_ territory: Territory) -> Territory {
        var expressible = territory
        expressible.settings.drivingTimeWeight = 1
        expressible.settings.distanceWeight = 0
        expressible.settings.routeWeight = 0
        expressible.settings.cadenceWeight = 0
        for index in expressible.reps.indices {
            expressible.reps[index].maximumWorkingTime = nil
            expressible.reps[index].overnightRule = nil
        }
        return expressible
    }

    private static func key(of visit: CandidateVisit) -> String {
        switch visit.kind {
        case .appointment(let id): key(.appointment, id)
        case .reservation(let id): key(.reservation, id)
        case .cadenceVisit, .patternVisit: key(.customer, visit.customerID ?? "")
        }
    }

    private static func key(_ kind: UnplannedVisit.Kind, _ id: String) -> String {
        "\(kind.rawValue)\u{1F}\(id)"
    }
}
