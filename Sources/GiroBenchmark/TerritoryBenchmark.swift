import GiroModel
import GiroSolver
import GiroValidator

/// Compares planner configurations on field territories, such as those of
/// the generator presets.
///
/// Every territory is planned by every configuration with seeds 1 to K, and
/// optionally by long reference runs of the full search. Each plan is
/// checked by the independent validator, and its figures come from the
/// validator's `kpis(of:)`. A run's gap is measured against the best plan
/// that any run found for the same territory (`TerritoryResults`).
public struct TerritoryBenchmark: Sendable {
    /// A territory under a name that the results use.
    public struct Instance: Hashable, Sendable {
        public var name: String
        public var territory: Territory

        public init(name: String, territory: Territory) {
            self.name = name
            self.territory = territory
        }
    }

    /// The territories, configurations, seeds, limits and options of a run.
    public struct Configuration: Hashable, Sendable {
        public var instances: [Instance]
        /// The configurations to compare, in the order of the results.
        public var heuristics: [TerritoryHeuristic]
        /// Seeds 1 to `seedCount` run with every configuration.
        public var seedCount: Int
        /// Wall-clock limit per run in seconds; nil for none.
        public var timeLimit: Double?
        /// Ruin-and-recreate steps per run at most; nil for none.
        public var iterationLimit: Int?
        /// Time limit of the reference runs in seconds; nil for no reference
        /// runs.
        public var referenceTimeLimit: Double?
        /// Seeds 1 to `referenceSeedCount` run as references.
        public var referenceSeedCount: Int
        /// Options of every run. The seed and limits are replaced by those
        /// of the configuration, and each heuristic switches off the phases
        /// it leaves out.
        public var options: PlannerOptions

        public init(
            instances: [Instance], heuristics: [TerritoryHeuristic] = TerritoryHeuristic.allCases, seedCount: Int = 3,
            timeLimit: Double? = nil, iterationLimit: Int? = nil, referenceTimeLimit: Double? = nil,
            referenceSeedCount: Int = 3, options: PlannerOptions = PlannerOptions()
        ) {
            self.instances = instances
            self.heuristics = heuristics
            self.seedCount = seedCount
            self.timeLimit = timeLimit
            self.iterationLimit = iterationLimit
            self.referenceTimeLimit = referenceTimeLimit
            self.referenceSeedCount = referenceSeedCount
            self.options = options
        }

        /// Number of runs in all.
        public var runCount: Int {
            let references = referenceTimeLimit == nil ? 0 : max(1, referenceSeedCount)
            return instances.count * (heuristics.count * max(1, seedCount) + references)
        }
    }

    /// The label of the reference runs in the results.
    public static let referenceLabel = "reference"

    public let configuration: Configuration

    public init(configuration: Configuration) {
        self.configuration = configuration
    }

    /// Runs every territory with every configuration and seed, then the
    /// reference runs, one after the other on the calling thread.
    ///
    /// - Parameter progress: called after each run with the row, the run's
    ///   number counted from 1 and the number of runs.
    /// - Throws: `BenchmarkError.planning` when a territory cannot be
    ///   compiled or its plan cannot be timed by the validator.
    public func run(progress: ((TerritoryRow, Int, Int) -> Void)? = nil) throws(BenchmarkError) -> TerritoryResults {
        var rows: [TerritoryRow] = []
        var convergence: [ConvergencePoint] = []
        let runs = configuration.runCount

        func record(_ result: (row: TerritoryRow, convergence: [ConvergencePoint])) {
            rows.append(result.row)
            convergence += result.convergence
            progress?(result.row, rows.count, runs)
        }

        for instance in configuration.instances {
            for heuristic in configuration.heuristics {
                for seed in 1...UInt64(max(1, configuration.seedCount)) {
                    var options = heuristic.options(from: configuration.options)
                    options.seed = seed
                    options.timeLimit = configuration.timeLimit
                    options.iterationLimit = configuration.iterationLimit
                    record(try runOnce(instance, label: heuristic.rawValue, options: options))
                }
            }
            guard let referenceLimit = configuration.referenceTimeLimit else { continue }
            for seed in 1...UInt64(max(1, configuration.referenceSeedCount)) {
                var options = TerritoryHeuristic.ruinAndRecreate.options(from: configuration.options)
                options.seed = seed
                options.timeLimit = referenceLimit
                options.iterationLimit = nil
                record(try runOnce(instance, label: Self.referenceLabel, options: options))
            }
        }
        return TerritoryResults(rows: rows, convergence: convergence)
    }

    /// Plans one territory with one configuration and validates the plan.
    private func runOnce(
        _ instance: Instance, label: String, options: PlannerOptions
    ) throws(BenchmarkError) -> (row: TerritoryRow, convergence: [ConvergencePoint]) {
        let name = "\(instance.name)/\(label)"
        var sampler = ConvergenceSampler(instance: name, seed: options.seed)
        var iterations = 0

        let clock = ContinuousClock()
        let started = clock.now
        let plan: Plan
        do {
            (_, plan) = try Planner.plan(territory: instance.territory, options: options) { report in
                iterations = report.iterations
                guard let bestObjective = report.bestObjective else { return }
                sampler.record(
                    seconds: VRPTWBenchmark.seconds(report.elapsed), iterations: report.iterations,
                    bestObjective: bestObjective)
            }
        } catch {
            throw .planning(instance: instance.name, message: error.description)
        }
        let seconds = VRPTWBenchmark.seconds(clock.now - started)
        sampler.finish(seconds: seconds, iterations: iterations, bestObjective: plan.objective)

        let validator: PlanValidator
        do {
            validator = try PlanValidator(territory: instance.territory)
        } catch {
            throw .planning(instance: instance.name, message: "the validator cannot time a leg: \(error)")
        }
        let report = validator.validate(plan)
        let kpis = validator.kpis(of: plan)
        let row = TerritoryRow(
            territory: instance.name, heuristic: label, seed: options.seed, timeLimit: options.timeLimit,
            objective: plan.objective, visits: kpis.visits, unplanned: plan.unplanned.count,
            cadenceCompliance: kpis.cadenceCompliance, overdueAtHorizonEnd: kpis.overdueAtHorizonEnd,
            drivingShare: kpis.drivingShare, kilometresPerVisit: kpis.kilometresPerVisit, nightsAway: kpis.nightsAway,
            seconds: seconds, iterations: iterations, isValid: report.isValid)
        return (row, sampler.points)
    }
}
