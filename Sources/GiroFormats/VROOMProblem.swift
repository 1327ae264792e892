import Foundation
import GiroModel
import GiroSolver
import GiroTravel

/// The part of a territory that VROOM can express, in VROOM's JSON input
/// format, and the way back from VROOM's solution to a Giro plan.
///
/// Every working day of every rep becomes one vehicle with the day's
/// working hours as its shift and its break as a VROOM break. It starts and
/// ends at home, except that the first day starts at the horizon's start
/// location and the last working day ends at its end location. Every appointment,
/// reservation and due customer becomes a job with one time window per day
/// it may use. With `includesOptional`, customers that may be visited early
/// become jobs as well. Times are seconds from midnight of the horizon's
/// first day, so day `d` adds `d × 86,400` seconds. Travel comes from Giro's
/// own travel model, as duration and distance matrices, one VROOM profile
/// per rep speed factor.
///
/// VROOM cannot express a customer's cadence (each customer is one job with
/// no spacing), nights away, the maximum working time, an appointment that
/// widens the working day, or an appointment without a location. Such
/// appointments are not exported, and the plan read back lists them as
/// unplanned. A customer with an appointment gets no other job, because in
/// Giro a kept appointment is the customer's visit. When VROOM leaves the
/// appointment out, the plan read back lists the customer's visit as
/// unplanned too.
///
/// VROOM's priorities rank the jobs: 100 for appointments and reservations,
/// 10 times the customer's priority (at most 99) for due customers and 0 for
/// optional ones. VROOM first maximises the
/// sum of the priorities of the jobs it serves, then minimises driving
/// time.
public struct VROOMProblem: Sendable {
    /// A VROOM vehicle: one rep's working day.
    struct Vehicle: Sendable {
        var day: RouteDay
        /// Seconds added to the day's clock times: the day's index in the
        /// horizon times 86,400.
        var offset: Int
        var profile: Int
        var start: Int
        var end: Int
        /// VROOM skill of the rep: its index among the reps plus 1.
        var skill: Int
    }

    /// A VROOM job: one candidate visit of the planner.
    struct Job: Sendable {
        var visit: CandidateVisit
        var location: Int
        var priority: Int
        /// The rep skill the job needs, when only one rep may serve it.
        var skill: Int?
        /// Windows for the start of setup, in seconds from the horizon's
        /// first midnight.
        var windows: [TimeWindow]
    }

    public let territory: Territory
    let vehicles: [Vehicle]
    /// Jobs by VROOM id minus 1.
    let jobs: [Job]
    /// Required visits that VROOM cannot express, with the reason.
    let unexported: [(visit: CandidateVisit, reason: String)]
    /// Visits of customers that also have an exported appointment, by the
    /// index of that appointment's job. The appointment is the customer's
    /// visit when VROOM serves it, as in Giro, so these are not exported.
    let coveredVisits: [(visit: CandidateVisit, appointmentJob: Int)]
    /// The appointments, reservations and due customers that no day can
    /// take, as the planner lists them.
    let excluded: [UnplannedVisit]
    let locations: [Location]
    let matrix: TravelMatrix
    /// The distinct speed factors, one VROOM profile each.
    let speedFactors: [Double]

    /// VROOM priority of appointments and reservations.
    static let requiredPriority = 100
    /// VROOM priority of a due customer of priority 1.
    static let duePriority = 10

    /// Returns the VROOM priority of a due customer: 10 times its priority,
    /// rounded, from 0 to 99, so that it stays below appointments and
    /// reservations.
    static func duePriority(of priority: Double) -> Int {
        guard priority.isFinite else { return duePriority }
        return Int(min(99, max(0, (Double(duePriority) * priority).rounded())))
    }
    /// Seconds per horizon day in VROOM times.
    static let secondsPerDay = 86_400

    /// Compiles a territory as the planner does and keeps what VROOM can
    /// express.
    ///
    /// - Parameter includesOptional: also export customers that are not yet
    ///   due but may be visited early.
    /// - Throws: `PlanningError` when the planner cannot compile the
    ///   territory.
    public init(territory: Territory, includesOptional: Bool = false) throws(PlanningError) {
        let planner = try Planner(territory: territory)
        let canonical = planner.territory
        self.territory = canonical
        excluded = planner.excludedVisits

        var table: [Location] = []
        var indexByLocation: [Location: Int] = [:]
        func index(of location: Location) -> Int {
            if let index = indexByLocation[location] {
                return index
            }
            table.append(location)
            indexByLocation[location] = table.count - 1
            return table.count - 1
        }

        var factors: [Double] = []
        var vehicles: [Vehicle] = []
        for day in planner.routeDays {
            if !factors.contains(day.speedFactor) {
                factors.append(day.speedFactor)
            }
            let repIndex = canonical.reps.firstIndex { $0.id == day.repID } ?? 0
            vehicles.append(
                Vehicle(
                    day: day, offset: day.date.days(since: canonical.horizon.start) * Self.secondsPerDay,
                    profile: factors.firstIndex(of: day.speedFactor) ?? 0, start: index(of: day.startLocation),
                    end: index(of: day.endLocation), skill: repIndex + 1))
        }

        let priorityByCustomer = Dictionary(
            canonical.customers.map { ($0.id, $0.priority) }, uniquingKeysWith: { first, _ in first })
        var jobs: [Job] = []
        var unexported: [(visit: CandidateVisit, reason: String)] = []
        var coveredVisits: [(visit: CandidateVisit, appointmentJob: Int)] = []
        var appointmentJobByCustomer: [String: Int] = [:]
        for visit in planner.candidateVisits {
            if !Self.isAppointment(visit), let customerID = visit.customerID,
                let appointmentJob = appointmentJobByCustomer[customerID]
            {
                if includesOptional || visit.requirement != .optional {
                    coveredVisits.append((visit, appointmentJob))
                }
                continue
            }
            guard includesOptional || visit.requirement != .optional else { continue }
            guard let location = visit.location else {
                unexported.append((visit, "VROOM cannot express an appointment without a location"))
                continue
            }

            let repIDs = Set(visit.options.map(\.repID))
            var skill: Int?
            if repIDs.count == 1, let repID = repIDs.first, let repIndex = canonical.reps.firstIndex(where: { $0.id == repID }) {
                skill = repIndex + 1
            }
            var windows: [TimeWindow] = []
            for date in Set(visit.options.map(\.date)).sorted() {
                let offset = date.days(since: canonical.horizon.start) * Self.secondsPerDay
                guard let option = visit.options.first(where: { $0.date == date }) else { continue }
                for window in option.startWindows {
                    // VROOM's windows bound the start of setup, Giro's the
                    // start of service.
                    let start = max(0, offset + window.start - visit.setupDuration)
                    let end = offset + window.end - visit.setupDuration
                    if end >= start {
                        windows.append(TimeWindow(start: start, end: end))
                    }
                }
            }
            let priority: Int
            switch visit.requirement {
            case .appointment, .reservation: priority = Self.requiredPriority
            case .due: priority = Self.duePriority(of: visit.customerID.flatMap { priorityByCustomer[$0] } ?? 1)
            case .optional: priority = 0
            }
            if Self.isAppointment(visit), let customerID = visit.customerID, appointmentJobByCustomer[customerID] == nil {
                appointmentJobByCustomer[customerID] = jobs.count
            }
            jobs.append(Job(visit: visit, location: index(of: location), priority: priority, skill: skill, windows: windows))
        }

        do {
            matrix = try TravelMatrix(locations: table, specification: canonical.travel)
        } catch {
            throw .travel(error)
        }
        self.vehicles = vehicles
        self.jobs = jobs
        self.unexported = unexported
        self.coveredVisits = coveredVisits
        self.locations = table
        self.speedFactors = factors.isEmpty ? [1] : factors
    }

    /// Number of jobs exported.
    public var jobCount: Int { jobs.count }

    /// Number of vehicles, one per rep working day.
    public var vehicleCount: Int { vehicles.count }

    static func isAppointment(_ visit: CandidateVisit) -> Bool {
        guard case .appointment = visit.kind else { return false }
        return true
    }

    /// Returns the VROOM profile name of a speed factor's index.
    static func profileName(_ index: Int) -> String {
        "speed-\(index + 1)"
    }
}
