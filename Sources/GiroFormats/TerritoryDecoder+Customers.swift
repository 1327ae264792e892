import GiroModel

extension TerritoryDecoder {
    static let customerKeys = [
        "id", "name", "location", "repId", "visitMinutes", "setupMinutes", "openingHours", "adherence",
        "preferredWindows", "cadenceDays", "lastVisit", "priority", "blocks", "activationDate", "dueAfter", "demand",
        "visitPatterns",
    ]

    /// Decodes the `customers` list and records the customer ids for later
    /// references. Needs the reps, because a customer must name its rep when
    /// the territory has several.
    mutating func decodeCustomers(_ field: JSONField) throws(FormatError) -> [Customer] {
        var ids = UniqueIDs(kind: "customer")
        var customers: [Customer] = []
        for element in try field.array() {
            let object = try element.object(keys: TerritoryDecoder.customerKeys)
            let idField = try object.required("id", hint: "add a unique id such as \"c-1\"")
            let id = try idField.identifier()
            try ids.insert(id, from: idField)
            customers.append(try decodeCustomer(object, id: id))
        }

        customerPaths = ids.paths
        customerIDs = ids.ordered
        return customers
    }

    private func decodeCustomer(_ object: JSONObject, id: String) throws(FormatError) -> Customer {
        let location = try LocationFormat.decode(
            object.required("location", hint: "add the customer's location"), rule: locationRule)
        let visitDuration = try object.required("visitMinutes", hint: "add the length of one visit in minutes")
            .minutes(in: FormatLimits.visitMinutes)
        var customer = Customer(id: id, location: location, visitDuration: visitDuration)

        customer.name = try object.optional("name")?.string()
        customer.repID = try decodeOwner(object, customerID: id)
        if let field = object.optional("setupMinutes") {
            customer.setupDuration = try field.minutes(in: FormatLimits.setupMinutes)
        }
        if let field = object.optional("openingHours") {
            customer.openingHours = try WindowFormat.decodeWeek(field)
        }
        if let field = object.optional("adherence") {
            customer.adherence = try decodeAdherence(field)
        }
        if let field = object.optional("preferredWindows") {
            customer.preferredWindows = try WindowFormat.decodeWeek(field)
        }
        if let field = object.optional("cadenceDays") {
            customer.cadenceDays = try field.wholeNumber(in: FormatLimits.cadenceDays, unit: "days")
        }
        if let field = object.optional("lastVisit") {
            customer.lastVisit = try field.date()
        }
        if let field = object.optional("priority") {
            customer.priority = try field.number(in: FormatLimits.priority)
        }
        if let field = object.optional("blocks") {
            customer.blocks = try decodeBlocks(field)
        }
        if let field = object.optional("activationDate") {
            customer.activationDate = try field.date()
        }
        if let field = object.optional("dueAfter") {
            customer.dueAfter = try field.number(in: FormatLimits.ratio)
        }
        if let field = object.optional("demand") {
            customer.demand = try field.number(in: FormatLimits.load)
        }
        if let field = object.optional("visitPatterns") {
            customer.visitPatterns = try decodeVisitPatterns(field)
            guard customer.visitPatterns.isEmpty || customer.cadenceDays == nil else {
                throw field.error(
                    "customer \(MessageText.quoted(id)) has both cadenceDays and visitPatterns, but a customer with "
                        + "visit patterns has no cadence; remove cadenceDays or visitPatterns")
            }
        }
        return customer
    }

    /// Reads the customer's `repId`, which is required when there are several
    /// reps.
    private func decodeOwner(_ object: JSONObject, customerID: String) throws(FormatError) -> String? {
        guard let field = object.optional("repId") else {
            guard repIDs.count <= 1 else {
                throw object.error(
                    "customer \(MessageText.quoted(customerID)) has no repId, but the territory has \(repIDs.count) reps; "
                        + "add \"repId\" with the id of the rep who visits it")
            }
            return nil
        }
        return try repReference(field)
    }

    func decodeAdherence(_ field: JSONField) throws(FormatError) -> Adherence {
        let text = try field.string()
        guard let adherence = Adherence(rawValue: text) else {
            throw field.error("adherence \(MessageText.quoted(text)) is not valid; use \"start\" or \"entire\"")
        }
        return adherence
    }

    func decodeBlocks(_ field: JSONField) throws(FormatError) -> [DateRange] {
        var blocks: [DateRange] = []
        for element in try field.array() {
            let object = try element.object(keys: ["from", "to"])
            let first = try object.required("from", hint: "add the first blocked date").date()
            let toField = try object.required("to", hint: "add the last blocked date")
            let last = try toField.date()
            guard first <= last else {
                throw element.error(
                    "to \(last) is before from \(first); swap the dates or fix the block",
                    value: toField.node.value.sourceText)
            }
            blocks.append(DateRange(first: first, last: last))
        }
        return blocks
    }
}

