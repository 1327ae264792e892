/// Finds the known name closest to a misspelt one, for "did you mean" hints.
enum KeySuggestion {
    /// Returns the known name nearest to `name` by edit distance, ignoring
    /// case, or nil when none is close enough to be a plausible typo. Close
    /// enough means at most 2 edits, or a quarter of the length of a long name.
    static func nearest(to name: String, among known: [String]) -> String? {
        let target = Array(name.lowercased().unicodeScalars)
        let allowed = max(2, target.count / 4)
        var best: (name: String, distance: Int)?

        for candidate in known {
            // The edit distance is at least the difference in length, and
            // skipping on it keeps a name of megabytes from costing minutes.
            let candidateScalars = Array(candidate.lowercased().unicodeScalars)
            guard abs(candidateScalars.count - target.count) <= allowed else { continue }
            let distance = editDistance(target, candidateScalars)
            guard distance <= allowed else { continue }
            if let current = best, current.distance <= distance {
                continue
            }
            best = (candidate, distance)
        }
        return best?.name
    }

    /// Builds the hint for an unknown name: `did you mean "visitMinutes"?`,
    /// or the list of known names when none is close.
    static func hint(for name: String, among known: [String]) -> String {
        if let nearest = nearest(to: name, among: known) {
            return "did you mean \(MessageText.quoted(nearest))?"
        }
        return "expected one of: " + known.joined(separator: ", ")
    }

    /// Levenshtein distance: insertions, deletions and substitutions.
    static func editDistance(_ first: [Unicode.Scalar], _ second: [Unicode.Scalar]) -> Int {
        guard !first.isEmpty else { return second.count }
        guard !second.isEmpty else { return first.count }

        var previous = Array(0...second.count)
        var current = [Int](repeating: 0, count: second.count + 1)
        for i in 1...first.count {
            current[0] = i
            for j in 1...second.count {
                let substitution = previous[j - 1] + (first[i - 1] == second[j - 1] ? 0 : 1)
                current[j] = min(previous[j] + 1, current[j - 1] + 1, substitution)
            }
            swap(&previous, &current)
        }
        return previous[second.count]
    }
}
