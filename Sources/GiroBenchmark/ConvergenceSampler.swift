/// Keeps an evenly thinned sample of one run's progress reports, so that a
/// long run leaves at most `maximumPoints` points.
///
/// The sampler records every `stride`-th report. When the sample is full,
/// it keeps the points of every second stride and doubles the stride, so
/// the points stay evenly spread over the whole run. `finish` appends the
/// run's final state.
struct ConvergenceSampler {
    let instance: String
    let seed: UInt64
    let maximumPoints: Int
    private(set) var points: [ConvergencePoint] = []
    private var stride = 1
    private var reports = 0

    /// - Precondition: `maximumPoints` is at least 2.
    init(instance: String, seed: UInt64, maximumPoints: Int = 200) {
        precondition(maximumPoints >= 2, "a convergence sample needs at least two points")
        self.instance = instance
        self.seed = seed
        self.maximumPoints = maximumPoints
    }

    /// Offers one report. Amortised O(1).
    mutating func record(seconds: Double, iterations: Int, bestObjective: Double) {
        reports += 1
        guard reports % stride == 0 else { return }

        if points.count == maximumPoints {
            thin()
        }
        points.append(point(seconds: seconds, iterations: iterations, bestObjective: bestObjective))
    }

    /// Adds the run's final state, which every sample ends with.
    mutating func finish(seconds: Double, iterations: Int, bestObjective: Double) {
        if points.count == maximumPoints {
            thin()
        }
        points.append(point(seconds: seconds, iterations: iterations, bestObjective: bestObjective))
    }

    /// Keeps the points of reports 2·stride, 4·stride, … and doubles the
    /// stride. The point at index i comes from report (i + 1)·stride.
    private mutating func thin() {
        points = points.indices.filter { $0 % 2 == 1 }.map { points[$0] }
        stride *= 2
    }

    private func point(seconds: Double, iterations: Int, bestObjective: Double) -> ConvergencePoint {
        ConvergencePoint(
            instance: instance, seed: seed, seconds: seconds, iterations: iterations, bestObjective: bestObjective)
    }
}
