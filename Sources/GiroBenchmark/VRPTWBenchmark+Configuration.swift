import GiroSolver

extension VRPTWBenchmark {
    /// The instances, best-known values, budget, seeds and planner options
    /// of a benchmark.
    public struct Configuration: Hashable, Sendable {
        /// Folder whose `*.txt` files are the Solomon-format instances.
        public var instanceFolder: String
        /// CSV file of best-known values (see `BestKnownValues`).
        public var bestKnownFile: String
        /// Wall-clock limit per run in seconds; nil for none.
        public var timeLimit: Double?
        /// Ruin-and-recreate steps per run at most; nil for none. With
        /// neither limit, the planner's default iteration limit applies.
        public var iterationLimit: Int?
        /// Seeds 1 to `seedCount` run on every instance.
        public var seedCount: Int
        public var objective: BenchmarkObjective
        /// Truncate every leg's distance to one decimal (DIMACS 2021).
        public var truncatesToOneDecimal: Bool
        /// Options of every run. The seed, time limit and iteration limit
        /// are replaced by those of the configuration.
        public var options: PlannerOptions

        public init(
            instanceFolder: String, bestKnownFile: String, timeLimit: Double? = nil, iterationLimit: Int? = nil,
            seedCount: Int = 1, objective: BenchmarkObjective = .distance, truncatesToOneDecimal: Bool = false,
            options: PlannerOptions = PlannerOptions()
        ) {
            self.instanceFolder = instanceFolder
            self.bestKnownFile = bestKnownFile
            self.timeLimit = timeLimit
            self.iterationLimit = iterationLimit
            self.seedCount = seedCount
            self.objective = objective
            self.truncatesToOneDecimal = truncatesToOneDecimal
            self.options = options
        }

        /// The seeds of every instance: 1 to `seedCount`.
        public var seeds: ClosedRange<UInt64> {
            1...UInt64(max(1, seedCount))
        }

        /// Returns the planner options of the run with `seed`.
        public func options(seed: UInt64) -> PlannerOptions {
            var options = self.options
            options.seed = seed
            options.timeLimit = timeLimit
            options.iterationLimit = iterationLimit
            return options
        }
    }
}
