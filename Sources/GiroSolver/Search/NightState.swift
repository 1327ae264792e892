/// The start and end location of each route of a search, and the nights
/// spent away from home.
///
/// A route starts at its slot's own start location unless the night before
/// its day is spent away, and ends at its slot's own end location unless
/// the night after its day is. A night away after slot `s` sets
/// `endLocation[s]` and the start of the next day's slot to the same place.
struct NightState {
    /// Whether some slot allows a night away. When false, every night is
    /// spent at home and the search skips every night check.
    let isActive: Bool
    /// Cost of one night away, in objective units (seconds of driving).
    let nightCost: Double
    /// Per slot: index of the start location in the location table.
    var startLocation: [Int]
    /// Per slot: index of the end location in the location table.
    var endLocation: [Int]
    /// Per slot: whether the night after its day is spent away from home.
    var isAway: [Bool]
    /// Per slot: the search step of the last trial that failed to fit
    /// unplanned visits with a night after its day, or -1. A new trial
    /// waits until one of the two days or the unplanned penalties change.
    var failedTrialStep: [Int]
    /// Per slot: the unplanned penalties at the last failed trial.
    var failedTrialPenalty: [Double]

    /// Makes the state with every night at home.
    init(model: SearchModel) {
        isActive = model.problem.overnight.isActive
        nightCost = model.problem.territory.settings.nightCost
        startLocation = model.startLocation
        endLocation = model.endLocation
        isAway = Array(repeating: false, count: model.slotCount)
        failedTrialStep = Array(repeating: -1, count: model.slotCount)
        failedTrialPenalty = Array(repeating: 0, count: model.slotCount)
    }
}
