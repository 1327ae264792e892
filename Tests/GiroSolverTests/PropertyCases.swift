import Foundation

/// The number of random cases that each property test checks: the value of
/// the environment variable `GIRO_PROPERTY_CASES`, or 30 for the fast suite.
/// The long run (`make property`) sets 10,000 in a release build.
enum PropertyCases {
    static let count: Int = {
        guard let text = ProcessInfo.processInfo.environment["GIRO_PROPERTY_CASES"], let value = Int(text) else {
            return 30
        }
        return max(1, value)
    }()

    /// Whether the long run asked for more cases than the fast suite.
    static var isLong: Bool { count > 30 }
}
