extension Planner {
    /// Maximum number of plans with different night sequences that get a
    /// trial search.
    static let nightSequenceTrials = 4
    /// Share of the search's time, or of its steps, that the trial searches
    /// take together.
    static let nightSequenceTrialShare = 0.4

    /// Runs a short search from each start plan and returns the best result
    /// with the number of steps the trials took. With one start, returns it
    /// unsearched.
    ///
    /// The starts differ in the nights of reps who choose their hotels (see
    /// `SearchSolution.nightSequenceStarts`). The best filled sequence is not
    /// always the one whose searched plan is best, and the search moves one
    /// night at a time, so it rarely leaves the sequence it starts with.
    /// Each trial gets an equal part of `nightSequenceTrialShare` of the
    /// remaining time, or of the step limit when no time limit is given, and
    /// its own seed.
    func bestOfTrials(
        from starts: [SearchSolution], model: SearchModel, options: PlannerOptions, deadline: PlanningDeadline
    ) -> (start: SearchSolution, steps: Int) {
        guard starts.count > 1, options.metaheuristic == .ruinAndRecreate else { return (starts[0], 0) }

        let share = Planner.nightSequenceTrialShare / Double(starts.count)
        var best: SearchSolution?
        var steps = 0
        for (index, start) in starts.enumerated() {
            guard !deadline.hasPassed else { break }
            var trialOptions = options
            trialOptions.seed = options.seed &+ UInt64(index) &+ 1
            trialOptions.iterationLimit = options.effectiveIterationLimit.map { max(1, Int(Double($0) * share)) }
            trialOptions.stallLimit = options.effectiveStallLimit.map { max(1, Int(Double($0) * share)) }

            let now = ContinuousClock.now
            var trialDeadline = deadline
            if let instant = deadline.instant {
                trialDeadline.instant = now + (instant - now) * (share / (1 - share * Double(index)))
            }
            var search = RuinAndRecreate(model: model, options: trialOptions)
            let (result, iterations) = search.run(from: start, started: now, deadline: trialDeadline)
            steps += iterations
            if result.objective < best?.objective ?? .infinity {
                best = result
            }
        }
        return (best ?? starts[0], steps)
    }
}

extension PlannerOptions {
    /// Returns these options for the search that follows trial searches from
    /// `starts` plans. With several starts, the step and stall limits lose
    /// the trials' share.
    func afterTrials(_ starts: Int) -> PlannerOptions {
        guard starts > 1 else { return self }
        var options = self
        let share = 1 - Planner.nightSequenceTrialShare
        options.iterationLimit = effectiveIterationLimit.map { max(1, Int(Double($0) * share)) }
        options.stallLimit = effectiveStallLimit.map { max(1, Int(Double($0) * share)) }
        return options
    }
}
