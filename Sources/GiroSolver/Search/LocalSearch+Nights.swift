extension LocalSearch {
    /// Tries to change each night that the overnight rules allow: opens or
    /// closes it when that alone lowers the objective, and else, while
    /// visits are unplanned, opens it to fit them into the two days around
    /// it. Returns whether a change was applied.
    ///
    /// - Complexity: O(N) night evaluations for N slots that allow a night,
    ///   plus the fitting steps (see `SearchSolution.openNightToFit`).
    func improveNights(_ solution: inout SearchSolution) -> Bool {
        guard solution.nights.isActive else { return false }
        let overnight = model.problem.overnight
        var applied = false
        for slot in 0..<model.slotCount where overnight.allowsNight[slot] {
            if let move = solution.nightChange(after: slot), move.delta < -LocalSearch.improvementThreshold {
                solution.apply(move)
                applied = true
                continue
            }
            if operators.insertVisit, solution.openNightToFit(after: slot) {
                applied = true
            }
        }
        return applied
    }
}
