import Dispatch
import GiroModel
import GiroSolver
import GiroValidator
import Synchronization

/// Plans every rep of a company, each on its own territory.
///
/// Reps are planned concurrently on the cores available. Each rep's plan
/// depends only on its own territory and the options, so the result is the
/// same for any number of threads and any finishing order.
public struct CompanyPlanner: Sendable {
    public let company: Company

    public init(company: Company) {
        self.company = company
    }

    /// Plans the given reps (all by default), validates each plan, and
    /// gathers per-rep and per-group figures.
    ///
    /// - Throws: `CompanyError.unknownID` for an unknown rep, or
    ///   `CompanyPlanningError` when a territory cannot be planned.
    ///
    /// - Parameters:
    ///   - cancellation: a token that stops every rep's run. Each run
    ///     returns its best plan so far. Reps not yet started are planned as
    ///     far as a passed time limit allows.
    ///   - progress: called after each rep is planned, from the thread that
    ///     planned it, with the number of reps done and in all.
    public func plan(
        reps repIDs: [String]? = nil, options: PlannerOptions = PlannerOptions(),
        cancellation: PlanningCancellation? = nil,
        progress: (@Sendable (_ done: Int, _ total: Int) -> Void)? = nil
    ) throws -> CompanyPlan {
        let ids = repIDs ?? company.reps.map(\.id)
        var territories: [Territory] = []
        for id in ids {
            territories.append(try company.territory(forRep: id))
        }

        let results = Mutex<[Result<RepPlan, CompanyPlanningError>?]>(Array(repeating: nil, count: ids.count))
        let frozen = territories
        DispatchQueue.concurrentPerform(iterations: frozen.count) { index in
            let outcome = Self.planOne(
                territory: frozen[index], repID: ids[index], options: options, cancellation: cancellation)
            let done = results.withLock { results in
                results[index] = outcome
                return results.count { $0 != nil }
            }
            progress?(done, frozen.count)
        }

        var plans: [RepPlan] = []
        for outcome in results.withLock({ $0 }) {
            guard let outcome else { continue }
            plans.append(try outcome.get())
        }
        return CompanyPlan(company: company, plans: plans)
    }

    private static func planOne(
        territory: Territory, repID: String, options: PlannerOptions, cancellation: PlanningCancellation?
    ) -> Result<RepPlan, CompanyPlanningError> {
        do {
            let (_, plan) = try Planner.plan(territory: territory, options: options, cancellation: cancellation)
            let report = try PlanValidator(territory: territory).validate(plan)
            return .success(RepPlan(repID: repID, territory: territory, plan: plan, validation: report))
        } catch {
            return .failure(CompanyPlanningError(repID: repID, message: "\(error)"))
        }
    }
}

/// One rep's plan with the territory it was planned on and the validator's
/// report.
public struct RepPlan: Sendable {
    public var repID: String
    public var territory: Territory
    public var plan: Plan
    public var validation: ValidationReport
}

/// The failure to plan one rep of a company, with the cause.
public struct CompanyPlanningError: Error, Hashable, Sendable, CustomStringConvertible {
    public var repID: String
    public var message: String

    public var description: String { "rep \(repID): \(message)" }
}
