/// The sizes of a scale sweep: how many customers each rep has, how many
/// reps plan, and how many days the horizon has.
///
/// The sweep varies one dimension at a time around a base size, in a star
/// design. Each customers-per-rep value goes with the base reps and days,
/// each reps value with the base customers and days, and each days value
/// with the base customers and reps. Each arm then gives one growth
/// exponent.
public struct ScaleSweep: Hashable, Sendable {
    /// One size of the sweep.
    public struct Size: Hashable, Sendable, CustomStringConvertible {
        public var customersPerRep: Int
        public var reps: Int
        public var days: Int

        public init(customersPerRep: Int, reps: Int, days: Int) {
            self.customersPerRep = customersPerRep
            self.reps = reps
            self.days = days
        }

        /// The size as `customers × reps × days`, such as `300 × 1 × 20`.
        public var description: String {
            "\(customersPerRep) × \(reps) × \(days)"
        }
    }

    /// A dimension that the sweep varies.
    public enum Dimension: String, CaseIterable, Hashable, Sendable {
        case customersPerRep = "customers per rep"
        case reps
        case days

        /// Returns this dimension's value in `size`.
        public func value(of size: Size) -> Int {
            switch self {
            case .customersPerRep: return size.customersPerRep
            case .reps: return size.reps
            case .days: return size.days
            }
        }
    }

    public var base: Size
    public var customersPerRep: [Int]
    public var reps: [Int]
    public var days: [Int]

    public init(base: Size, customersPerRep: [Int], reps: [Int], days: [Int]) {
        self.base = base
        self.customersPerRep = customersPerRep
        self.reps = reps
        self.days = days
    }

    /// Every size once, the base size first, then the arms in the order
    /// customers per rep, reps, days, each with its values as given.
    public var sizes: [Size] {
        var sizes: [Size] = []
        func add(_ size: Size) {
            if !sizes.contains(size) {
                sizes.append(size)
            }
        }
        add(base)
        for value in customersPerRep {
            add(Size(customersPerRep: value, reps: base.reps, days: base.days))
        }
        for value in reps {
            add(Size(customersPerRep: base.customersPerRep, reps: value, days: base.days))
        }
        for value in days {
            add(Size(customersPerRep: base.customersPerRep, reps: base.reps, days: value))
        }
        return sizes
    }

    /// Returns the sizes of the arm along `dimension`: those that differ
    /// from the base in that dimension only, and the base.
    public func arm(_ dimension: Dimension) -> [Size] {
        sizes.filter { size in
            Dimension.allCases.allSatisfy { $0 == dimension || $0.value(of: size) == $0.value(of: base) }
        }
    }
}
