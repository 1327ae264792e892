import Foundation

/// Ruin-and-recreate around the local search, with simulated annealing or
/// late acceptance.
///
/// Each step copies the current plan, removes some visits (see `RuinMethod`),
/// now and then changes one night away (see `changeNight`), puts back what
/// fits (see `RecreateMethod`), runs the local search on the
/// result, and accepts or rejects it. The best plan seen is kept and
/// returned, so the result is never worse than the start. The search stops
/// at the deadline or on cancellation, at the iteration limit, or after
/// `stallLimit` steps without a new best plan.
///
/// With an iteration limit and no deadline, everything depends only on the
/// seed: the annealing temperature follows the step count, not the clock.
struct RuinAndRecreate {
    let model: SearchModel
    let options: PlannerOptions
    var localSearch: LocalSearch
    var generator: SeededGenerator
    /// Called with each new best objective and now and then otherwise.
    var onProgress: ((_ iterations: Int, _ best: Double) -> Void)?

    /// Average number of visits a step removes.
    static let averageRemoved = 15.0
    /// Maximum length of the string that string removal takes from one
    /// route.
    static let maximumStringLength = 10.0
    /// Start and end temperature of the annealing, as fractions of the
    /// average arc cost of the first plan. Measured on Solomon instances at
    /// one second: 15 removed visits and these temperatures gave about 0.15
    /// points lower mean gaps than 10 visits at 0.3 and 0.005.
    static let startTemperature = 0.2
    static let endTemperature = 0.005
    /// History length of late acceptance.
    static let lateAcceptanceLength = 50

    init(model: SearchModel, options: PlannerOptions) {
        self.model = model
        self.options = options
        localSearch = LocalSearch(model: model, operators: options.operators)
        generator = SeededGenerator(seed: options.seed)
    }

    /// Improves `start` and returns the best plan found and the number of
    /// steps taken.
    mutating func run(
        from start: SearchSolution, started: ContinuousClock.Instant, deadline: PlanningDeadline
    ) -> (best: SearchSolution, iterations: Int) {
        var current = start
        localSearch.run(&current, generator: &generator, deadline: deadline)
        var best = current
        onProgress?(0, best.objective)

        let ruins = RuinMethod.allCases.filter(options.ruinMethods.contains)
        let recreates = RecreateMethod.allCases.filter(options.recreateMethods.contains)
        let limit = options.effectiveIterationLimit
        guard options.metaheuristic == .ruinAndRecreate, !ruins.isEmpty, !recreates.isEmpty, limit != 0 else {
            return (best, 0)
        }

        let scale = averageArcCost(of: current)
        let hot = RuinAndRecreate.startTemperature * scale
        let cold = RuinAndRecreate.endTemperature * scale
        var history = [Double](repeating: current.objective, count: RuinAndRecreate.lateAcceptanceLength)
        var iterations = 0
        var sinceBest = 0
        let budget = deadline.instant.map { started.duration(to: $0) }

        while true {
            if let limit, iterations >= limit {
                break
            }
            if let stall = options.effectiveStallLimit, sinceBest >= stall {
                break
            }
            if deadline.hasPassed {
                break
            }

            var candidate = current
            let ruin = ruins[generator.index(below: ruins.count)]
            var removed = self.ruin(&candidate, method: ruin)
            if candidate.nights.isActive, generator.unit() < RuinAndRecreate.nightChangeShare {
                removed += changeNight(&candidate)
            }
            let recreate = recreates[generator.index(below: recreates.count)]
            self.recreate(&candidate, removed: removed, method: recreate, deadline: deadline)
            localSearch.run(&candidate, generator: &generator, deadline: deadline)
            iterations += 1

            // Progress through the budget, 0 to 1, sets the temperature.
            var fraction = 0.0
            if let limit, limit > 0 {
                fraction = Double(iterations) / Double(limit)
            }
            if let budget, budget > .zero {
                fraction = max(fraction, started.duration(to: ContinuousClock.now) / budget)
            }
            let value = candidate.objective
            let accepted: Bool
            switch options.acceptance {
            case .simulatedAnnealing:
                let temperature = hot * pow(cold / hot, min(1, fraction))
                accepted = value < current.objective - temperature * log(generator.unit())
            case .lateAcceptance:
                let slot = iterations % history.count
                accepted = value <= history[slot] || value <= current.objective
                if accepted {
                    history[slot] = value
                }
            }
            if accepted {
                current = candidate
            }

            if value < best.objective - LocalSearch.improvementThreshold {
                best = candidate
                sinceBest = 0
                onProgress?(iterations, best.objective)
            } else {
                sinceBest += 1
                if iterations & 255 == 0 {
                    onProgress?(iterations, best.objective)
                }
            }
        }
        // The last report carries the final step count.
        if iterations > 0 {
            onProgress?(iterations, best.objective)
        }
        return (best, iterations)
    }

    /// Computes the mean arc cost of a plan's used routes, the scale of the
    /// temperature; 1 when the plan has no arc of positive cost.
    private func averageArcCost(of solution: SearchSolution) -> Double {
        var total = 0.0
        var arcs = 0
        for route in 0..<model.slotCount where !solution.routes[route].isEmpty {
            var previous = model.startLocation[route]
            for task in solution.routes[route] where model.location[task] >= 0 {
                total += model.arcCost(from: previous, to: model.location[task], slot: route)
                previous = model.location[task]
                arcs += 1
            }
            total += model.arcCost(from: previous, to: model.endLocation[route], slot: route)
            arcs += 1
        }
        guard arcs > 0, total > 0 else { return 1 }
        return total / Double(arcs)
    }
}
