/// The class of a Solomon or Gehring–Homberger instance: customer layout
/// (C clustered, R random, RC mixed) and horizon (1 short, 2 long).
public enum InstanceClass: String, CaseIterable, Hashable, Sendable, Comparable {
    case c1 = "C1"
    case c2 = "C2"
    case r1 = "R1"
    case r2 = "R2"
    case rc1 = "RC1"
    case rc2 = "RC2"

    /// Reads the class from an instance name, case-insensitively: the
    /// letters `C`, `R` or `RC` and the digit after them, so `C101` and
    /// `c1_2_1` are C1 and `RC208` is RC2. Returns nil for other names.
    public init?(instanceName: String) {
        let name = instanceName.uppercased()
        let layout = name.hasPrefix("RC") ? "RC" : String(name.prefix(1))
        guard layout == "RC" || layout == "R" || layout == "C" else { return nil }

        let rest = name.dropFirst(layout.count)
        guard let horizon = rest.first, horizon == "1" || horizon == "2" else { return nil }
        self.init(rawValue: layout + String(horizon))
    }

    /// Orders classes as the literature tables do: C1, C2, R1, R2, RC1, RC2.
    public static func < (lhs: InstanceClass, rhs: InstanceClass) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
