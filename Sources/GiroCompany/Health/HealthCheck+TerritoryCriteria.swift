import GiroModel

/// Territory criteria: workload against working time, distances, opening
/// hours and how the territories of a group fit together.
extension HealthCheck {
    /// Customers nearer another rep's home count for TR-06 only when their
    /// own rep's home is at least this much farther, in metres, so that
    /// customers between two nearby homes are not reported.
    static let minimumDetour = 15_000.0

    /// Opening windows shorter than this, in seconds, count as narrow for
    /// TR-04.
    static let narrowWindow = 2 * 3600

    static let territoryRules: [HealthRule] = [
        HealthRule(
            "TR-01", .territory, .warning, title: "Demand above capacity",
            measures: "A rep's expected service time in the horizon divided by its working time there. Service "
                + "time is visit and setup of each cadence customer times horizon days over cadence, plus the "
                + "duration of appointments in the horizon; working time is each working date's hours, capped "
                + "by the maximum working time, less the break. Driving is not counted.",
            threshold: 0.8, unit: .ratio, trigger: .above,
            suggestion: "Lengthen cadences, shorten visits, move customers to a rep with spare time or add a "
                + "rep: with driving on top, the rep cannot keep every cadence.",
            evaluate: { evaluation in
                evaluation.context.profiles.compactMap { profile in
                    guard let load = workload(of: profile), evaluation.fires(load) else { return nil }
                    return evaluation.finding(
                        measured: load, reps: [profile.id],
                        message: "Rep \(profile.id) needs \(Int(profile.serviceDemand / 60)) min of visits in "
                            + "\(profile.availableWorkingTime / 60) min of working time \(evaluation.comparison(load)).")
                }
            }),

        HealthRule(
            "TR-02", .territory, .error, title: "Customers out of day-trip reach",
            measures: "Customers, per rep without an overnight rule, whose visit fits the rep's longest working "
                + "day but not together with the drive from home and back.",
            threshold: 0, unit: .count, trigger: .above,
            suggestion: "Allow overnight stays for the rep, or move the listed customers to a rep who lives "
                + "nearer. The planner reports them as too far for a day trip.",
            evaluate: { evaluation in
                evaluation.countCustomers(problem: "are too far for a day trip from the rep's home") { profile, index in
                    profile.rep.overnightRule == nil && profile.isBeyondDayTrip(index)
                }
            }),

        HealthRule(
            "TR-03", .territory, .warning, title: "High estimated driving share",
            measures: "Estimated share of driving in a rep's driving and service time. Visits per horizon come "
                + "from horizon days over cadence, spread over as many working days as there are visits, at most "
                + "all of them. Each day drives the median round trip from home, plus one hop to a nearest "
                + "neighbour per further visit.",
            threshold: 0.5, unit: .share, trigger: .above,
            suggestion: "Make the territory more compact, move outlying customers to nearer reps, or lengthen "
                + "visits of far customers and their cadence.",
            evaluate: { evaluation in
                evaluation.context.profiles.compactMap { profile in
                    guard let share = estimatedDrivingShare(of: profile), evaluation.fires(share) else { return nil }
                    return evaluation.finding(
                        measured: share, reps: [profile.id],
                        message: "Rep \(profile.id) is estimated to spend \(evaluation.format(share)) of its "
                            + "driving and visit time driving (threshold \(evaluation.format(evaluation.threshold))).")
                }
            }),

        HealthRule(
            "TR-04", .territory, .info, title: "Many narrow opening windows",
            measures: "Share of a rep's customers, among those open on some day, whose longest opening window "
                + "is shorter than 2 hours.",
            threshold: 0.3, unit: .share, trigger: .above,
            suggestion: "Check whether the opening hours are complete. Narrow windows force detours and waiting, "
                + "so routes get longer.",
            evaluate: { evaluation in
                evaluation.context.profiles.compactMap { profile in
                    let open = profile.customers.filter { !$0.openingHours.isClosedEveryDay }
                    guard !open.isEmpty else { return nil }
                    let narrow = open.filter { (longestWindow(of: $0.openingHours) ?? 0) < narrowWindow }.map(\.id)
                    let share = Double(narrow.count) / Double(open.count)
                    guard evaluation.fires(share) else { return nil }
                    return evaluation.finding(
                        measured: share, customers: narrow, reps: [profile.id],
                        message: "\(HealthText.count(narrow.count, "customer")) of rep \(profile.id) are open for "
                            + "less than 2 hours at a time: \(HealthText.list(narrow.sorted())) "
                            + "\(evaluation.comparison(share)).")
                }
            }),

        HealthRule(
            "TR-05", .territory, .warning, title: "Workload imbalance within a group",
            measures: "Spread of the TR-01 workload between the reps of a group: the largest minus the smallest, "
                + "divided by the mean. Runs for the company and group scopes.",
            threshold: 0.5, unit: .ratio, trigger: .above,
            suggestion: "Transfer customers from the most loaded rep to the least loaded one, starting with "
                + "customers between their homes.",
            evaluate: { evaluation in
                evaluation.context.groups.compactMap { group in
                    workloadImbalance(evaluation, group: group)
                }
            }),

        HealthRule(
            "TR-06", .territory, .info, title: "Customers much closer to another rep",
            measures: "Road distance from a customer to its rep's home divided by the distance to the nearest "
                + "other rep's home, for customers whose own rep is at least 15 km farther; the finding per rep "
                + "measures the largest ratio.",
            threshold: 2, unit: .ratio, trigger: .above,
            suggestion: "Consider transferring the listed customers to the nearer rep; both reps drive less.",
            evaluate: { evaluation in
                evaluation.context.profiles.compactMap { profile in
                    customersNearerOthers(evaluation, profile: profile)
                }
            }),

        HealthRule(
            "TR-07", .territory, .info, title: "Large territory radius",
            measures: "90th percentile of the road distance in km from the territory's centre (the customer with "
                + "the least total distance to the others) to a rep's customers.",
            threshold: 80, unit: .kilometres, trigger: .above,
            suggestion: "A territory this wide costs long drives every day; consider splitting it or moving its "
                + "outer customers to neighbouring reps.",
            evaluate: { evaluation in
                evaluation.context.profiles.compactMap { profile in
                    territoryRadius(evaluation, profile: profile)
                }
            }),

        HealthRule(
            "TR-08", .territory, .info, title: "Overlapping territories",
            measures: "Share of one rep's customers that lie inside the core of another rep of the same group: "
                + "nearer that rep's centre than the median distance of its own customers, and nearer that centre "
                + "than their own rep's. One finding per ordered pair of reps; runs for the company and group "
                + "scopes.",
            threshold: 0.25, unit: .share, trigger: .above,
            suggestion: "Redraw the two territories so that each customer goes to the rep whose area it lies in.",
            evaluate: { evaluation in
                evaluation.context.groups.flatMap { group in
                    overlappingTerritories(evaluation, group: group)
                }
            }),

        HealthRule(
            "TR-09", .territory, .warning, title: "Opening hours out of reach",
            measures: "Customers, per rep, that the rep cannot visit while they are open on any working weekday "
                + "when it leaves home at the start of work and must be back by its end. Customers whose visit "
                + "misses the working hours (PS-03) or that are out of day-trip reach (TR-02) are left to those "
                + "criteria.",
            threshold: 0, unit: .count, trigger: .above,
            suggestion: "Start the rep's day earlier or end it later on some weekdays, or give the customers to "
                + "a rep who lives nearer.",
            evaluate: { evaluation in
                evaluation.countCustomers(problem: "cannot be reached while open") { profile, index in
                    profile.isPlausible[index] && profile.homeIsPlausible
                        && !profile.customers[index].openingHours.isClosedEveryDay
                        && profile.fitsWorkingHours(index) && !profile.isBeyondDayTrip(index)
                        && profile.longestWorkingDay.map { profile.visitTime(index) <= $0 } == true
                        && !profile.reachesOpeningHours(index)
                }
            }),
    ]

    /// Returns the TR-01 workload of a rep, or nil when it has no working
    /// time or no demand.
    static func workload(of profile: RepProfile) -> Double? {
        let demand = profile.serviceDemand
        guard profile.availableWorkingTime > 0, demand > 0 else { return nil }
        return demand / Double(profile.availableWorkingTime)
    }

    /// Returns the TR-03 estimate, or nil when the rep has no working day or
    /// no cadence customer with a plausible location.
    static func estimatedDrivingShare(of profile: RepProfile) -> Double? {
        var visits = 0.0
        var service = 0.0
        var hops = 0.0
        var roundTrips: [Double] = []
        for (index, customer) in profile.customers.enumerated() {
            guard let cadence = customer.cadenceDays, cadence > 0, let trip = profile.roundTrip(index) else { continue }
            let rate = Double(profile.horizon.days) / Double(cadence)
            visits += rate
            service += rate * Double(profile.visitTime(index))
            hops += rate * Double(profile.nearestNeighbour[index].map(profile.drivingTime) ?? 0)
            roundTrips.append(Double(trip))
        }
        guard visits > 0, !profile.workingDates.isEmpty, let roundTrip = median(roundTrips) else { return nil }

        // With fewer visits than working days, each visit is assumed to take
        // a day of its own.
        let days = min(Double(profile.workingDates.count), visits)
        let visitsPerDay = visits / days
        let meanHop = hops / visits
        let driving = days * (roundTrip + max(0, visitsPerDay - 1) * meanHop)
        guard driving + service > 0 else { return nil }
        return driving / (driving + service)
    }

    /// Returns the TR-05 finding of one group, or nil.
    private static func workloadImbalance(_ evaluation: CriterionEvaluation, group: RepGroup) -> HealthFinding? {
        let loads = evaluation.context.profiles(inGroup: group.id).compactMap { profile in
            workload(of: profile).map { (repID: profile.id, load: $0) }
        }
        guard loads.count >= 2, let highest = loads.max(by: { $0.load < $1.load }),
            let lowest = loads.min(by: { $0.load < $1.load })
        else { return nil }
        let mean = loads.reduce(0) { $0 + $1.load } / Double(loads.count)
        let spread = (highest.load - lowest.load) / mean
        guard evaluation.fires(spread) else { return nil }

        let share = HealthUnit.share
        return evaluation.finding(
            measured: spread, reps: [highest.repID, lowest.repID], groups: [group.id],
            message: "Workload in group \(group.id) ranges from \(share.format(lowest.load)) of working time "
                + "(rep \(lowest.repID)) to \(share.format(highest.load)) (rep \(highest.repID)) "
                + "\(evaluation.comparison(spread)).")
    }

    /// Returns the TR-06 finding of one rep, or nil.
    private static func customersNearerOthers(_ evaluation: CriterionEvaluation, profile: RepProfile) -> HealthFinding? {
        let others = evaluation.context.plausibleHomes.filter { $0.repID != profile.id }
        guard !others.isEmpty else { return nil }

        var flagged: [(customerID: String, nearestRep: String, ratio: Double)] = []
        for (index, customer) in profile.customers.enumerated() {
            guard let own = profile.outbound[index]?.metres else { continue }
            var nearest: (repID: String, metres: Double)?
            for other in others {
                guard let metres = evaluation.context.leg(from: other.home, to: customer.location)?.metres,
                    nearest.map({ metres < $0.metres }) ?? true
                else { continue }
                nearest = (other.repID, metres)
            }
            guard let nearest, own - nearest.metres >= minimumDetour else { continue }
            // A customer at another rep's door counts as 100 m away, so the
            // ratio stays finite.
            let ratio = own / max(nearest.metres, 100)
            if evaluation.fires(ratio) {
                flagged.append((customer.id, nearest.repID, ratio))
            }
        }
        guard let worst = flagged.max(by: { $0.ratio < $1.ratio }) else { return nil }

        let listed = flagged.sorted { $0.customerID < $1.customerID }.map { "\($0.customerID) (rep \($0.nearestRep))" }
        return evaluation.finding(
            measured: worst.ratio, customers: flagged.map(\.customerID), reps: [profile.id],
            message: "Customers of rep \(profile.id) that lie much nearer another rep's home: "
                + "\(HealthText.list(listed)); the worst is \(evaluation.format(worst.ratio)) times nearer, "
                + "threshold \(evaluation.format(evaluation.threshold)).")
    }

    /// Returns the TR-07 finding of one rep, or nil.
    private static func territoryRadius(_ evaluation: CriterionEvaluation, profile: RepProfile) -> HealthFinding? {
        let distances = profile.distanceFromCentre.compactMap { $0 }.map { $0 / 1000 }.sorted()
        guard distances.count >= 2 else { return nil }

        // Nearest-rank percentile: the smallest value with at least 90 % of
        // the values at or below it.
        let rank = Int((0.9 * Double(distances.count)).rounded(.up))
        let radius = distances[max(0, rank - 1)]
        guard evaluation.fires(radius) else { return nil }

        let outer = profile.customers.indices.filter { index in
            profile.distanceFromCentre[index].map { evaluation.fires($0 / 1000) } ?? false
        }.map { profile.customers[$0].id }
        let centre = profile.medoid.map { profile.customers[$0].id } ?? "none"
        return evaluation.finding(
            measured: radius, customers: outer, reps: [profile.id],
            message: "90 % of the customers of rep \(profile.id) lie within \(evaluation.format(radius)) of its "
                + "centre, customer \(centre) (threshold \(evaluation.format(evaluation.threshold))).")
    }

    /// Returns the TR-08 findings of one group, one per ordered pair of reps
    /// whose overlap fires.
    private static func overlappingTerritories(_ evaluation: CriterionEvaluation, group: RepGroup) -> [HealthFinding] {
        let members = evaluation.context.profiles(inGroup: group.id).filter { $0.medoid != nil }
        guard members.count >= 2 else { return [] }
        let cores = members.map { median($0.distanceFromCentre.compactMap { $0 }) ?? 0 }

        var findings: [HealthFinding] = []
        for (ownIndex, own) in members.enumerated() {
            let plausible = own.customers.indices.filter { own.distanceFromCentre[$0] != nil }
            guard !plausible.isEmpty else { continue }
            for (otherIndex, other) in members.enumerated() where otherIndex != ownIndex {
                guard let centre = other.medoid else { continue }
                let centreLocation = other.customers[centre].location
                let inside = plausible.filter { index in
                    guard let ownDistance = own.distanceFromCentre[index],
                        let metres = evaluation.context.leg(from: centreLocation, to: own.customers[index].location)?
                            .metres
                    else { return false }
                    return metres < cores[otherIndex] && metres < ownDistance
                }.map { own.customers[$0].id }

                let share = Double(inside.count) / Double(plausible.count)
                guard evaluation.fires(share) else { continue }
                findings.append(
                    evaluation.finding(
                        measured: share, customers: inside, reps: [own.id, other.id], groups: [group.id],
                        message: "\(HealthText.count(inside.count, "customer")) of rep \(own.id) lie in the core of "
                            + "rep \(other.id)'s territory: \(HealthText.list(inside.sorted())) "
                            + "\(evaluation.comparison(share)).")
                )
            }
        }
        return findings
    }
}
