/// Positions of a company's groups, reps and customers by id, for the bulk
/// operations that would otherwise search linearly for every id.
///
/// The first of several entries with one id wins, as in `Company.group(id:)`.
public struct CompanyLookup: Sendable {
    let groups: [String: Int]
    let reps: [String: Int]
    let customers: [String: Int]

    /// - Complexity: O(G + R + C).
    public init(_ company: Company) {
        groups = Self.positions(company.groups.map(\.id))
        reps = Self.positions(company.reps.map(\.id))
        customers = Self.positions(company.customers.map(\.id))
    }

    private static func positions(_ ids: [String]) -> [String: Int] {
        var result: [String: Int] = [:]
        for (index, id) in ids.enumerated() where result[id] == nil {
            result[id] = index
        }
        return result
    }
}
