import Foundation
import GiroModel

/// The counts of a territory that set the planner's memory use, and the
/// estimate of that use, computed before anything large is allocated.
public struct PlanningSize: Hashable, Sendable {
    /// Distinct locations: homes, customers, appointment places and the
    /// horizon's start location.
    public var locations: Int
    /// Tasks at most: one per appointment, reservation and customer.
    public var tasks: Int
    /// Route slots at most: one per rep and horizon day.
    public var slots: Int
    /// Distinct travel-speed factors of the reps; each needs its own copy of
    /// the arc matrices.
    public var speedFactors: Int
    public var days: Int
    /// The estimated peak of the planner's own data, in bytes.
    ///
    /// The travel matrix and the search's arc matrices take 16 bytes per
    /// location pair each, the task-by-slot tables about 96 bytes per pair,
    /// and the per-day cadence tables 16 bytes per task and day. Neighbour
    /// lists, caches of the three plans the search keeps and the model's
    /// fixed part add a few hundred bytes per task and 16 MB. The estimate
    /// was not compared with measured peaks beyond small territories.
    public var estimatedBytes: Int

    /// Counts a territory. O(n) for n records.
    public init(territory: Territory) {
        var places = Set<Location>()
        places.formUnion(territory.reps.map(\.home))
        places.formUnion(territory.customers.map(\.location))
        places.formUnion(territory.appointments.compactMap(\.location))
        if let start = territory.horizon.startLocation {
            places.insert(start)
        }

        locations = places.count
        tasks = territory.appointments.count + territory.reservations.count + territory.customers.count
        days = max(territory.horizon.days, 1)
        slots = territory.reps.count * days
        speedFactors = max(Set(territory.reps.map(\.speedFactor)).count, 1)

        // Saturating arithmetic: a territory too large for Int is certainly
        // too large for memory.
        let pairs = Self.product(locations, locations)
        let matrices = Self.product(pairs, Self.product(16, 1 + speedFactors))
        let table = Self.product(Self.product(tasks, slots), 96)
        let cadence = Self.product(Self.product(tasks, days), 16)
        let perTask = Self.product(tasks, 600)
        estimatedBytes = [matrices, table, cadence, perTask, 16 << 20].reduce(0) { total, part in
            let (sum, overflow) = total.addingReportingOverflow(part)
            return overflow ? Int.max : sum
        }
    }

    private static func product(_ left: Int, _ right: Int) -> Int {
        let (result, overflow) = left.multipliedReportingOverflow(by: right)
        return overflow ? Int.max : result
    }

    /// Half the machine's physical memory: the default limit of
    /// `Planner.init(territory:memoryLimit:)`, which leaves room for the
    /// territory itself, the plan and the validator.
    public static var defaultMemoryLimit: Int {
        Int(clamping: ProcessInfo.processInfo.physicalMemory / 2)
    }
}
