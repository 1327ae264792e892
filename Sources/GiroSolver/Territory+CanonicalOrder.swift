import GiroModel

extension Territory {
    /// Returns the territory with its reps, customers, reservations and
    /// visit history in a canonical order, so that the planner gives the
    /// same plan for any order of these records in the input.
    ///
    /// Records are sorted by id, shorter ids first and then alphabetically,
    /// which keeps numbered ids such as `2` and `10` in numeric order. The
    /// visit history is sorted by customer, date and time. Appointments keep
    /// their order, because it ranks conflicting appointments of the same
    /// kind. Records with equal ids, which the planner reports as invalid
    /// data, keep their relative order.
    ///
    /// - Complexity: O(n log n) for n records.
    public func inCanonicalOrder() -> Territory {
        var result = self
        result.reps = Self.sortedStably(reps) { Self.precedes($0.id, $1.id) }
        result.customers = Self.sortedStably(customers) { Self.precedes($0.id, $1.id) }
        result.reservations = Self.sortedStably(reservations) { Self.precedes($0.id, $1.id) }
        result.visitHistory = Self.sortedStably(visitHistory) { lhs, rhs in
            if lhs.customerID != rhs.customerID {
                return Self.precedes(lhs.customerID, rhs.customerID)
            }
            if lhs.date != rhs.date {
                return lhs.date < rhs.date
            }
            return (lhs.time ?? -1) < (rhs.time ?? -1)
        }
        return result
    }

    /// Sorts `items` by `precedes`, keeping the input order of items that
    /// neither precedes.
    private static func sortedStably<Item>(_ items: [Item], by precedes: (Item, Item) -> Bool) -> [Item] {
        let sorted = items.enumerated().sorted { lhs, rhs in
            if precedes(lhs.element, rhs.element) {
                return true
            }
            if precedes(rhs.element, lhs.element) {
                return false
            }
            return lhs.offset < rhs.offset
        }
        return sorted.map(\.element)
    }

    /// Orders ids by length, then by their Unicode scalars.
    private static func precedes(_ lhs: String, _ rhs: String) -> Bool {
        let leftCount = lhs.unicodeScalars.count
        let rightCount = rhs.unicodeScalars.count
        guard leftCount == rightCount else { return leftCount < rightCount }
        return lhs.unicodeScalars.lexicographicallyPrecedes(rhs.unicodeScalars)
    }
}
