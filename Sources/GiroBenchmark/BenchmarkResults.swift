/// Everything a benchmark produced: one row per instance and seed, in run
/// order, and the sampled convergence of every run.
public struct BenchmarkResults: Hashable, Sendable {
    public var rows: [BenchmarkRow]
    public var convergence: [ConvergencePoint]

    public init(rows: [BenchmarkRow], convergence: [ConvergencePoint]) {
        self.rows = rows
        self.convergence = convergence
    }
}
