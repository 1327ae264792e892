import GiroModel

/// Turns a parsed territory document into a `Territory`, checking every
/// value, range and reference on the way.
///
/// Sections are decoded in dependency order. The travel model comes first,
/// because it decides what every location must carry. Reps come next, because
/// customers refer to their ids. Customers come before appointments,
/// reservations and the visit history, which refer to them.
struct TerritoryDecoder {
    static let topLevelKeys = [
        "name", "horizon", "travel", "settings", "reps", "customers", "appointments", "reservations",
        "visitHistory",
    ]

    var locationRule = LocationRule.geographic
    /// Rep ids in file order with the path where each is defined.
    var repPaths: [String: JSONPath] = [:]
    var repIDs: [String] = []
    var customerPaths: [String: JSONPath] = [:]
    var customerIDs: [String] = []
    /// The territory's horizon, which bounds the dates of visit patterns.
    var horizon = Horizon(start: CalendarDate(year: 2000, month: 1, day: 1)!, days: 1)

    static func decode(_ root: JSONField) throws(FormatError) -> Territory {
        guard case .object = root.node.value else {
            throw root.error("the top level must be a JSON object {…}, but it is \(root.node.value.typeDescription)")
        }
        let object = try root.object(keys: topLevelKeys)
        var decoder = TerritoryDecoder()

        var travel = TravelSpecification.road(.standard)
        if let field = object.optional("travel") {
            travel = try TravelFormat.decode(field)
        }
        decoder.locationRule = LocationRule(travel)

        let horizon = try HorizonFormat.decode(
            object.required("horizon", hint: "add {\"start\": \"YYYY-MM-DD\", \"days\": 7}"),
            rule: decoder.locationRule)

        var settings = PlanningSettings()
        if let field = object.optional("settings") {
            settings = try SettingsFormat.decode(field)
        }

        let reps = try decoder.decodeReps(object.required("reps", hint: "add a list with at least one rep"))

        decoder.horizon = horizon
        let customers = try decoder.decodeCustomers(object.required("customers", hint: "add a list, [] for none"))

        var appointments: [Appointment] = []
        if let field = object.optional("appointments") {
            appointments = try decoder.decodeAppointments(field)
        }

        var reservations: [Reservation] = []
        if let field = object.optional("reservations") {
            reservations = try decoder.decodeReservations(field)
        }

        var visitHistory: [PastVisit] = []
        if let field = object.optional("visitHistory") {
            visitHistory = try decoder.decodeVisitHistory(field)
        }

        return Territory(
            name: try object.optional("name")?.string(),
            horizon: horizon,
            travel: travel,
            settings: settings,
            reps: reps,
            customers: customers,
            appointments: appointments,
            reservations: reservations,
            visitHistory: visitHistory)
    }

    // MARK: References

    /// Checks that `field` names a known rep and returns the id.
    func repReference(_ field: JSONField) throws(FormatError) -> String {
        let id = try field.identifier()
        guard repPaths[id] != nil else {
            throw field.error(
                "\(field.name) \(MessageText.quoted(id)) is not a rep of this territory; " + referenceHint(for: id, among: repIDs))
        }
        return id
    }

    /// Checks that `field` names a known customer and returns the id.
    func customerReference(_ field: JSONField) throws(FormatError) -> String {
        let id = try field.identifier()
        guard customerPaths[id] != nil else {
            throw field.error(
                "\(field.name) \(MessageText.quoted(id)) is not a customer of this territory; "
                    + referenceHint(for: id, among: customerIDs))
        }
        return id
    }

    private func referenceHint(for id: String, among ids: [String]) -> String {
        if let nearest = KeySuggestion.nearest(to: id, among: ids) {
            return "did you mean \(MessageText.quoted(nearest))?"
        }
        guard ids.count <= 10 else {
            return "use the id of one of the \(ids.count) entries"
        }
        return "use one of: " + ids.map(MessageText.shortened).joined(separator: ", ")
    }
}

/// Rejects a second use of one id within a list.
struct UniqueIDs {
    let kind: String
    private(set) var paths: [String: JSONPath] = [:]
    private(set) var ordered: [String] = []

    init(kind: String) {
        self.kind = kind
    }

    /// Records `id`, read from `field`; throws when it was already used.
    mutating func insert(_ id: String, from field: JSONField) throws(FormatError) {
        if let first = paths[id] {
            throw field.error(
                "duplicate \(kind) id \(MessageText.quoted(id)); \(first) already uses it; give each \(kind) its own id")
        }
        paths[id] = field.path
        ordered.append(id)
    }
}
