import Foundation
import Giro

/// The lines that `giro plan --explain CUSTOMER` prints about one customer.
enum ExplanationText {
    static func lines(_ explanation: CustomerExplanation) -> [String] {
        let rep = explanation.repID.map { " (rep \($0))" } ?? ""
        var lines = ["Customer \(explanation.customerID)\(rep) \(statusText(explanation))"]

        if !explanation.visits.isEmpty {
            let visits = explanation.visits.map { visit in
                "\(visit.date) at \(ClockTime.format(visit.serviceStart))" + (visit.isAppointment ? " (appointment)" : "")
            }
            lines.append("  Visits: \(visits.joined(separator: ", ")).")
        }
        if let interval = explanation.cadenceDays {
            var parts = ["every \(PlanSummary.counted(interval, "day"))"]
            parts.append(explanation.lastVisit.map { "last visit \($0)" } ?? "never visited")
            if let due = explanation.dueDate {
                parts.append("due \(due)")
            }
            if let eligible = explanation.eligibleFrom {
                parts.append("may be visited from \(eligible)")
            }
            lines.append("  Cadence: \(parts.joined(separator: "; ")).")
        }

        if let day = explanation.cheapestDay {
            let minutes = Int((Double(day.extraDrivingTime) / 60).rounded())
            let change = String(format: "%+.2f", day.objectiveChange)
            lines.append(
                "  Cheapest day for one more visit: \(day.date) with rep \(day.repID), \(minutes) min more driving, "
                    + "objective change \(change).")
        } else if explanation.candidateDays > 0 {
            let other = explanation.visits.isEmpty ? "" : " other"
            lines.append("  No\(other) candidate day has room for one more visit in the plan's routes.")
        } else if explanation.cadenceDays != nil {
            lines.append("  No day of the horizon allows a visit: opening hours, working days, blocks or cadence exclude every day.")
        }
        return lines
    }

    private static func statusText(_ explanation: CustomerExplanation) -> String {
        switch explanation.status {
        case .planned:
            return "is in the plan."
        case .unplanned(let entry):
            let subject = entry.kind == .reservation ? "its reservation \(entry.id) is" : "it is"
            return "is not in the plan: \(subject) unplanned (\(entry.reason.rawValue)). \(entry.message)"
        case .notDue:
            return "is not in the plan: it is not due within the horizon, and an early visit did not pay for its drive."
        case .manual:
            return "is not in the plan: it has no cadence, so only appointments and reservations bring a visit."
        }
    }
}
