extension Planner {
    /// Maximum number of plans with different night sequences that get a
    /// trial search.
    static let nightSequenceTrials = 12
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
    /// its own seed. A step limit too small to give each trial a step runs
    /// no trial.
    func bestOfTrials(
        from starts: [SearchSolution], model: SearchModel, options: PlannerOptions, deadline: PlanningDeadline
    ) -> (start: SearchSolution, steps: Int) {
        guard starts.count > 1, options.metaheuristic == .ruinAndRecreate else { return (starts[0], 0) }

        let share = Planner.nightSequenceTrialShare / Double(starts.count)
        let trialLimit = options.effectiveIterationLimit.map { Int(Double($0) * share) }
        if let trialLimit, trialLimit < 1 {
            return (starts[0], 0)
        }

        var best: SearchSolution?
        var steps = 0
        for (index, start) in starts.enumerated() {
            guard !deadline.hasPassed else { break }
            var trialOptions = options
            trialOptions.seed = options.seed &+ UInt64(index) &+ 1
            trialOptions.iterationLimit = trialLimit

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
    /// Returns these options for the search that follows trial searches of
    /// `steps` steps in all: the step limit loses those steps.
    func afterTrials(steps: Int) -> PlannerOptions {
        guard steps > 0, let limit = effectiveIterationLimit else { return self }
        var options = self
        options.iterationLimit = max(0, limit - steps)
        return options
    }
}
