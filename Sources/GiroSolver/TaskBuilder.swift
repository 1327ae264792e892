import GiroModel

/// Turns a territory's appointments, reservations, cadence customers and
/// customers with visit patterns into tasks with the slots each may use, and
/// lists those that can use none.
struct TaskBuilder {
    let territory: Territory
    let slots: [RouteSlot]
    let customerLocations: [Int]
    let appointmentLocations: [Int?]

    var tasks: [VisitTask] = []
    private(set) var excluded: [UnplannedVisit] = []

    private var customerIndexByID: [String: Int] = [:]
    private var repIndexByID: [String: Int] = [:]
    /// Appointment tasks by customer index.
    private var appointmentTasks: [Int: [Int]] = [:]
    /// Reservation ids by customer index, for customers that have one.
    private var reservedCustomers: [Int: String] = [:]
    /// Customers whose reservation the visit done earlier on the first day
    /// of a re-plan fulfils. Their cadence visits after it are planned as
    /// for any customer.
    private var reservedCustomersVisitedBeforeReplan: Set<Int> = []

    init(territory: Territory, slots: [RouteSlot], customerLocations: [Int], appointmentLocations: [Int?]) {
        self.territory = territory
        self.slots = slots
        self.customerLocations = customerLocations
        self.appointmentLocations = appointmentLocations
        for (index, customer) in territory.customers.enumerated() where customerIndexByID[customer.id] == nil {
            customerIndexByID[customer.id] = index
        }
        for (index, rep) in territory.reps.enumerated() where repIndexByID[rep.id] == nil {
            repIndexByID[rep.id] = index
        }
    }

    mutating func build() {
        for index in territory.appointments.indices {
            addAppointment(index)
        }
        for index in territory.reservations.indices {
            addReservation(index)
        }
        for index in territory.customers.indices
        where reservedCustomers[index] == nil || reservedCustomersVisitedBeforeReplan.contains(index) {
            if territory.customers[index].visitPatterns.isEmpty {
                addCadenceVisit(index)
            } else {
                addPatternVisits(index)
            }
        }
    }

    // MARK: - Appointments

    private mutating func addAppointment(_ index: Int) {
        let appointment = territory.appointments[index]
        let candidateDates = appointment.candidateDates().filter { territory.horizon.contains($0) }
        guard !candidateDates.isEmpty else { return }

        var customerIndex: Int?
        if let customerID = appointment.customerID {
            guard let found = customerIndexByID[customerID] else {
                exclude(.appointment, appointment.id, nil, .invalidData, "refers to unknown customer \(customerID)")
                return
            }
            customerIndex = found
        }

        guard let repIndex = repIndex(explicit: appointment.repID, customer: customerIndex) else {
            exclude(.appointment, appointment.id, appointment.repID, .invalidData, "has no known rep; set its repId")
            return
        }
        let repID = territory.reps[repIndex].id

        guard appointment.duration > 0, appointment.duration <= appointment.window.length else {
            exclude(
                .appointment, appointment.id, repID, .invalidData,
                "lasts \(appointment.duration / 60) min, longer than its window \(appointment.window)")
            return
        }

        // What lies before the re-plan's start has already happened; with a
        // start after the working day the first day has no slot at all.
        var startsBeforeReplan = false
        if let time = territory.horizon.startTime, candidateDates.contains(territory.horizon.start),
            appointment.startWindow.end < time
        {
            startsBeforeReplan = true
        }
        let options = slots.indices.compactMap { slot -> SlotOption? in
            guard slots[slot].repIndex == repIndex, candidateDates.contains(slots[slot].date) else { return nil }
            var window = appointment.startWindow
            if let replanStart = slots[slot].replanStart {
                guard window.end >= replanStart else { return nil }
                window = TimeWindow(start: max(window.start, replanStart), end: window.end)
            }
            return SlotOption(slot: slot, startWindows: [window])
        }
        if options.isEmpty, startsBeforeReplan, let time = territory.horizon.startTime {
            exclude(
                .appointment, appointment.id, repID, .noTimeLeft,
                "starts before the re-plan time \(ClockTime.format(time)) on \(territory.horizon.start); "
                    + "remove it from the file if it took place")
            return
        }
        guard !options.isEmpty else {
            let dates = candidateDates.map(\.description).joined(separator: ", ")
            exclude(.appointment, appointment.id, repID, .blocked, "falls on \(dates), when the rep does not work")
            return
        }

        if let customerIndex {
            appointmentTasks[customerIndex, default: []].append(tasks.count)
        }
        let customer = customerIndex.map { territory.customers[$0] }
        tasks.append(
            VisitTask(
                kind: .appointment(index), customerIndex: customerIndex, location: appointmentLocations[index],
                serviceDuration: appointment.duration,
                setupDuration: appointment.location == nil ? (customer?.setupDuration ?? 0) : 0,
                demand: customer?.demand ?? 0, tier: .appointment, options: options,
                cadenceBenefitByDay: Array(repeating: 0, count: territory.horizon.days),
                appointmentWindow: appointment.window))
    }

    // MARK: - Reservations

    private mutating func addReservation(_ index: Int) {
        let reservation = territory.reservations[index]
        guard let customerIndex = customerIndexByID[reservation.customerID] else {
            exclude(
                .reservation, reservation.id, nil, .invalidData,
                "refers to unknown customer \(reservation.customerID)")
            return
        }
        let customer = territory.customers[customerIndex]
        guard customer.visitPatterns.isEmpty else {
            exclude(
                .reservation, reservation.id, customer.repID, .invalidData,
                "is for customer \(customer.id), whose visit patterns fix its visits; remove the reservation")
            return
        }
        if reservedCustomers[customerIndex] == nil, territory.isVisitedBeforeReplan(customerID: customer.id) {
            // The visit done earlier on the first day fulfils the reservation.
            reservedCustomers[customerIndex] = reservation.id
            reservedCustomersVisitedBeforeReplan.insert(customerIndex)
            return
        }
        if let first = reservedCustomers[customerIndex] {
            exclude(
                .reservation, reservation.id, customer.repID, .invalidData,
                "repeats reservation \(first) of customer \(customer.id); one reservation per customer is planned")
            return
        }
        guard let reps = allowedReps(customer: customerIndex) else {
            exclude(
                .reservation, reservation.id, customer.repID, .invalidData,
                "customer \(customer.id) has unknown rep \(customer.repID ?? ""); fix its repId")
            return
        }

        let options = visitOptions(customerIndex: customerIndex, reps: reps) { _ in true }
        guard !options.isEmpty else {
            let (reason, detail) = noDayReason(customerIndex: customerIndex, reps: reps, cadenceAllows: { _ in true })
            exclude(.reservation, reservation.id, customer.repID, reason, "cannot be planned: customer \(customer.id) \(detail)")
            return
        }

        reservedCustomers[customerIndex] = reservation.id
        tasks.append(
            VisitTask(
                kind: .reservation(index), customerIndex: customerIndex, location: customerLocations[customerIndex],
                serviceDuration: customer.visitDuration, setupDuration: customer.setupDuration,
                demand: customer.demand, tier: .reservation, options: options,
                cadenceBenefitByDay: cadenceBenefits(customerIndex: customerIndex),
                coveredBy: appointmentTasks[customerIndex] ?? []))
    }

    // MARK: - Cadence visits

    private mutating func addCadenceVisit(_ index: Int) {
        let customer = territory.customers[index]
        guard let interval = customer.cadenceDays, interval > 0 else { return }

        guard let reps = allowedReps(customer: index) else {
            if isDue(index) {
                exclude(
                    .customer, customer.id, customer.repID, .invalidData,
                    "has unknown rep \(customer.repID ?? ""); fix its repId")
            }
            return
        }

        // A visit logged on the first day is done when re-planning during it.
        if let previous = territory.previousVisit(of: customer),
            previous > territory.horizon.start || (previous == territory.horizon.start && !territory.isReplanning)
        {
            exclude(
                .customer, customer.id, customer.repID, .invalidData,
                "has its last visit on \(previous), not before the horizon start \(territory.horizon.start); fix lastVisit")
            return
        }

        let cadence = CadenceState(territory: territory, customer: customer)
        let options = visitOptions(customerIndex: index, reps: reps) { cadence.allowsVisit(on: $0) }
        let due = cadence.dueDate < territory.horizon.end

        guard !options.isEmpty else {
            if due {
                let (reason, detail) = noDayReason(customerIndex: index, reps: reps) {
                    cadence.allowsVisit(on: $0)
                }
                exclude(.customer, customer.id, customer.repID, reason, detail)
            }
            return
        }

        let first = VisitTask(
            kind: .cadenceVisit, customerIndex: index, location: customerLocations[index],
            serviceDuration: customer.visitDuration, setupDuration: customer.setupDuration,
            demand: customer.demand, tier: due ? .due : .optional, options: options,
            cadenceBenefitByDay: cadenceBenefits(customerIndex: index), coveredBy: appointmentTasks[index] ?? [])
        tasks.append(first)

        // NOTE: a customer with an appointment in the horizon keeps one visit
        // task, which the appointment replaces when it is planned.
        guard appointmentTasks[index] == nil else { return }
        let count = visitCount(cadence: cadence, days: options.map { slots[$0.slot].dayIndex })
        for number in stride(from: 1, to: count, by: 1) {
            var extra = first
            extra.tier = .optional
            extra.visitNumber = number
            tasks.append(extra)
        }
    }

    /// Returns the number of visits of one customer worth planning in the
    /// horizon: one per interval of its timeline, rounded up, but no more
    /// than fit on its allowed days with `dueAfter` between them.
    ///
    /// - Parameters:
    ///   - days: horizon days (0-based) on which the customer may be visited.
    /// - Complexity: O(d log d) for d days.
    private func visitCount(cadence: CadenceState, days: [Int]) -> Int {
        let span = territory.horizon.end.days(since: cadence.segmentStart)
        let intervals = max(1, (span + cadence.interval - 1) / cadence.interval)
        let gap = cadence.minimumGap
        var fitting = 0
        var last = Int.min
        for day in Set(days).sorted() where last == Int.min || day - last >= gap {
            fitting += 1
            last = day
        }
        return max(1, min(intervals, fitting))
    }

    private func isDue(_ customerIndex: Int) -> Bool {
        let customer = territory.customers[customerIndex]
        guard customer.cadenceDays != nil else { return false }
        return CadenceState(territory: territory, customer: customer).dueDate < territory.horizon.end
    }

    /// Benefit of a visit on each horizon day: the drop in the cadence cost
    /// `priority × (d / interval)²` summed over the customer's timeline, times
    /// the cadence weight.
    private func cadenceBenefits(customerIndex: Int) -> [Double] {
        let customer = territory.customers[customerIndex]
        guard customer.cadenceDays != nil else {
            return Array(repeating: 0, count: territory.horizon.days)
        }
        let cadence = CadenceState(territory: territory, customer: customer)
        return territory.horizon.dates.map { date in
            territory.settings.cadenceWeight * cadence.benefitOfVisit(on: date, horizonEnd: territory.horizon.end)
        }
    }

    // MARK: - Shared helpers

    private func repIndex(explicit repID: String?, customer customerIndex: Int?) -> Int? {
        if let repID {
            return repIndexByID[repID]
        }
        if let customerIndex {
            let customer = territory.customers[customerIndex]
            if let repID = customer.repID {
                return repIndexByID[repID]
            }
        }
        return territory.reps.count == 1 ? 0 : nil
    }

    /// Returns the reps who may visit a customer: its owner, or every rep when
    /// it has none. Returns nil when the owner is unknown.
    func allowedReps(customer customerIndex: Int) -> Set<Int>? {
        guard let repID = territory.customers[customerIndex].repID else {
            return Set(territory.reps.indices)
        }
        return repIndexByID[repID].map { [$0] }
    }

    /// Returns the allowed reps' slots on which the customer is open, active,
    /// not blocked and allowed by `cadenceAllows`.
    func visitOptions(
        customerIndex: Int, reps: Set<Int>, cadenceAllows: (CalendarDate) -> Bool
    ) -> [SlotOption] {
        let customer = territory.customers[customerIndex]
        return slots.indices.compactMap { slot -> SlotOption? in
            let date = slots[slot].date
            guard reps.contains(slots[slot].repIndex), !customer.isBlocked(on: date),
                customer.activationDate.map({ date >= $0 }) ?? true, cadenceAllows(date)
            else { return nil }

            let windows = customer.serviceStartWindows(on: date.weekday)
            guard !windows.isEmpty else { return nil }
            return SlotOption(slot: slot, startWindows: windows)
        }
    }

    /// Names the reason why a customer has no day in the horizon.
    private func noDayReason(
        customerIndex: Int, reps: Set<Int>, cadenceAllows: (CalendarDate) -> Bool
    ) -> (UnplannedReason, String) {
        let customer = territory.customers[customerIndex]
        let working = slots.filter { reps.contains($0.repIndex) }.map(\.date)
        guard !working.isEmpty else {
            return (.blocked, "has no working day of its rep in the horizon")
        }

        let open = working.filter { !customer.serviceStartWindows(on: $0.weekday).isEmpty }
        guard !open.isEmpty else {
            let hasWindows = working.contains { !customer.openingHours[$0.weekday].isEmpty }
            if hasWindows, customer.adherence == .entire {
                return (
                    .closedOnEveryDay,
                    "has no opening window as long as its \(customer.visitDuration / 60) min visit on any working day of the horizon"
                )
            }
            return (.closedOnEveryDay, "is closed on every working day of the horizon")
        }

        let allowed = open.filter { date in
            !customer.isBlocked(on: date) && (customer.activationDate.map { date >= $0 } ?? true)
        }
        guard !allowed.isEmpty else {
            return (.blocked, "is blocked or not yet active on every day it is open")
        }
        return (.notYetEligible, "is not yet eligible for a visit on any day of the horizon")
    }

    mutating func exclude(
        _ kind: UnplannedVisit.Kind, _ id: String, _ repID: String?, _ reason: UnplannedReason, _ detail: String
    ) {
        let subject: String
        switch kind {
        case .customer: subject = "Customer \(id)"
        case .reservation: subject = "Reservation \(id)"
        case .appointment: subject = "Appointment \(id)"
        }
        excluded.append(UnplannedVisit(kind: kind, id: id, repID: repID, reason: reason, message: "\(subject) \(detail)."))
    }
}
