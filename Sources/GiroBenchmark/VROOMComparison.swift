import Foundation
import GiroFormats
import GiroModel
import GiroSolver
import GiroValidator

/// Compares Giro with VROOM on field territories, on VROOM's terms and on
/// Giro's.
///
/// Each territory is cut down to what VROOM can express
/// (`VROOMProblem.expressibleTerritory`) and exported. VROOM solves the
/// export once, since it takes no seed; Giro solves the cut-down territory
/// and the whole territory with seeds 1 to K, all with the same time limit.
/// Every plan is checked by the validator as its solver reported it, under
/// the rules it was made for, and then, with the objective recomputed,
/// under the cut-down rules and under the whole territory's. It is
/// measured on VROOM's terms (served priority, then driving time) and on
/// Giro's objective.
public struct VROOMComparison: Sendable {
    /// The territories, seeds, time limit and planner options of a run.
    public struct Configuration: Hashable, Sendable {
        public var instances: [TerritoryBenchmark.Instance]
        /// Giro runs with seeds 1 to `seedCount` on each problem.
        public var seedCount: Int
        /// Wall-clock limit of every solve, VROOM's included, in seconds.
        public var timeLimit: Double
        /// Options of Giro's runs; the seed and time limit are replaced.
        public var options: PlannerOptions

        public init(
            instances: [TerritoryBenchmark.Instance], seedCount: Int = 3, timeLimit: Double = 5,
            options: PlannerOptions = PlannerOptions()
        ) {
            self.instances = instances
            self.seedCount = seedCount
            self.timeLimit = timeLimit
            self.options = options
        }

        /// Number of solves in all.
        public var runCount: Int {
            instances.count * (1 + 2 * max(1, seedCount))
        }
    }

    /// VROOM's solution of one exported problem, and what errors about it
    /// tell the reader.
    public struct PeerSolution: Sendable {
        /// The solution in VROOM's JSON output format.
        public var data: Data
        /// Wall-clock seconds of the solve.
        public var seconds: Double
        /// The name that errors about the solution start with, such as the
        /// path of the solution file.
        public var fileName: String
        /// Sentences that end every error about the solution, such as which
        /// command wrote it and where its problem is. Empty adds nothing.
        public var origin: String

        public init(data: Data, seconds: Double, fileName: String, origin: String = "") {
            self.data = data
            self.seconds = seconds
            self.fileName = fileName
            self.origin = origin
        }
    }

    /// A function that solves one exported problem with VROOM. It takes the
    /// problem in VROOM's JSON input format, the territory's name and the
    /// time limit in seconds.
    public typealias PeerSolver = (_ problem: Data, _ territory: String, _ timeLimit: Double) throws(BenchmarkError) ->
        PeerSolution

    public let configuration: Configuration

    public init(configuration: Configuration) {
        self.configuration = configuration
    }

    /// Runs every solve, one after the other on the calling thread.
    ///
    /// - Parameters:
    ///   - vroom: runs VROOM on an exported problem.
    ///   - progress: called after each solve with the row, the solve's
    ///     number counted from 1 and the number of solves.
    /// - Throws: `BenchmarkError.planning` when a territory cannot be
    ///   compiled, `.peer` when VROOM fails, `.format` when its solution
    ///   cannot be read, naming the solution's `fileName` and ending with
    ///   its `origin`.
    public func run(
        vroom: PeerSolver, progress: ((VROOMComparisonRow, Int, Int) -> Void)? = nil
    ) throws(BenchmarkError) -> [VROOMComparisonRow] {
        var rows: [VROOMComparisonRow] = []
        func record(_ row: VROOMComparisonRow) {
            rows.append(row)
            progress?(row, rows.count, configuration.runCount)
        }

        for instance in configuration.instances {
            let judge = try Judge(instance)

            let solution = try vroom(judge.problem.encoded(), instance.name, configuration.timeLimit)
            let vroomPlan: Plan
            do {
                vroomPlan = try judge.problem.plan(fromSolution: solution.data, fileName: solution.fileName)
            } catch {
                throw .format(Self.error(error, adding: solution.origin))
            }
            record(
                judge.row(vroomPlan, solver: .vroom, seed: 0, timeLimit: configuration.timeLimit, seconds: solution.seconds))

            for seed in 1...UInt64(max(1, configuration.seedCount)) {
                for solver in [VROOMComparisonRow.Solver.giro, .giroFull] {
                    var options = configuration.options
                    options.seed = seed
                    options.timeLimit = configuration.timeLimit
                    let territory = solver == .giro ? judge.expressible : instance.territory

                    let clock = ContinuousClock()
                    let started = clock.now
                    let plan: Plan
                    do {
                        (_, plan) = try Planner.plan(territory: territory, options: options)
                    } catch {
                        throw .planning(instance: instance.name, message: error.description)
                    }
                    let seconds = VRPTWBenchmark.seconds(clock.now - started)
                    record(judge.row(plan, solver: solver, seed: seed, timeLimit: configuration.timeLimit, seconds: seconds))
                }
            }
        }
        return rows
    }

    /// Returns `error` with the sentences of `origin` after its message.
    private static func error(_ error: FormatError, adding origin: String) -> FormatError {
        guard !origin.isEmpty else { return error }
        var error = error
        let endsSentence = error.message.hasSuffix(".") || error.message.hasSuffix("?") || error.message.hasSuffix("!")
        error.message += (endsSentence ? " " : ". ") + origin
        return error
    }

    /// The exported problem of one territory and the validators that judge
    /// every plan of it.
    private struct Judge {
        let name: String
        let expressible: Territory
        let problem: VROOMProblem
        let exportedRules: PlanValidator
        let fullRules: PlanValidator

        init(_ instance: TerritoryBenchmark.Instance) throws(BenchmarkError) {
            name = instance.name
            expressible = VROOMProblem.expressibleTerritory(instance.territory)
            do {
                problem = try VROOMProblem(territory: expressible)
            } catch {
                throw .planning(instance: instance.name, message: error.description)
            }
            do {
                exportedRules = try PlanValidator(territory: expressible)
                fullRules = try PlanValidator(territory: instance.territory)
            } catch {
                throw .planning(instance: instance.name, message: "the validator cannot time a leg: \(error)")
            }
        }

        func row(
            _ plan: Plan, solver: VROOMComparisonRow.Solver, seed: UInt64, timeLimit: Double, seconds: Double
        ) -> VROOMComparisonRow {
            let ownRules = solver == .giroFull ? fullRules : exportedRules
            var underExportedRules = plan
            underExportedRules.objective = exportedRules.objective(of: plan)
            var underFullRules = plan
            underFullRules.objective = fullRules.objective(of: plan)
            let kpis = fullRules.kpis(of: underFullRules)
            return VROOMComparisonRow(
                territory: name, solver: solver, seed: seed, timeLimit: timeLimit, seconds: seconds,
                terms: problem.terms(of: plan), isValid: ownRules.validate(plan).isValid,
                isValidOnExportedRules: exportedRules.validate(underExportedRules).isValid,
                fullRuleViolations: fullRules.validate(underFullRules).violations.count,
                fullObjective: underFullRules.objective, cadenceCompliance: kpis.cadenceCompliance, visits: kpis.visits,
                nightsAway: kpis.nightsAway)
        }
    }
}
