/// The cost of one size of a scale sweep: the planning time and the peak
/// memory of the process that planned it.
public struct ScaleMeasurement: Hashable, Sendable {
    public var size: ScaleSweep.Size
    /// Customers in the generated territory, all reps together.
    public var customers: Int
    /// Seconds that `giro plan` reports for planning: the travel matrices,
    /// construction and search, and for several reps their validation too.
    public var planningSeconds: Double
    /// Seconds of the whole `giro plan` process, reading the file included.
    public var processSeconds: Double
    /// Peak resident memory of the `giro plan` process, in bytes.
    public var peakMemoryBytes: Int
    /// Whether every plan passed the validator.
    public var isValid: Bool

    public init(
        size: ScaleSweep.Size, customers: Int, planningSeconds: Double, processSeconds: Double, peakMemoryBytes: Int,
        isValid: Bool
    ) {
        self.size = size
        self.customers = customers
        self.planningSeconds = planningSeconds
        self.processSeconds = processSeconds
        self.peakMemoryBytes = peakMemoryBytes
        self.isValid = isValid
    }
}

/// A power law fitted to the planning time along one arm of a sweep:
/// seconds ≈ c · value^exponent.
public struct ScaleFit: Hashable, Sendable {
    public var dimension: ScaleSweep.Dimension
    public var exponent: Double
    /// The coefficient of determination of the fit on logarithmic axes.
    public var rSquared: Double
    /// The sizes that the fit used.
    public var sampleCount: Int

    public init(dimension: ScaleSweep.Dimension, exponent: Double, rSquared: Double, sampleCount: Int) {
        self.dimension = dimension
        self.exponent = exponent
        self.rSquared = rSquared
        self.sampleCount = sampleCount
    }
}
