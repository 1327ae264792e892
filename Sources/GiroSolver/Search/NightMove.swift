/// A change of the night after one day: open it at a place away from home,
/// or close it so that the rep sleeps at home. It changes the day's route
/// and the next day's route of the same rep.
///
/// `delta` follows the search's sign convention: new minus old objective,
/// negative when the change improves the plan.
struct NightMove {
    /// The slot whose night changes.
    var slot: Int
    /// The slot of the next day, which starts where the night is spent.
    var next: Int
    /// Index of the place of a night away in the location table, or nil for
    /// a night at home.
    var location: Int?
    /// Predicted objective contribution of `slot` after the change.
    var firstObjective: Double
    /// Predicted objective contribution of `next` after the change.
    var secondObjective: Double
    var delta: Double
}
