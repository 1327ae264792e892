import GiroModel

/// Planning-settings criteria: effective settings that keep the planner from
/// working well, read from each rep's resolved territory.
extension HealthCheck {
    static let planningSettingRules: [HealthRule] = [
        HealthRule(
            "PS-01", .planningSettings, .warning, title: "dueAfter at 100 %",
            measures: "Effective `dueAfter` of each customer, as a fraction of its cadence; the finding per rep "
                + "lists every customer above the threshold and measures the highest.",
            threshold: 0.95, unit: .ratio, trigger: .above,
            suggestion: "Lower dueAfter to about 0.7. At 1 a customer may only be visited once it is due, so "
                + "the planner has no room to bring visits forward and every visit is on time at best.",
            evaluate: { evaluation in
                evaluation.worstCustomers(problem: "may only be visited at or near their due date") { profile, index in
                    profile.customers[index].dueAfter ?? profile.territory.settings.dueAfter
                }
            }),

        HealthRule(
            "PS-02", .planningSettings, .warning, title: "Break frame equal to its duration",
            measures: "Minutes by which a rep's break frame is longer than the break, the room the planner has "
                + "to place it.",
            threshold: 15, unit: .minutes, trigger: .below,
            suggestion: "Widen the break frame, for example 45 minutes within 11:30–14:00, so that the break "
                + "can move around visits instead of forcing a gap at one fixed time.",
            evaluate: { evaluation in
                evaluation.context.profiles.compactMap { profile in
                    guard let rule = profile.rep.breakRule else { return nil }
                    let slack = Double(rule.frame.length - rule.duration) / 60
                    guard evaluation.fires(slack) else { return nil }
                    return evaluation.finding(
                        measured: slack, reps: [profile.id],
                        message: "The break of rep \(profile.id) lasts \(rule.duration / 60) min within "
                            + "\(rule.frame), leaving \(evaluation.format(slack)) to move it "
                            + "(threshold \(evaluation.format(evaluation.threshold))).")
                }
            }),

        HealthRule(
            "PS-03", .planningSettings, .error, title: "Working hours miss the opening hours",
            measures: "Customers, per rep, that are open on some weekday but whose visit fits no opening window "
                + "inside the rep's working hours on any weekday, ignoring driving.",
            threshold: 0, unit: .count, trigger: .above,
            suggestion: "Extend the rep's working hours, or check the customers' opening hours. The planner "
                + "reports these customers as closed on every day.",
            evaluate: { evaluation in
                evaluation.countCustomers(problem: "are open only when the rep does not work") { profile, index in
                    !profile.customers[index].openingHours.isClosedEveryDay && !profile.fitsWorkingHours(index)
                }
            }),

        HealthRule(
            "PS-04", .planningSettings, .error, title: "Maximum working time too short",
            measures: "A rep's maximum working time divided by a typical single visit: the median, over its "
                + "customers, of visit, setup and the drive from home and back.",
            threshold: 1, unit: .ratio, trigger: .below,
            suggestion: "Raise the maximum working time, or set it to 0 for no limit. Below one typical visit "
                + "the rep cannot even make one round trip.",
            evaluate: { evaluation in
                evaluation.context.profiles.compactMap { profile in
                    guard let limit = profile.rep.maximumWorkingTime else { return nil }
                    let visits = profile.customers.indices.map { index in
                        profile.visitTime(index) + (profile.roundTrip(index) ?? 0)
                    }
                    guard let typical = median(visits.map(Double.init)), typical > 0 else { return nil }
                    let ratio = Double(limit) / typical
                    guard evaluation.fires(ratio) else { return nil }
                    return evaluation.finding(
                        measured: ratio, reps: [profile.id],
                        message: "The maximum working time of rep \(profile.id), \(limit / 60) min, is "
                            + "\(evaluation.format(ratio)) times a typical visit with its drive of "
                            + "\(Int((typical / 60).rounded())) min "
                            + "(threshold \(evaluation.format(evaluation.threshold))).")
                }
            }),

        HealthRule(
            "PS-05", .planningSettings, .warning, title: "Too many reservations for the horizon",
            measures: "Share of a rep's working time in the horizon that the visits and setup of its "
                + "reservations need, before any driving.",
            threshold: 0.5, unit: .share, trigger: .above,
            suggestion: "Spread the reservations over more horizons, or lengthen the horizon. Reservations "
                + "must be visited, so they crowd out due customers.",
            evaluate: { evaluation in
                evaluation.context.profiles.compactMap { profile in
                    reservationLoad(evaluation, profile: profile)
                }
            }),

        HealthRule(
            "PS-06", .planningSettings, .warning, title: "Horizon longer than the shortest cadence",
            measures: "Horizon length in days divided by each customer's cadence; the finding per rep lists "
                + "every customer above the threshold and measures the highest. Each listed customer needs several "
                + "visits in one horizon, unless an appointment or reservation in the horizon gives it one.",
            threshold: 1, unit: .ratio, trigger: .above,
            suggestion: "Check that the listed cadences are meant: each listed customer takes several "
                + "visits in one horizon. A customer with an appointment or reservation in the horizon gets that one "
                + "visit only and falls behind its cadence; shorten the horizon for it.",
            evaluate: { evaluation in
                evaluation.worstCustomers(problem: "have a cadence shorter than the horizon") { profile, index in
                    profile.customers[index].cadenceDays.map { Double(profile.horizon.days) / Double($0) }
                }
            }),

        HealthRule(
            "PS-07", .planningSettings, .warning, title: "Zero cadence weight",
            measures: "The effective cadence weight of a rep with cadence customers, in seconds of driving per "
                + "unit of the cadence term.",
            threshold: 1, unit: .drivingSeconds, trigger: .below,
            suggestion: "Set the cadence weight back to its default of 36,000. Without it the planner only "
                + "minimises driving and visits only due customers that fit on the way.",
            evaluate: { evaluation in
                evaluation.context.profiles.compactMap { profile in
                    guard profile.customers.contains(where: { $0.cadenceDays != nil }) else { return nil }
                    let weight = profile.territory.settings.cadenceWeight
                    guard evaluation.fires(weight) else { return nil }
                    return evaluation.finding(
                        measured: weight, reps: [profile.id],
                        message: "The cadence weight of rep \(profile.id) is \(evaluation.format(weight)) "
                            + "(threshold \(evaluation.format(evaluation.threshold))).")
                }
            }),

        HealthRule(
            "PS-08", .planningSettings, .error, title: "Visit longer than the working day",
            measures: "Customers, per rep, whose visit and setup take longer than the rep's longest working "
                + "day, capped by the maximum working time.",
            threshold: 0, unit: .count, trigger: .above,
            suggestion: "Check the visit duration of the listed customers; split very long visits into "
                + "appointments.",
            evaluate: { evaluation in
                evaluation.countCustomers(problem: "need a visit longer than the rep's working day") { profile, index in
                    guard let day = profile.longestWorkingDay else { return false }
                    return profile.visitTime(index) > day
                }
            }),

        HealthRule(
            "PS-09", .planningSettings, .warning, title: "Speed factor far from 1",
            measures: "A rep's speed factor or its inverse, whichever is larger: 1.5 means driving 50 % faster "
                + "or a third slower than the travel model.",
            threshold: 1.5, unit: .ratio, trigger: .above,
            suggestion: "Check the speed factor. Values far from 1 usually mean a typing error, or a travel model "
                + "that does not fit the region.",
            evaluate: { evaluation in
                evaluation.context.profiles.compactMap { profile in
                    let factor = profile.rep.speedFactor
                    guard factor > 0 else { return nil }
                    let deviation = max(factor, 1 / factor)
                    guard evaluation.fires(deviation) else { return nil }
                    return evaluation.finding(
                        measured: deviation, reps: [profile.id],
                        message: "Rep \(profile.id) has speed factor \(HealthText.number(factor, decimals: 2)) "
                            + "\(evaluation.comparison(deviation)).")
                }
            }),

        HealthRule(
            "PS-10", .planningSettings, .error, title: "No working day in the horizon",
            measures: "Dates of a rep's horizon on which it works: weekdays with working hours that are not days "
                + "off.",
            threshold: 1, unit: .days, trigger: .below,
            suggestion: "Check the rep's working hours, days off and horizon length. A horizon without a "
                + "working day plans nothing.",
            evaluate: { evaluation in
                evaluation.context.profiles.compactMap { profile in
                    let days = Double(profile.workingDates.count)
                    guard evaluation.fires(days) else { return nil }
                    return evaluation.finding(
                        measured: days, reps: [profile.id],
                        message: "Rep \(profile.id) works on \(HealthText.count(profile.workingDates.count, "day")) "
                            + "of its \(profile.horizon.days)-day horizon from \(profile.horizon.start) "
                            + "(threshold \(evaluation.format(evaluation.threshold))).")
                }
            }),
    ]

    /// Returns the median of some values, or nil when there are none.
    static func median(_ values: [Double]) -> Double? {
        guard !values.isEmpty else { return nil }
        let sorted = values.sorted()
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }

    /// Returns the PS-05 finding of a rep whose reservations need too much of
    /// its working time, or nil.
    private static func reservationLoad(_ evaluation: CriterionEvaluation, profile: RepProfile) -> HealthFinding? {
        guard profile.availableWorkingTime > 0, !profile.territory.reservations.isEmpty else { return nil }

        var indexByID: [String: Int] = [:]
        for (index, customer) in profile.customers.enumerated() where indexByID[customer.id] == nil {
            indexByID[customer.id] = index
        }
        var seconds = 0
        var customers: [String] = []
        for reservation in profile.territory.reservations {
            guard let index = indexByID[reservation.customerID] else { continue }
            seconds += profile.visitTime(index)
            customers.append(reservation.customerID)
        }
        let share = Double(seconds) / Double(profile.availableWorkingTime)
        guard evaluation.fires(share) else { return nil }

        return evaluation.finding(
            measured: share, customers: Array(Set(customers)), reps: [profile.id],
            message: "\(HealthText.count(profile.territory.reservations.count, "reservation")) of rep \(profile.id) "
                + "need \(seconds / 60) min of \(profile.availableWorkingTime / 60) min of working time "
                + "\(evaluation.comparison(share)).")
    }
}
