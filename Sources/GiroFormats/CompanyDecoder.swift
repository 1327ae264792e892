import GiroCompany
import GiroModel

/// Turns a parsed company document into a `Company`, checking every value,
/// range, reference and settings rule on the way.
///
/// Sections are decoded in dependency order. The travel model comes first,
/// because it decides what every location must carry. The company settings
/// come next, because customers name their priority classes. Groups, reps
/// and customers follow, each referring to the one before, then the lists
/// that refer to reps and customers, and the users. The settings rules that
/// need the whole cascade (the locks) are checked last.
struct CompanyDecoder {
    static let topLevelKeys = [
        "name", "planningStart", "startLocation", "startTime", "endLocation", "travel", "settings", "groups", "reps",
        "customers", "appointments", "reservations", "visitHistory", "users", "permissions", "healthThresholds",
    ]
    static let groupKeys = ["id", "name", "settings"]
    static let repKeys = ["id", "name", "groupId", "home", "daysOff", "capacity", "settings"]
    static let customerKeys = [
        "id", "name", "repId", "location", "lastVisit", "priorityClass", "priority", "blocks", "activationDate",
        "preferredWindows", "demand", "settings",
    ]

    /// The territory decoder whose readers of locations, windows, breaks,
    /// overnight rules, appointments and past visits this decoder shares. Its
    /// location rule and id tables are filled in as the sections are read.
    var shared = TerritoryDecoder()
    var groupIDs = UniqueIDs(kind: "group")
    var repIDs = UniqueIDs(kind: "rep")
    var customerIDs = UniqueIDs(kind: "customer")
    /// The rep of every customer, to check appointments that name both.
    var repOfCustomer: [String: String] = [:]
    /// Class names of the company's effective `priorityClasses`.
    var priorityClassNames: [String] = []
    /// Every settings object read, in file order, with the scope it sets.
    var settingsFields: [(scope: Scope, field: JSONField)] = []

    static func decode(_ root: JSONField) throws(FormatError) -> Company {
        guard case .object = root.node.value else {
            throw root.error("the top level must be a JSON object {…}, but it is \(root.node.value.typeDescription)")
        }
        let object = try root.object(keys: topLevelKeys)
        var decoder = CompanyDecoder()

        var travel = TravelSpecification.road(.standard)
        if let field = object.optional("travel") {
            travel = try TravelFormat.decode(field)
        }
        decoder.shared.locationRule = LocationRule(travel)

        let planningStart = try object.required("planningStart", hint: "add the first planned date, \"YYYY-MM-DD\"")
            .date()
        var company = Company(planningStart: planningStart, travel: travel)
        company.name = try object.optional("name")?.string()
        if let field = object.optional("startLocation") {
            company.startLocation = try LocationFormat.decode(field, rule: decoder.shared.locationRule)
        }
        company.startTime = try object.optional("startTime")?.timeOfDay()
        if let field = object.optional("endLocation") {
            company.endLocation = try LocationFormat.decode(field, rule: decoder.shared.locationRule)
        }

        if let field = object.optional("settings") {
            company.settings = try decoder.decodeSettings(field, scope: .company)
        }
        decoder.priorityClassNames = priorityClassNames(of: company.settings)

        company.groups = try decoder.decodeGroups(object.required("groups", hint: "add a list of groups, [] for none"))
        company.reps = try decoder.decodeReps(object.required("reps", hint: "add a list of reps, [] for none"))
        company.customers = try decoder.decodeCustomers(
            object.required("customers", hint: "add a list of customers, [] for none"))

        try decoder.decodeSchedule(object, into: &company)
        try decoder.decodeAccess(object, into: &company)

        try decoder.checkLocks(of: company)
        return company
    }

    /// Returns the class names of the effective `priorityClasses` at company level,
    /// sorted.
    private static func priorityClassNames(of settings: SettingsLayer) -> [String] {
        let value = settings[.priorityClasses] ?? SettingKey.priorityClasses.defaultValue
        guard case .priorityClasses(let classes) = value else { return [] }
        return classes.keys.sorted()
    }

    // MARK: Groups, reps and customers

    mutating func decodeGroups(_ field: JSONField) throws(FormatError) -> [RepGroup] {
        var groups: [RepGroup] = []
        for element in try field.array() {
            let object = try element.object(keys: CompanyDecoder.groupKeys)
            let idField = try object.required("id", hint: "add a unique id such as \"north\"")
            let id = try idField.identifier()
            try groupIDs.insert(id, from: idField)

            var group = RepGroup(id: id, name: try object.optional("name")?.string())
            if let settingsField = object.optional("settings") {
                group.settings = try decodeSettings(settingsField, scope: .group(id))
            }
            groups.append(group)
        }
        return groups
    }

    mutating func decodeReps(_ field: JSONField) throws(FormatError) -> [CompanyRep] {
        var reps: [CompanyRep] = []
        for element in try field.array() {
            let object = try element.object(keys: CompanyDecoder.repKeys)
            let idField = try object.required("id", hint: "add a unique id such as \"R1\"")
            let id = try idField.identifier()
            try repIDs.insert(id, from: idField)

            let groupID = try reference(
                object.required("groupId", hint: "add the id of the rep's group"), kind: "group", among: groupIDs)
            let home = try LocationFormat.decode(
                object.required("home", hint: "add the rep's home location"), rule: shared.locationRule)
            var rep = CompanyRep(id: id, name: try object.optional("name")?.string(), groupID: groupID, home: home)

            if let daysOffField = object.optional("daysOff") {
                rep.daysOff = try shared.decodeDateSet(daysOffField)
            }
            rep.capacity = try object.optional("capacity")?.number(in: FormatLimits.load)
            if let settingsField = object.optional("settings") {
                rep.settings = try decodeSettings(settingsField, scope: .rep(id))
            }
            reps.append(rep)
        }

        shared.repPaths = repIDs.paths
        shared.repIDs = repIDs.ordered
        return reps
    }

    mutating func decodeCustomers(_ field: JSONField) throws(FormatError) -> [CompanyCustomer] {
        var customers: [CompanyCustomer] = []
        for element in try field.array() {
            let object = try element.object(keys: CompanyDecoder.customerKeys)
            let idField = try object.required("id", hint: "add a unique id such as \"C1\"")
            let id = try idField.identifier()
            try customerIDs.insert(id, from: idField)
            customers.append(try decodeCustomer(object, id: id))
            repOfCustomer[id] = customers[customers.count - 1].repID
        }

        shared.customerPaths = customerIDs.paths
        shared.customerIDs = customerIDs.ordered
        return customers
    }

    private mutating func decodeCustomer(_ object: JSONObject, id: String) throws(FormatError) -> CompanyCustomer {
        let repID = try reference(
            object.required("repId", hint: "add the id of the rep who visits the customer"), kind: "rep", among: repIDs)
        let location = try LocationFormat.decode(
            object.required("location", hint: "add the customer's location"), rule: shared.locationRule)
        var customer = CompanyCustomer(id: id, name: try object.optional("name")?.string(), repID: repID, location: location)

        customer.lastVisit = try object.optional("lastVisit")?.date()
        if let classField = object.optional("priorityClass") {
            customer.priorityClass = try priorityClass(classField)
        }
        customer.priority = try object.optional("priority")?.number(in: FormatLimits.priority)
        if let blocksField = object.optional("blocks") {
            customer.blocks = try shared.decodeBlocks(blocksField)
        }
        customer.activationDate = try object.optional("activationDate")?.date()
        if let windowsField = object.optional("preferredWindows") {
            customer.preferredWindows = try WindowFormat.decodeWeek(windowsField)
        }
        if let demandField = object.optional("demand") {
            customer.demand = try demandField.number(in: FormatLimits.load)
        }
        if let settingsField = object.optional("settings") {
            customer.settings = try decodeSettings(settingsField, scope: .customer(id))
        }
        return customer
    }

    /// Reads a customer's `priorityClass`, which must be a class of the
    /// company's `priorityClasses` setting.
    private func priorityClass(_ field: JSONField) throws(FormatError) -> String {
        let name = try field.identifier()
        guard priorityClassNames.contains(name) else {
            throw field.error(
                "priorityClass \"\(name)\" is not a class of the company's priorityClasses; "
                    + KeySuggestion.hint(for: name, among: priorityClassNames)
                    + ", or add the class to the company settings")
        }
        return name
    }

    // MARK: References

    /// Checks that `field` names an id recorded in `ids` and returns it.
    func reference(_ field: JSONField, kind: String, among ids: UniqueIDs) throws(FormatError) -> String {
        let id = try field.identifier()
        guard ids.paths[id] != nil else {
            throw field.error("\(field.name) \"\(id)\" is not a \(kind) of this company; " + hint(for: id, among: ids))
        }
        return id
    }

    private func hint(for id: String, among ids: UniqueIDs) -> String {
        if let nearest = KeySuggestion.nearest(to: id, among: ids.ordered) {
            return "did you mean \"\(nearest)\"?"
        }
        guard !ids.ordered.isEmpty else {
            return "the file defines no \(ids.kind) yet; add one to \(ids.kind)s"
        }
        guard ids.ordered.count <= 10 else {
            return "use the id of one of the \(ids.ordered.count) \(ids.kind)s"
        }
        return "use one of: " + ids.ordered.joined(separator: ", ")
    }
}
