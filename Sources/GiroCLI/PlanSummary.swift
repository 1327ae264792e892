import Giro

/// The readable summary of a plan: per rep and day the departure, visits,
/// break, return and totals, then the unplanned list and the plan totals.
struct PlanSummary {
    let territory: Territory
    let plan: Plan

    var text: String {
        var lines: [String] = []
        let names = Dictionary(territory.customers.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })

        for route in plan.routes {
            lines.append("")
            lines.append("Rep \(route.repID), \(weekdayName(route.date.weekday)) \(route.date)")
            lines.append("  \(ClockTime.format(route.departure))  depart")
            for (index, stop) in route.stops.enumerated() {
                if let taken = route.breakTaken, taken.placement == breakPlacementBefore(stop: index) {
                    lines.append(breakLine(taken))
                }
                let subject = stop.appointmentID.map { "appointment \($0)" } ?? "visit"
                let customer = stop.customerID.map { id in names[id].flatMap { $0 }.map { "\(id) \($0)" } ?? id }
                var line =
                    "  \(ClockTime.format(stop.serviceStart))–\(ClockTime.format(stop.serviceEnd))  "
                    + "\(subject) \(customer ?? "")".trimmingCharacters(in: .whitespaces)
                if stop.waitingTime > 0 {
                    line += " (waits \(minutes(stop.waitingTime)))"
                }
                lines.append(line)
            }
            if let taken = route.breakTaken, taken.placement == .afterStop(route.stops.count - 1) {
                lines.append(breakLine(taken))
            }
            lines.append("  \(ClockTime.format(route.arrival))  return")
            if let taken = route.breakTaken, taken.placement == .afterArrival || taken.placement == .beforeDeparture {
                lines.append("  break \(ClockTime.format(taken.start))–\(ClockTime.format(taken.end)) at home")
            }
            lines.append(
                "  \(route.visitCount) visits; driving \(minutes(route.drivingTime)), \(distance(route.distance)); "
                    + "working \(minutes(route.workingTime)); waiting \(minutes(route.waitingTime))")
        }

        lines.append("")
        if plan.unplanned.isEmpty {
            lines.append("Unplanned: none.")
        } else {
            lines.append("Unplanned (\(plan.unplanned.count)):")
            for item in plan.unplanned {
                lines.append("  \(item.kind.rawValue) \(item.id): \(item.reason.rawValue). \(item.message)")
            }
        }

        let driving = plan.routes.reduce(0) { $0 + $1.drivingTime }
        let travelled = plan.routes.reduce(0.0) { $0 + $1.distance }
        let working = plan.routes.reduce(0) { $0 + $1.workingTime }
        lines.append("")
        lines.append(
            "Total: \(plan.visitCount) visits on \(plan.routes.count) route days; driving \(minutes(driving)), "
                + "\(distance(travelled)); working \(minutes(working)); objective \(Int(plan.objective.rounded())).")
        return lines.joined(separator: "\n")
    }

    private func breakPlacementBefore(stop index: Int) -> PlannedBreak.Placement {
        index == 0 ? .beforeFirstStop : .afterStop(index - 1)
    }

    private func breakLine(_ taken: PlannedBreak) -> String {
        "  \(ClockTime.format(taken.start))–\(ClockTime.format(taken.end))  break"
    }

    private func minutes(_ seconds: Int) -> String {
        let total = (seconds + 30) / 60
        return total >= 60 ? "\(total / 60) h \(total % 60) min" : "\(total) min"
    }

    private func distance(_ value: Double) -> String {
        if case .euclidean = territory.travel {
            return "\(Double(Int(value * 100)) / 100) units"
        }
        return "\(Double(Int(value / 100)) / 10) km"
    }

    private func weekdayName(_ weekday: Weekday) -> String {
        ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"][weekday.rawValue - 1]
    }
}
