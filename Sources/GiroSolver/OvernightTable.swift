import GiroModel
import GiroTravel

/// The reps' overnight rules compiled for the solver: which nights may be
/// spent away from home, where such a night is spent after a given last
/// stop, and the limits on the number of nights.
///
/// A night away after a slot's day is allowed when the rep's rule allows
/// the weekday and the rep works on the next calendar day within the
/// horizon. It is spent at a hotel of the rule within `maximumDriveToHotel`
/// of the day's last stop, by the rep's driving time: the nearest one, or
/// any of them when the rule leaves the choice to the planner. Without a
/// hotel in reach it is spent at the last stop. The way home from the last
/// stop must meet each minimum that the rule sets (distance and driving
/// time).
struct OvernightTable: Sendable {
    /// Whether any slot allows a night away. When false, every day is a
    /// round trip from home and the search skips every night check.
    let isActive: Bool
    /// Per slot: the slot of the same rep on the next calendar day, or -1.
    let nextSlot: [Int]
    /// Per slot: the slot of the same rep on the previous calendar day, or
    /// -1.
    let previousSlot: [Int]
    /// Per slot: whether the night after its day may be spent away.
    let allowsNight: [Bool]
    /// Per slot: the Monday that starts its ISO week, in days since the
    /// epoch.
    let weekStart: [Int]
    /// Per rep: its slots in date order.
    let repSlots: [[Int]]
    /// Per rep and location: the places where a night after a last stop at
    /// that location may be spent, nearest first (hotels' locations, or the
    /// location itself), or none when the rule forbids a night away after
    /// it. Empty for a rep without an overnight rule.
    let nightPlaces: [[[Int]]]
    /// Per rep: the distinct locations of the rule's hotels away from home
    /// when the rule leaves the choice among them to the planner, else
    /// empty.
    let hotelChoices: [[Int]]
    /// Per rep: the maximum number of nights away in a row; `Int.max` for
    /// no limit.
    let maximumConsecutiveNights: [Int]
    /// Per rep: the maximum number of nights away in one ISO week; `Int.max`
    /// for no limit.
    let maximumNightsPerWeek: [Int]

    /// Compiles the rules.
    ///
    /// - Parameters:
    ///   - homes: each rep's home in the location table.
    ///   - hotels: each rep's hotels in the location table, in the rule's
    ///     order.
    /// - Complexity: O(S + R·L·H log H) for S slots, R reps with a rule, L
    ///   locations and H hotels per rule.
    init(territory: Territory, slots: [RouteSlot], matrix: TravelMatrix, homes: [Int], hotels: [[Int]]) {
        let reps = territory.reps
        var repSlots = [[Int]](repeating: [], count: reps.count)
        for (index, slot) in slots.enumerated() {
            repSlots[slot.repIndex].append(index)
        }

        // Slots come in rep order, then date order, so the next day's slot
        // of a rep, when it has one, directly follows.
        var nextSlot = [Int](repeating: -1, count: slots.count)
        var previousSlot = [Int](repeating: -1, count: slots.count)
        var allowsNight = [Bool](repeating: false, count: slots.count)
        for index in slots.indices.dropLast() {
            let slot = slots[index]
            let next = slots[index + 1]
            guard next.repIndex == slot.repIndex, next.date.days(since: slot.date) == 1 else { continue }
            nextSlot[index] = index + 1
            previousSlot[index + 1] = index
            allowsNight[index] = reps[slot.repIndex].overnightRule?.allowedNights.contains(slot.date.weekday) ?? false
        }

        var nightPlaces = [[[Int]]](repeating: [], count: reps.count)
        for (repIndex, rep) in reps.enumerated() {
            guard let rule = rep.overnightRule, !rule.allowedNights.isEmpty else { continue }
            nightPlaces[repIndex] = (0..<matrix.count).map { location in
                OvernightTable.nightPlaces(
                    after: location, rule: rule, home: homes[repIndex], hotels: hotels[repIndex], matrix: matrix,
                    speedFactor: rep.speedFactor)
            }
        }

        self.nextSlot = nextSlot
        self.previousSlot = previousSlot
        self.allowsNight = allowsNight
        self.repSlots = repSlots
        self.nightPlaces = nightPlaces
        hotelChoices = reps.indices.map { repIndex in
            guard let rule = reps[repIndex].overnightRule, rule.hotelChoice == .anyInReach, !rule.allowedNights.isEmpty
            else { return [] }
            var distinct: [Int] = []
            for hotel in hotels[repIndex] where hotel != homes[repIndex] && !distinct.contains(hotel) {
                distinct.append(hotel)
            }
            return distinct
        }
        weekStart = slots.map(\.date.startOfWeek.daysSinceEpoch)
        maximumConsecutiveNights = reps.map { $0.overnightRule?.maximumConsecutiveNights ?? Int.max }
        maximumNightsPerWeek = reps.map { $0.overnightRule?.maximumNightsPerWeek ?? Int.max }
        isActive = allowsNight.contains(true)
    }

    /// Returns where a night after a last stop at `location` may be spent,
    /// nearest first, or none when the way home is shorter than a minimum of
    /// the rule.
    private static func nightPlaces(
        after location: Int, rule: OvernightRule, home: Int, hotels: [Int], matrix: TravelMatrix,
        speedFactor: Double
    ) -> [Int] {
        if let minimum = rule.minimumDistanceFromHome, matrix.distance(from: location, to: home) < minimum {
            return []
        }
        if let minimum = rule.minimumDrivingTimeFromHome,
            matrix.time(from: location, to: home, speedFactor: speedFactor) < minimum
        {
            return []
        }

        // A stable sort keeps the first of equally near hotels first, as the
        // validator expects.
        var inReach: [(hotel: Int, time: Int)] = []
        for hotel in hotels where !inReach.contains(where: { $0.hotel == hotel }) {
            let time = matrix.time(from: location, to: hotel, speedFactor: speedFactor)
            if time <= rule.maximumDriveToHotel {
                inReach.append((hotel, time))
            }
        }
        guard !inReach.isEmpty else { return [location] }

        let places = inReach.enumerated().sorted { ($0.element.time, $0.offset) < ($1.element.time, $1.offset) }
            .map(\.element.hotel)
        return rule.hotelChoice == .nearest ? [places[0]] : places
    }
}
