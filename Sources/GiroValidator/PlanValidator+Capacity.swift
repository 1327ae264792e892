import GiroModel

extension PlanValidator {
    /// Reports a route whose load, the sum of its customers' demand, exceeds
    /// the rep's capacity. The violation names the first stop at which the
    /// running load exceeds it.
    ///
    /// - Complexity: O(n) for n stops.
    func checkCapacity(of route: DayRoute, rep: Rep, stops: [ResolvedStop], into violations: inout [Violation]) {
        guard let capacity = rep.capacity else { return }

        func exceeds(_ load: Double) -> Bool {
            load > capacity && !SafeArithmetic.isClose(load, capacity)
        }

        let load = stops.reduce(0.0) { $0 + ($1.customer?.demand ?? 0) }
        guard exceeds(load) else { return }

        var running = 0.0
        var firstStop: Int?
        for resolved in stops {
            running += resolved.customer?.demand ?? 0
            if exceeds(running) {
                firstStop = resolved.index
                break
            }
        }

        violations.append(
            Violation(
                rule: .capacity, repID: route.repID, date: route.date, stopIndex: firstStop,
                message: "load \(MessageFormat.number(load)) exceeds the capacity \(MessageFormat.number(capacity)) "
                    + "of rep \(rep.id)"))
    }
}
