/// A day of the week, numbered as in ISO 8601 (Monday = 1, Sunday = 7).
public enum Weekday: Int, CaseIterable, Hashable, Comparable, Sendable {
    case monday = 1
    case tuesday, wednesday, thursday, friday, saturday, sunday

    /// The three-letter lowercase key used in files: `mon`, `tue`, … `sun`.
    public var key: String {
        Weekday.keys[rawValue - 1]
    }

    /// Finds the weekday for a three-letter key such as `tue`.
    public init?(key: String) {
        guard let index = Weekday.keys.firstIndex(of: key) else { return nil }
        self.init(rawValue: index + 1)
    }

    public static func < (lhs: Weekday, rhs: Weekday) -> Bool {
        lhs.rawValue < rhs.rawValue
    }

    static let keys = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
}
