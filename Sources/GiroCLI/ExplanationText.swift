import Foundation
import Giro

/// The lines that `giro plan --explain CUSTOMER` prints about one customer.
enum ExplanationText {
    static func lines(_ explanation: CustomerExplanation) -> [String] {
        let rep = explanation.repID.map { " (rep \($0))" } ?? ""
        var lines = ["Customer \(explanation.customerID)\(rep) \(statusText(explanation))"]

        if !explanation.visits.isEmpty {
            let visits = explanation.visits.map { visit in
                "\(visit.date) at \(PlanSummary.clock(visit.serviceStart))" + (visit.isAppointment ? " (appointment)" : "")
            }
            lines.append("  Visits: \(visits.joined(separator: ", ")).")
        }
        if !explanation.reservationIDs.isEmpty {
            lines.append(
                "  Reservations: \(explanation.reservationIDs.joined(separator: ", ")); a reservation is the "
                    + "customer's visit in the horizon, on any day, whatever the cadence allows.")
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
            let driving = Int((Double(day.extraDrivingTime) / 60).rounded())
            let change = String(format: "%+.2f", day.objectiveChange)
            if let from = day.movedFrom {
                lines.append(
                    "  Cheapest other day for the visit of \(from): \(day.date) with rep \(day.repID), "
                        + "\(String(format: "%+d", driving)) min of driving, objective change \(change) "
                        + "(positive: worse than the plan).")
            } else {
                lines.append(
                    "  Cheapest day for a visit: \(day.date) with rep \(day.repID), "
                        + "\(String(format: "%+d", driving)) min of driving, objective change \(change) "
                        + "(negative: the visit would pay for its drive).")
            }
        } else if explanation.visits.count > 1 || explanation.visits.contains(where: \.isAppointment) {
            // The explanation prices only the move of a single visit, so a
            // missing price does not mean that other days lack room.
            lines.append("  No other day is priced for a customer whose plan has an appointment or several visits.")
        } else if explanation.candidateDays > 0 {
            let other = explanation.visits.isEmpty ? "" : " other"
            lines.append("  No\(other) candidate day has room for the visit in the plan's routes.")
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
        case .visitedBeforeReplan:
            return "is not in the plan: the visit history logs its visit earlier on the first day, before the re-plan."
        case .notYetEligible:
            let from = explanation.eligibleFrom.map { " from \($0)" } ?? ""
            return "is not in the plan: its cadence allows the next visit only\(from), after the horizon."
        case .noDayAvailable:
            return "is not in the plan: its cadence allows a visit, but no day of the horizon can take one (closed, "
                + "blocked, a day off of the rep, or too far for a day trip on every eligible day)."
        case .notDue:
            return "is not in the plan: it is not due within the horizon, and an early visit did not pay for its drive."
        case .manual:
            return "is not in the plan: it has no cadence, so only appointments and reservations bring a visit."
        }
    }
}
