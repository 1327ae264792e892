import GiroCompany
import GiroModel

extension CompanyDecoder {
    /// Decodes `appointments`, `reservations` and `visitHistory` with the
    /// territory format's readers, after checking their references against
    /// the company, so that each message speaks of the company.
    func decodeSchedule(_ object: JSONObject, into company: inout Company) throws(FormatError) {
        if let field = object.optional("appointments") {
            try checkAppointmentOwners(field)
            company.appointments = try shared.decodeAppointments(field)
        }
        if let field = object.optional("reservations") {
            try checkCustomerReferences(field, keys: ["id", "customerId"])
            company.reservations = try shared.decodeReservations(field)
        }
        if let field = object.optional("visitHistory") {
            try checkCustomerReferences(field, keys: ["customerId", "date", "time"])
            company.visitHistory = try shared.decodeVisitHistory(field)
        }
    }

    /// Checks that every appointment belongs to a rep of the company: it
    /// names a rep, a customer, or both, and with both the customer is that
    /// rep's. `Company.territory(forRep:)` would drop an appointment with
    /// neither.
    private func checkAppointmentOwners(_ field: JSONField) throws(FormatError) {
        for element in try field.array() {
            let object = try element.object(keys: TerritoryDecoder.appointmentKeys)
            let name = (try? object.optional("id")?.identifier()).map { "appointment \"\($0)\"" } ?? "this appointment"

            var repID: String?
            if let repField = object.optional("repId") {
                repID = try reference(repField, kind: "rep", among: repIDs)
            }
            guard let customerField = object.optional("customerId") else {
                guard repID != nil else {
                    throw object.error(
                        "\(name) has neither repId nor customerId; add \"repId\" with the rep who keeps it, "
                            + "or \"customerId\" with the customer it meets")
                }
                continue
            }

            let customerID = try reference(customerField, kind: "customer", among: customerIDs)
            if let repID, let owner = repOfCustomer[customerID], owner != repID {
                throw customerField.error(
                    "customer \"\(customerID)\" of \(name) belongs to rep \(owner), not to its repId \(repID); "
                        + "remove repId or use \"\(owner)\"")
            }
        }
    }

    /// Checks the `customerId` of every entry of a reservation or visit
    /// history list.
    private func checkCustomerReferences(_ field: JSONField, keys: [String]) throws(FormatError) {
        for element in try field.array() {
            let object = try element.object(keys: keys)
            if let customerField = object.optional("customerId") {
                _ = try reference(customerField, kind: "customer", among: customerIDs)
            }
        }
    }
}
