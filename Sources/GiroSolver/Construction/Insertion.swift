/// A slot, position and cost at which a task can enter a route.
struct Insertion: Hashable {
    var slot: Int
    /// Index in the slot's sequence before which the task goes.
    var position: Int
    /// Change of the objective, in seconds of driving equivalent. Negative
    /// values improve the plan.
    var cost: Double
}
