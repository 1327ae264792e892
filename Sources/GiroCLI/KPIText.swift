import Foundation
import Giro

/// The plan figures as three lines of text for the terminal, after the
/// summary's totals.
enum KPIText {
    static func lines(_ kpis: PlanKPIs) -> [String] {
        let percent = { (share: Double) in String(format: "%.0f %%", share * 100) }
        return [
            "Figures: \(String(format: "%.1f", kpis.visitsPerDay)) visits a route day; driving is "
                + "\(percent(kpis.drivingShare)) of working time; \(String(format: "%.1f", kpis.kilometresPerVisit)) km "
                + "a visit; \(PlanSummary.counted(kpis.nightsAway, "night")) away.",
            "Cadence: \(PlanSummary.counted(kpis.dueCustomers, "customer")) due in the horizon, "
                + "\(kpis.dueCustomersVisitedInTime) visited by their due date (\(percent(kpis.cadenceCompliance))); "
                + "\(kpis.overdueAtHorizonEnd) overdue at the end of the horizon.",
            "Objective terms: driving \(String(format: "%.0f", kpis.drivingCost)), nights "
                + "\(String(format: "%.0f", kpis.nightCost)), cadence \(String(format: "%.0f", kpis.cadenceCost)).",
        ]
    }
}
