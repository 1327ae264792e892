import Giro
import Testing

/// A reservation is its customer's visit in the horizon, so a due customer
/// whose reservation is left out is unplanned as well.
@Suite("Reservations left out")
struct ReservationLeftOutTests {
    /// One two-hour day that the reservation of R, 40 minutes from home,
    /// fills. The construction places it and leaves the due customers A and
    /// B out. The search then finds that dropping R's reservation fits both.
    private static var reservationCrowdsOutTwoDueCustomers: FieldCaseBuilder {
        var builder = FieldCaseBuilder()
        builder.hours = WorkingHours.weekdays(TimeWindow(start: clock(8, 0), end: clock(10, 0)))
        let overdue = monday.adding(days: -30)
        builder.add("R", x: 40, y: 0, service: 30, cadenceDays: 14, lastVisit: overdue)
        builder.reservations.append(Reservation(id: "RES-R", customerID: "R"))
        builder.add("A", x: -5, y: 0, service: 30, cadenceDays: 14, lastVisit: overdue)
        builder.add("B", x: -5, y: 1, service: 30, cadenceDays: 14, lastVisit: overdue)
        return builder
    }

    @Test func droppedReservationListsItsCustomer() throws {
        let plan = try Self.reservationCrowdsOutTwoDueCustomers.plan()

        let visited = Set(plan.routes.flatMap(\.stops).compactMap(\.customerID))
        let unplanned = plan.unplanned.map { "\($0.kind):\($0.id)" }
        #expect(visited == ["A", "B"])
        #expect(unplanned.contains("reservation:RES-R"), "\(unplanned)")
        #expect(unplanned.contains("customer:R"), "\(unplanned)")
    }
}
