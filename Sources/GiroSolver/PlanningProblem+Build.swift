import GiroModel
import GiroTravel

extension PlanningProblem {
    /// Compiles a territory.
    ///
    /// - Throws: `PlanningError.travel` when the travel model cannot give a
    ///   time for some pair of locations.
    /// - Complexity: O(L²) for L distinct locations, plus O(C·D) for C
    ///   customers and D horizon days.
    init(territory: Territory) throws(PlanningError) {
        var table = LocationTable()
        let homes = territory.reps.map { table.index(of: $0.home) }
        let customerLocations = territory.customers.map { table.index(of: $0.location) }
        let appointmentLocations = territory.appointments.map { appointment -> Int? in
            if let location = appointment.location {
                return table.index(of: location)
            }
            guard let customerID = appointment.customerID,
                let customer = territory.customers.firstIndex(where: { $0.id == customerID })
            else { return nil }
            return customerLocations[customer]
        }
        let firstDayStart = territory.horizon.startLocation.map { table.index(of: $0) }
        let lastDayEnd = territory.horizon.endLocation.map { table.index(of: $0) }
        let hotels = territory.reps.map { rep in rep.overnightRule?.hotels.map { table.index(of: $0.location) } ?? [] }

        let matrix: TravelMatrix
        do {
            matrix = try TravelMatrix(locations: table.locations, specification: territory.travel)
        } catch {
            throw .travel(error)
        }

        let slots = PlanningProblem.makeSlots(
            territory: territory, homes: homes, firstDayStart: firstDayStart, lastDayEnd: lastDayEnd)
        var builder = TaskBuilder(
            territory: territory, slots: slots, customerLocations: customerLocations,
            appointmentLocations: appointmentLocations)
        builder.build()

        self.territory = territory
        self.locations = table.locations
        self.matrix = matrix
        self.slots = slots
        self.tasks = builder.tasks
        var options = [Int32](repeating: -1, count: builder.tasks.count * slots.count)
        for (taskIndex, task) in builder.tasks.enumerated() {
            for (optionIndex, option) in task.options.enumerated() {
                options[taskIndex * slots.count + option.slot] = Int32(optionIndex)
            }
        }
        self.optionTable = options
        self.excluded = builder.excluded
        self.overnight = OvernightTable(territory: territory, slots: slots, matrix: matrix, homes: homes, hotels: hotels)
    }

    /// Makes one slot per rep and working day, in rep order then date order,
    /// and ends each rep's last slot at `lastDayEnd` when it is set.
    private static func makeSlots(
        territory: Territory, homes: [Int], firstDayStart: Int?, lastDayEnd: Int?
    ) -> [RouteSlot] {
        var slots: [RouteSlot] = []
        var classes: [String: Int] = [:]
        for (repIndex, rep) in territory.reps.enumerated() {
            let lastDay = territory.horizon.dates.lastIndex { rep.workingHours(on: $0) != nil }
            for (dayIndex, date) in territory.horizon.dates.enumerated() {
                guard var hours = rep.workingHours(on: date) else { continue }

                var start = homes[repIndex]
                var replanStart: Int?
                if dayIndex == 0 {
                    if let location = firstDayStart {
                        start = location
                    }
                    if let time = territory.horizon.startTime {
                        guard time <= hours.end else { continue }
                        hours = TimeWindow(start: max(hours.start, time), end: hours.end)
                        replanStart = time
                    }
                }

                let end = dayIndex == lastDay ? lastDayEnd ?? homes[repIndex] : homes[repIndex]
                let breakRule = territory.breakRule(of: rep, on: date)
                let key =
                    "\(date.daysSinceEpoch)|\(start)|\(end)|\(hours.start)|\(hours.end)|"
                    + "\(String(describing: rep.maximumWorkingTime))|\(String(describing: breakRule))|"
                    + "\(rep.speedFactor)|\(String(describing: rep.capacity))"
                let equivalenceClass = classes[key] ?? classes.count
                classes[key] = equivalenceClass

                slots.append(
                    RouteSlot(
                        repIndex: repIndex, date: date, dayIndex: dayIndex, startLocation: start,
                        endLocation: end, workingHours: hours, replanStart: replanStart,
                        maximumWorkingTime: rep.maximumWorkingTime, breakRule: breakRule,
                        speedFactor: rep.speedFactor, capacity: rep.capacity, equivalenceClass: equivalenceClass))
            }
        }
        return slots
    }
}

/// Numbers distinct locations; equal locations share one number, so that
/// setup is charged once for visits at the same place.
struct LocationTable {
    private(set) var locations: [Location] = []
    private var indices: [Location: Int] = [:]

    mutating func index(of location: Location) -> Int {
        if let index = indices[location] {
            return index
        }
        let index = locations.count
        locations.append(location)
        indices[location] = index
        return index
    }
}

/// The reason the planner could not start.
public enum PlanningError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The travel model cannot compute a leg.
    case travel(TravelError)
    /// The territory has no rep.
    case noReps
    /// Planning the territory would take more memory than the limit, in
    /// bytes.
    case tooLarge(PlanningSize, limit: Int)

    public var description: String {
        switch self {
        case .travel(let error):
            return "cannot compute travel: \(error)"
        case .noReps:
            return "the territory has no rep; add at least one rep"
        case .tooLarge(let size, let limit):
            return "the territory is too large to plan: about \(Self.gigabytes(size.estimatedBytes)) of memory for "
                + "\(size.locations) locations, \(size.tasks) visits and \(size.slots) route slots, above the limit of "
                + "\(Self.gigabytes(limit)); the travel matrices grow with the square of the locations, so plan "
                + "each rep on a territory of its own customers or shorten the horizon"
        }
    }

    /// Writes a byte count in gigabytes with one decimal, such as `12.5 GB`.
    private static func gigabytes(_ bytes: Int) -> String {
        let tenths = Int((Double(bytes) / 1e8).rounded())
        return "\(tenths / 10).\(tenths % 10) GB"
    }
}
