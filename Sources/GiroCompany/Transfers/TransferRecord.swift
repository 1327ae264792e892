import GiroModel

/// The changes of one transfer, kept so that `Company.undo(_:)` can restore
/// the company exactly and can detect later changes that make an undo
/// unsafe.
///
/// The `result` values are the after-state. Undo compares them with the
/// company and throws when they differ.
public struct TransferRecord: Hashable, Sendable {
    /// The request as carried out, with `customerIDs` set to the customers
    /// transferred, in company order.
    public let request: TransferRequest
    /// The user who made the transfer.
    public let userID: String
    /// The selected customers before the transfer, in company order.
    public let sourceCustomers: [CompanyCustomer]
    /// The moved customers (move) or their new copies (copy), in the order
    /// of `sourceCustomers`.
    public let resultCustomers: [CompanyCustomer]
    /// Appointments before the transfer: for a move those whose `repID`
    /// changed, for a copy those that were duplicated.
    public let sourceAppointments: [Appointment]
    /// The changed appointments (move) or their new copies (copy), in the
    /// order of `sourceAppointments`.
    public let resultAppointments: [Appointment]
    /// Reservations created by a copy, or none for a move.
    public let addedReservations: [Reservation]
    /// Visit history entries created by a copy, or none for a move.
    public let addedVisitHistory: [PastVisit]
    /// Visit history entries that moved or were copied.
    public let historyEntryCount: Int
    /// Appointments that moved or were copied, including those without a
    /// rep, which follow their customer without a change.
    public let appointmentCount: Int
    /// Reservations that moved or were copied.
    public let reservationCount: Int

    /// Customers that moved or were copied.
    public var customerCount: Int { resultCustomers.count }

    /// The ids of the transferred customers after the transfer: the same ids
    /// for a move, the new ids for a copy.
    public var resultCustomerIDs: [String] { resultCustomers.map(\.id) }
}
