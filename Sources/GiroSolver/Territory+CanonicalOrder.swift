import GiroModel

extension Territory {
    /// Returns the territory with its reps, customers, reservations and
    /// visit history in a canonical order, so that the planner gives the
    /// same plan for any order of these records in the input.
    ///
    /// Records are sorted by id in natural order: runs of digits compare as
    /// numbers and everything else by Unicode scalars, so `C2` comes before
    /// `C10` and `anna` before `ben`. The visit history is sorted by
    /// customer, date and time. Appointments keep
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

    /// Orders ids naturally: the first differing run decides, digit runs by
    /// their numeric value and other runs by their Unicode scalars. Ids that
    /// compare equal that way, such as `7` and `07`, fall back to plain
    /// scalar order, so that the order is total.
    static func precedes(_ lhs: String, _ rhs: String) -> Bool {
        let left = runs(of: lhs)
        let right = runs(of: rhs)
        for (a, b) in zip(left, right) where a != b {
            let aIsNumber = a.first.map(isDigit) ?? false
            let bIsNumber = b.first.map(isDigit) ?? false
            if aIsNumber, bIsNumber {
                let aDigits = a.drop { $0 == "0" }
                let bDigits = b.drop { $0 == "0" }
                if aDigits.count != bDigits.count {
                    return aDigits.count < bDigits.count
                }
                if aDigits != bDigits {
                    return aDigits.lexicographicallyPrecedes(bDigits)
                }
            } else {
                return a.lexicographicallyPrecedes(b)
            }
        }
        if left.count != right.count {
            return left.count < right.count
        }
        return lhs.unicodeScalars.lexicographicallyPrecedes(rhs.unicodeScalars)
    }

    /// Splits an id into maximal runs of ASCII digits and of other scalars.
    private static func runs(of id: String) -> [[Unicode.Scalar]] {
        var result: [[Unicode.Scalar]] = []
        for scalar in id.unicodeScalars {
            if let last = result.last?.last, isDigit(last) == isDigit(scalar) {
                result[result.count - 1].append(scalar)
            } else {
                result.append([scalar])
            }
        }
        return result
    }

    private static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        ("0"..."9").contains(scalar)
    }
}
