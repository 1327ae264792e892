/// The settings that one level (the company, a group, a rep or a customer)
/// sets, and the keys it locks against lower levels.
public struct SettingsLayer: Hashable, Sendable {
    /// Values set at this level; a missing key inherits from the level above.
    public var values: [SettingKey: SettingValue]
    /// Keys that levels below this one may not set.
    public var locks: Set<SettingKey>

    public init(values: [SettingKey: SettingValue] = [:], locks: Set<SettingKey> = []) {
        self.values = values
        self.locks = locks
    }

    public subscript(key: SettingKey) -> SettingValue? {
        get { values[key] }
        set { values[key] = newValue }
    }

    public var isEmpty: Bool { values.isEmpty && locks.isEmpty }
}
