import GiroModel

/// The self-contained HTML page of a plan: for each rep a table of its
/// days, the map of its routes and the timeline of its days, then the
/// visits left unplanned with their reasons.
public enum PlanReport {
    /// Returns the page.
    ///
    /// - Parameters:
    ///   - plan: the plan to show.
    ///   - territory: the territory it was made for, which gives names and
    ///     places.
    ///   - verdict: a sentence on the validator's verdict, shown first.
    ///   - kpis: the plan's figures, shown as a table when given.
    /// - Complexity: O(S) for S stops, plus the pictures.
    public static func page(plan: Plan, territory: Territory, verdict: String, kpis: PlanKPIs? = nil) -> String {
        var blocks: [HTMLReport.Block] = [.paragraph(verdict)]
        let isPlanar = Self.isPlanar(territory.travel)
        if let kpis {
            blocks.append(.heading("Figures"))
            blocks.append(.table(header: ["figure", "value"], rows: figureRows(kpis)))
        }

        let repIDs = territory.reps.map(\.id).filter { id in plan.routes.contains { $0.repID == id } }
        for repID in repIDs {
            let rep = territory.reps.first { $0.id == repID }
            blocks.append(.heading("Rep \(rep?.name.map { "\($0) (\(repID))" } ?? repID)"))

            let header = [
                "date", "visits", "departure", "return", "driving", isPlanar ? "distance" : "distance (km)", "working",
                "waiting",
            ]
            let rows = plan.routes.filter { $0.repID == repID }.map { route in
                [
                    "\(RouteMap.weekdayName(route.date.weekday)) \(route.date)", "\(route.visitCount)",
                    RouteMap.clockText(route.departure), RouteMap.clockText(route.arrival),
                    durationText(route.drivingTime),
                    decimalText(isPlanar ? route.distance : route.distance / 1000), durationText(route.workingTime),
                    durationText(route.waitingTime),
                ]
            }
            blocks.append(.table(header: header, rows: rows))
            blocks.append(
                .figure(
                    svg: RouteMap(plan: plan, territory: territory, repID: repID).svg(),
                    caption: "Routes by day from home; a triangle marks a night away, grey dots the customers without a visit."))
            blocks.append(
                .figure(
                    svg: DayTimeline(plan: plan, territory: territory, repID: repID).svg(),
                    caption: "Each working day from departure to return."))
        }

        if !plan.unplanned.isEmpty {
            blocks.append(.heading("Unplanned"))
            blocks.append(
                .table(
                    header: ["kind", "id", "rep", "reason", "message"],
                    rows: plan.unplanned.map { [$0.kind.rawValue, $0.id, $0.repID ?? "", $0.reason.rawValue, $0.message] }))
        }
        return HTMLReport(title: "Plan of \(territory.name ?? "the territory")", blocks: blocks).rendered()
    }

    private static func figureRows(_ kpis: PlanKPIs) -> [[String]] {
        [
            ["visits", "\(kpis.visits)"], ["route days", "\(kpis.routeDays)"],
            ["visits a day", decimalText(kpis.visitsPerDay)], ["driving", durationText(kpis.drivingTime)],
            ["driving share of working time", percentText(kpis.drivingShare)],
            ["kilometres", decimalText(kpis.kilometres)], ["kilometres a visit", decimalText(kpis.kilometresPerVisit)],
            ["nights away", "\(kpis.nightsAway)"], ["customers due in the horizon", "\(kpis.dueCustomers)"],
            ["visited by their due date", "\(kpis.dueCustomersVisitedInTime)"],
            ["cadence compliance", percentText(kpis.cadenceCompliance)],
            ["overdue at the end of the horizon", "\(kpis.overdueAtHorizonEnd)"],
            ["objective: driving", decimalText(kpis.drivingCost)], ["objective: cadence", decimalText(kpis.cadenceCost)],
        ]
    }

    private static func percentText(_ share: Double) -> String {
        "\(decimalText(share * 100)) %"
    }

    private static func isPlanar(_ travel: TravelSpecification) -> Bool {
        guard case .euclidean = travel else { return false }
        return true
    }

    /// Writes seconds as hours and minutes, such as `2 h 05 min`.
    static func durationText(_ seconds: Int) -> String {
        let minutes = max(seconds, 0) / 60
        return "\(minutes / 60) h \(minutes % 60 < 10 ? "0" : "")\(minutes % 60) min"
    }

    /// Writes a number with one decimal and no locale.
    static func decimalText(_ value: Double) -> String {
        ChartAxis.decimalText(value, decimals: 1)
    }
}
