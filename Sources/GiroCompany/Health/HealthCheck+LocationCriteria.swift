import GiroModel

/// Data-quality criteria about locations: missing and implausible
/// coordinates, duplicates, and homes far from their customers.
extension HealthCheck {
    static let locationRules: [HealthRule] = [
        HealthRule(
            "DQ-01", .dataQuality, .error, title: "Missing or invalid coordinates",
            measures: "Customers and rep homes, per rep, whose location the company's travel model cannot use: "
                + "no coordinate, a latitude outside -90 to 90 or a longitude outside -180 to 180 degrees, "
                + "or a matrix index outside the travel matrix.",
            threshold: 0, unit: .count, trigger: .above,
            suggestion: "Geocode the listed addresses again and store latitude and longitude in WGS 84 degrees. "
                + "Until then the planner cannot route to these customers.",
            evaluate: { evaluation in
                locationProblems(evaluation, problem: "with no coordinates the travel model can use") { location in
                    !HealthContext.isUsable(location, travel: evaluation.context.travel)
                }
            }),

        HealthRule(
            "DQ-02", .dataQuality, .error, title: "Coordinates at 0°, 0°",
            measures: "Customers and rep homes, per rep, whose latitude and longitude both lie within 0.0001 "
                + "degrees of zero, a typical placeholder left by failed geocoding.",
            threshold: 0, unit: .count, trigger: .above,
            suggestion: "Geocode the listed addresses again. A location in the Gulf of Guinea makes every "
                + "driving time to it meaningless.",
            evaluate: { evaluation in
                locationProblems(evaluation, problem: "at latitude 0 and longitude 0") { location in
                    HealthContext.isAtZero(location)
                }
            }),

        HealthRule(
            "DQ-03", .dataQuality, .warning, title: "Customer outside the company's area",
            measures: "Road distance in km from each customer to the nearest home of any rep of the company; "
                + "the finding per rep lists every customer beyond the threshold and measures the farthest.",
            threshold: 300, unit: .kilometres, trigger: .above,
            suggestion: "Check the listed addresses and coordinates: a customer far from every rep is usually "
                + "geocoded in the wrong town or country.",
            evaluate: { evaluation in
                let homes = evaluation.context.plausibleHomes
                return evaluation.worstCustomers(problem: "lie far from every rep home of the company") { profile, index in
                    guard profile.isPlausible[index], !homes.isEmpty else { return nil }
                    let location = profile.customers[index].location
                    let metres = homes.compactMap { evaluation.context.leg(from: $0.home, to: location)?.metres }.min()
                    return metres.map { $0 / 1000 }
                }
            }),

        HealthRule(
            "DQ-04", .dataQuality, .warning, title: "Customer far from the rep's other customers",
            measures: "Road distance in km from each customer to the nearest other customer of the same rep, for "
                + "reps with at least 3 customers with plausible locations; the finding per rep measures the "
                + "farthest.",
            threshold: 50, unit: .kilometres, trigger: .above,
            suggestion: "Check the coordinates of the listed customers. If they are right, consider moving them "
                + "to a rep who works nearby.",
            evaluate: { evaluation in
                evaluation.worstCustomers(problem: "lie far from the rep's other customers") { profile, index in
                    guard profile.isPlausible.filter({ $0 }).count >= 3 else { return nil }
                    return profile.nearestNeighbour[index].map { $0.metres / 1000 }
                }
            }),

        HealthRule(
            "DQ-05", .dataQuality, .warning, title: "Duplicate customers",
            measures: "Straight-line distance in metres between two customers in scope with the same name "
                + "(ignoring case and spacing); one finding per pair closer than the threshold.",
            threshold: 100, unit: .metres, trigger: .below,
            suggestion: "Merge the two records into one, keeping the visit history of both, or rename one "
                + "if they are different businesses.",
            evaluate: { evaluation in
                closePairs(evaluation, sameName: true)
            }),

        HealthRule(
            "DQ-06", .dataQuality, .info, title: "Customers at the same place",
            measures: "Straight-line distance in metres between two customers in scope with different or "
                + "missing names; one finding per pair closer than the threshold.",
            threshold: 10, unit: .metres, trigger: .below,
            suggestion: "Check whether the two records are one customer. Different businesses at one address, "
                + "such as a shopping centre, are fine.",
            evaluate: { evaluation in
                closePairs(evaluation, sameName: false)
            }),

        HealthRule(
            "DQ-07", .dataQuality, .warning, title: "Rep home far from its customers",
            measures: "Road distance in km from a rep's home to its nearest customer with a plausible location.",
            threshold: 100, unit: .kilometres, trigger: .above,
            suggestion: "Check the rep's home coordinates. If they are right, the rep drives this far every "
                + "day: consider giving the territory to a rep who lives nearer.",
            evaluate: { evaluation in
                evaluation.context.profiles.compactMap { profile in
                    guard let nearest = profile.outbound.compactMap({ $0?.metres }).min() else { return nil }
                    let kilometres = nearest / 1000
                    guard evaluation.fires(kilometres) else { return nil }
                    return evaluation.finding(
                        measured: kilometres, reps: [profile.id],
                        message: "The nearest customer of rep \(profile.id) is \(evaluation.format(kilometres)) from "
                            + "the rep's home (threshold \(evaluation.format(evaluation.threshold))).")
                }
            }),
    ]

    /// Counts, per rep, the customers and the home whose location matches
    /// `isBad`, and reports a finding when the count fires.
    ///
    /// - Parameter problem: a phrase that completes "Locations of rep N1 …",
    ///   such as "at latitude 0 and longitude 0".
    private static func locationProblems(
        _ evaluation: CriterionEvaluation, problem: String, _ isBad: (Location) -> Bool
    ) -> [HealthFinding] {
        evaluation.context.profiles.compactMap { profile in
            let customers = profile.customers.filter { isBad($0.location) }.map(\.id).sorted()
            let homeIsBad = isBad(profile.rep.home)
            let measured = Double(customers.count + (homeIsBad ? 1 : 0))
            guard evaluation.fires(measured) else { return nil }

            var places: [String] = []
            if homeIsBad {
                places.append("the rep's home")
            }
            if !customers.isEmpty {
                places.append("\(HealthText.count(customers.count, "customer")) (\(HealthText.list(customers)))")
            }
            return evaluation.finding(
                measured: measured, customers: customers, reps: [profile.id],
                message: "Locations of rep \(profile.id) \(problem): \(places.joined(separator: " and ")).")
        }
    }

    /// Returns one finding per pair of customers in scope that lie closer
    /// than the threshold. With `sameName` only pairs with the same name
    /// count, and without it only the other pairs.
    private static func closePairs(_ evaluation: CriterionEvaluation, sameName: Bool) -> [HealthFinding] {
        var customers: [(customer: Customer, repID: String)] = []
        for profile in evaluation.context.profiles {
            for (index, customer) in profile.customers.enumerated() where profile.isPlausible[index] {
                customers.append((customer, profile.id))
            }
        }

        let pairs = LocationGrid.pairs(of: customers.map(\.customer.location), closerThan: evaluation.threshold)
        return pairs.compactMap { pair in
            let first = customers[pair.first]
            let second = customers[pair.second]
            let firstName = normalizedName(first.customer.name)
            let isSameName = firstName != nil && firstName == normalizedName(second.customer.name)
            guard isSameName == sameName, evaluation.fires(pair.distance) else { return nil }

            let distance = evaluation.format(pair.distance)
            let named = isSameName ? " share the name \"\(first.customer.name ?? "")\" and" : ""
            return evaluation.finding(
                measured: pair.distance, customers: [first.customer.id, second.customer.id],
                reps: Array(Set([first.repID, second.repID])),
                message: "Customers \(first.customer.id) (rep \(first.repID)) and \(second.customer.id) "
                    + "(rep \(second.repID))\(named) lie \(distance) apart "
                    + "(threshold \(evaluation.format(evaluation.threshold))).")
        }
    }

    /// Returns a name in lower case with each run of white space made one
    /// space, or nil for a missing or blank name.
    static func normalizedName(_ name: String?) -> String? {
        guard let name else { return nil }
        let words = name.lowercased().split(whereSeparator: \.isWhitespace)
        return words.isEmpty ? nil : words.joined(separator: " ")
    }
}
