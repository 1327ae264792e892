/// A plan's score on VROOM's own terms: first the sum of the priorities
/// of the exported jobs it serves, then its driving time.
///
/// Both solvers' plans of one `VROOMProblem` are measured with the same
/// jobs and priorities, so that they compare the way VROOM ranks its own
/// solutions.
public struct VROOMTerms: Hashable, Sendable {
    /// Sum of the priorities of the served jobs.
    public var servedPriority: Int
    /// Sum of the priorities of every exported job: the most a plan can
    /// serve.
    public var exportedPriority: Int
    /// Exported jobs served.
    public var servedJobs: Int
    /// Exported jobs in all.
    public var jobs: Int
    /// Driving time of all routes, in seconds.
    public var drivingTime: Int
    /// Distance of all routes, in metres.
    public var distance: Double

    public init(
        servedPriority: Int, exportedPriority: Int, servedJobs: Int, jobs: Int, drivingTime: Int, distance: Double
    ) {
        self.servedPriority = servedPriority
        self.exportedPriority = exportedPriority
        self.servedJobs = servedJobs
        self.jobs = jobs
        self.drivingTime = drivingTime
        self.distance = distance
    }

    /// Returns whether this plan is at least as good as `other` on VROOM's
    /// terms: a higher priority sum, or the same sum and no more driving
    /// time.
    public func isAtLeastAsGood(as other: VROOMTerms) -> Bool {
        guard servedPriority == other.servedPriority else {
            return servedPriority > other.servedPriority
        }
        return drivingTime <= other.drivingTime
    }
}
