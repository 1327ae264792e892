/// A report from a running benchmark, for a progress display.
public enum BenchmarkProgress: Hashable, Sendable {
    /// Run `run` of `runs` (both counted from 1) starts planning.
    case started(instance: String, seed: UInt64, run: Int, runs: Int)
    /// Run `run` of `runs` is planned and validated.
    case finished(BenchmarkRow, run: Int, runs: Int)
}
