import Giro
import Testing

/// A reservation is its customer's visit in the horizon, so a due customer
/// whose reservation is left out is unplanned as well. A reservation is left
/// out when it cannot be planned, not to make room for a few due customers.
@Suite("Reservations left out")
struct ReservationLeftOutTests {
    private static let overdue = monday.adding(days: -30)

    /// One two-hour day that the reservation of R, 40 minutes from home,
    /// fills, and the due customers A and B near home that would fit
    /// together in its place.
    private static var reservationCrowdsOutTwoDueCustomers: FieldCaseBuilder {
        var builder = FieldCaseBuilder()
        builder.hours = WorkingHours.weekdays(TimeWindow(start: clock(8, 0), end: clock(10, 0)))
        builder.add("R", x: 40, y: 0, service: 30, cadenceDays: 14, lastVisit: overdue)
        builder.reservations.append(Reservation(id: "RES-R", customerID: "R"))
        builder.add("A", x: -5, y: 0, service: 30, cadenceDays: 14, lastVisit: overdue)
        builder.add("B", x: -5, y: 1, service: 30, cadenceDays: 14, lastVisit: overdue)
        return builder
    }

    /// One two-hour day and two reserved customers on opposite sides of
    /// home, each of which fills the day alone.
    private static var twoReservationsForOneDay: FieldCaseBuilder {
        var builder = FieldCaseBuilder()
        builder.hours = WorkingHours.weekdays(TimeWindow(start: clock(8, 0), end: clock(10, 0)))
        builder.add("R", x: 40, y: 0, service: 30, cadenceDays: 14, lastVisit: overdue)
        builder.add("S", x: -40, y: 0, service: 30, cadenceDays: 14, lastVisit: overdue)
        builder.reservations.append(Reservation(id: "RES-R", customerID: "R"))
        builder.reservations.append(Reservation(id: "RES-S", customerID: "S"))
        return builder
    }

    @Test func reservationOutranksTwoDueCustomers() throws {
        let plan = try Self.reservationCrowdsOutTwoDueCustomers.plan()

        let visited = Set(plan.routes.flatMap(\.stops).compactMap(\.customerID))
        let unplanned = Set(plan.unplanned.map { "\($0.kind):\($0.id)" })
        #expect(visited == ["R"])
        #expect(unplanned == ["customer:A", "customer:B"])
    }

    @Test func droppedReservationListsItsCustomer() throws {
        let plan = try Self.twoReservationsForOneDay.plan()

        let visited = plan.routes.flatMap(\.stops).compactMap(\.customerID)
        let unplanned = Set(plan.unplanned.map { "\($0.kind):\($0.id)" })
        #expect(visited.count == 1)
        let dropped = try #require(["R", "S"].first { !visited.contains($0) })
        #expect(unplanned.contains("reservation:RES-\(dropped)"), "\(unplanned)")
        #expect(unplanned.contains("customer:\(dropped)"), "\(unplanned)")
    }
}
