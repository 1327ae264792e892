import Giro

/// `giro plan TERRITORY --customers FILE.csv`: the customers of a CSV file
/// in place of the territory's own.
enum CustomerReplacement {
    /// Replaces the customers of `territory` with those of the CSV file.
    ///
    /// The CSV's `repId` values must name reps of the territory. Every
    /// appointment, reservation and past visit of the territory that names a
    /// customer must name one of the CSV, because those records are kept.
    ///
    /// - Throws: `FormatError` naming the CSV file, row and column for a
    ///   problem in the CSV, or the territory file and JSON path for a record
    ///   that names a customer the CSV lacks.
    static func replaceCustomers(of territory: inout Territory, territoryPath: String, csvPath: String) throws(FormatError) {
        guard case .road = territory.travel else {
            throw FormatError(
                fileName: territoryPath, path: "travel",
                message: "--customers needs the road travel model, because CSV customers have latitude and "
                    + "longitude only; plan this territory without --customers")
        }
        let customers = try CustomerCSV.load(path: csvPath, repIDs: territory.reps.map(\.id))
        let ids = Set(customers.map(\.id))

        func missing(_ id: String, at path: String, record: String) -> FormatError {
            FormatError(
                fileName: territoryPath, path: path, value: id,
                message: "customer \(MessageText.quoted(id)) is not in \(csvPath), which replaces the territory's "
                    + "customers; add the customer to \(csvPath) or remove the \(record) from \(territoryPath)")
        }
        for (index, appointment) in territory.appointments.enumerated() {
            if let id = appointment.customerID, !ids.contains(id) {
                throw missing(id, at: "appointments[\(index)].customerId", record: "appointment")
            }
        }
        for (index, reservation) in territory.reservations.enumerated() where !ids.contains(reservation.customerID) {
            throw missing(reservation.customerID, at: "reservations[\(index)].customerId", record: "reservation")
        }
        for (index, visit) in territory.visitHistory.enumerated() where !ids.contains(visit.customerID) {
            throw missing(visit.customerID, at: "visitHistory[\(index)].customerId", record: "past visit")
        }

        territory.customers = customers
    }
}
