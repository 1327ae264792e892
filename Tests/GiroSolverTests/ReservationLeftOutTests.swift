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

    /// Customer K opens only on Saturdays, which the rep never works, but
    /// it has a kept appointment on Monday: the appointment is its visit,
    /// so neither K nor its reservation is listed as unplanned.
    @Test func keptAppointmentVisitsCustomerClosedOnWorkingDays() throws {
        var builder = FieldCaseBuilder()
        builder.days = 5
        builder.add("K", x: 3, y: 4, service: 30, cadenceDays: 14, lastVisit: Self.overdue)
        let saturdayMorning = TimeWindow(start: clock(9, 0), end: clock(12, 0))
        builder.customers[0].openingHours = WeeklyWindows([.saturday: [saturdayMorning]])
        builder.reservations.append(Reservation(id: "RES-K", customerID: "K"))
        builder.appointments.append(
            Appointment(
                id: "A-K", customerID: "K", kind: .fixed(date: monday),
                window: TimeWindow(start: clock(10, 0), end: clock(10, 30)), duration: minutes(30)))

        let plan = try builder.plan()

        #expect(plan.routes.flatMap(\.stops).compactMap(\.appointmentID) == ["A-K"])
        #expect(plan.unplanned.isEmpty, "\(plan.unplanned)")
    }

    /// Two reservations of K and two kept appointments with it: the two
    /// stops fulfil both reservations, so the second one, which the planner
    /// does not plan on its own, is not listed as unplanned either.
    @Test func twoKeptAppointmentsFulfilTwoReservations() throws {
        var builder = FieldCaseBuilder()
        builder.days = 5
        builder.add("K", x: 3, y: 4, service: 30, cadenceDays: 14, lastVisit: Self.overdue)
        builder.reservations.append(Reservation(id: "RES-K1", customerID: "K"))
        builder.reservations.append(Reservation(id: "RES-K2", customerID: "K"))
        for (number, day) in [(1, 0), (2, 3)] {
            builder.appointments.append(
                Appointment(
                    id: "A-K\(number)", customerID: "K", kind: .fixed(date: monday.adding(days: day)),
                    window: TimeWindow(start: clock(10, 0), end: clock(10, 30)), duration: minutes(30)))
        }

        let plan = try builder.plan()

        #expect(plan.routes.flatMap(\.stops).compactMap(\.appointmentID) == ["A-K1", "A-K2"])
        #expect(plan.unplanned.isEmpty, "\(plan.unplanned)")
    }
}
