/// A request to move or copy customers from one rep to another; see
/// `Company.transfer(_:by:)`.
public struct TransferRequest: Hashable, Sendable {
    /// The rep that owns the customers now.
    public var fromRepID: String
    /// The rep that receives the customers or their copies.
    public var toRepID: String
    /// The customers to transfer, all owned by `fromRepID`, or nil for every
    /// customer of that rep. An id given twice counts once.
    public var customerIDs: [String]?
    public var mode: TransferMode

    public init(from fromRepID: String, to toRepID: String, customerIDs: [String]? = nil, mode: TransferMode = .move) {
        self.fromRepID = fromRepID
        self.toRepID = toRepID
        self.customerIDs = customerIDs
        self.mode = mode
    }
}

/// Whether a transfer hands the customers over or duplicates them.
public enum TransferMode: String, Hashable, Sendable, CaseIterable {
    /// The customers keep their ids and change rep, taking their history,
    /// appointments, reservations, blocks and own settings with them.
    case move
    /// The receiving rep gets new customers with new ids and duplicates of
    /// the history, appointments and reservations. The originals stay.
    case copy
}
