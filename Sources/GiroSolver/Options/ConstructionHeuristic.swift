/// The heuristic that builds the first plan, before any improvement.
///
/// Every heuristic places appointments first, in rank order, then
/// reservations, then due customers, then customers that may be seen early,
/// and reports what does not fit. They differ in how they place the
/// reservations and due customers.
public enum ConstructionHeuristic: Hashable, Sendable, CustomStringConvertible {
    /// Repeatedly inserts the task with the cheapest feasible insertion.
    case cheapestInsertion
    /// Repeatedly inserts the task whose best insertion is most ahead of its
    /// k-th best, summed over the k − 1 runners-up (regret-k, k ≥ 2). Tasks
    /// that fit in fewer than k slots go first. A k below 2 gives cheapest
    /// insertion.
    case regretInsertion(k: Int)
    /// Clarke and Wright's parallel savings, merging routes end to start
    /// while the merged route stays feasible in some slot, with savings
    /// computed per start and end location of the slots.
    case savings
    /// Solomon's I1 sequential insertion: routes are opened one at a time
    /// from the farthest unrouted task and grown by the insertion criterion
    /// of Solomon (1987) with μ = 1, λ = 2, α₁ = 1, α₂ = 0.
    case solomonI1
    /// Sweep: tasks sorted by polar angle around the start location, cut into
    /// routes where the next task no longer fits. When that leaves tasks
    /// unplaced, the sweep is repeated letting a route pass over a few
    /// misfits.
    case sweep

    /// The default: regret-2 insertion.
    public static let standard = ConstructionHeuristic.regretInsertion(k: 2)

    /// Names accepted by `init(name:)`, for help texts.
    public static let names = ["cheapest", "regret", "regret-K", "savings", "i1", "sweep"]

    /// Parses a name: `cheapest`, `regret` (regret-2), `regret-K` for K from
    /// 2 to 9, `savings`, `i1` or `sweep`. Returns nil for any other text.
    public init?(name: String) {
        switch name {
        case "cheapest":
            self = .cheapestInsertion
        case "regret":
            self = .regretInsertion(k: 2)
        case "savings":
            self = .savings
        case "i1":
            self = .solomonI1
        case "sweep":
            self = .sweep
        default:
            guard name.hasPrefix("regret-"), let k = Int(name.dropFirst("regret-".count)), (2...9).contains(k) else {
                return nil
            }
            self = .regretInsertion(k: k)
        }
    }

    /// The name that `init(name:)` reads back.
    public var description: String {
        switch self {
        case .cheapestInsertion:
            return "cheapest"
        case .regretInsertion(let k):
            return k == 2 ? "regret" : "regret-\(k)"
        case .savings:
            return "savings"
        case .solomonI1:
            return "i1"
        case .sweep:
            return "sweep"
        }
    }
}
