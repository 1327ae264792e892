/// A way of placing the tasks of one mandatory tier (reservations, or due
/// customers) into a plan under construction.
///
/// The construction heuristics differ only here. Appointments before and
/// optional visits after are placed the same way by every heuristic.
protocol TierPlacement {
    /// Places `tasks` into `plan` without touching what it already holds,
    /// except by inserting into its routes. Marks every task that fits
    /// nowhere as failed, so that each task ends up placed or failed.
    func place(_ tasks: [Int], in plan: inout PartialPlan)
}
