import Giro

/// The readable summary of a company plan: one table row per rep, then one
/// per group and one for the whole company.
struct CompanyPlanSummary {
    let plan: CompanyPlan

    var text: String {
        var lines = [heading(first: "rep", second: "group")]
        for repPlan in plan.plans {
            let group = plan.company.rep(id: repPlan.repID)?.groupID ?? "?"
            let verdict = repPlan.validation.isValid ? "valid" : "INVALID"
            lines.append(row(PlanFigures(plans: [repPlan], name: repPlan.repID), second: group) + "  " + verdict)
        }

        lines.append("")
        lines.append(heading(first: "group", second: "reps"))
        for figures in plan.groupFigures {
            lines.append(row(figures, second: "\(figures.reps)"))
        }
        let total = PlanFigures(plans: plan.plans, name: "total")
        lines.append(row(total, second: "\(total.reps)"))
        return lines.joined(separator: "\n")
    }

    private static let widths = [14, 10, 6, 8, 11, 10, 10, 13, 9]

    private func heading(first: String, second: String) -> String {
        let titles = [first, second, "days", "visits", "unplanned", "driving", "working", "drive share", "on time"]
        return line(titles) + (first == "rep" ? "  validator" : "")
    }

    private func row(_ figures: PlanFigures, second: String) -> String {
        line([
            figures.name, second, "\(figures.routeDays)", "\(figures.visits)", "\(figures.unplanned)",
            hours(figures.drivingTime), hours(figures.workingTime), percent(figures.drivingShare),
            percent(figures.cadenceCompliance),
        ])
    }

    private func line(_ cells: [String]) -> String {
        var text = ""
        for (index, cell) in cells.enumerated() {
            let width = Self.widths[index]
            let padding = String(repeating: " ", count: max(1, width - cell.count))
            text += index < 2 ? cell + padding : padding + cell
        }
        return text
    }

    private func hours(_ seconds: Int) -> String {
        let minutes = (seconds + 30) / 60
        return "\(minutes / 60) h \(minutes % 60 < 10 ? "0" : "")\(minutes % 60)"
    }

    private func percent(_ share: Double) -> String {
        "\(Int((share * 100).rounded())) %"
    }
}
