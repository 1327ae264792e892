import GiroModel

/// A field force: company settings, groups of reps, reps, their customers,
/// appointments, reservations, visit history, users and permissions.
///
/// Settings resolve in four levels, company → group → rep → customer; see
/// `SettingsResolver`. `territory(forRep:)` turns one rep's part into the
/// `Territory` the planner takes.
public struct Company: Hashable, Sendable {
    public var name: String?
    /// First day of the planning horizon; its length is the `horizonDays`
    /// setting of each rep.
    public var planningStart: CalendarDate
    /// The rep's location when re-planning during the first day, if not home.
    public var startLocation: Location?
    /// Clock time in seconds after midnight from which the first day is
    /// planned, when re-planning during it.
    public var startTime: Int?
    /// The place where each rep's last working day of the horizon ends,
    /// when a trip goes on past the horizon; nil for home.
    public var endLocation: Location?
    public var travel: TravelSpecification
    /// Company-level settings and locks.
    public var settings: SettingsLayer
    public var groups: [RepGroup]
    public var reps: [CompanyRep]
    public var customers: [CompanyCustomer]
    public var appointments: [Appointment]
    public var reservations: [Reservation]
    public var visitHistory: [PastVisit]
    public var users: [User]
    public var permissions: PermissionPolicy
    /// Health-check thresholds by criterion id, overriding the documented
    /// defaults.
    public var healthThresholds: [String: Double]

    public init(
        name: String? = nil,
        planningStart: CalendarDate,
        startLocation: Location? = nil,
        startTime: Int? = nil,
        endLocation: Location? = nil,
        travel: TravelSpecification = .road(.standard),
        settings: SettingsLayer = SettingsLayer(),
        groups: [RepGroup] = [],
        reps: [CompanyRep] = [],
        customers: [CompanyCustomer] = [],
        appointments: [Appointment] = [],
        reservations: [Reservation] = [],
        visitHistory: [PastVisit] = [],
        users: [User] = [],
        permissions: PermissionPolicy = PermissionPolicy(),
        healthThresholds: [String: Double] = [:]
    ) {
        self.name = name
        self.planningStart = planningStart
        self.startLocation = startLocation
        self.startTime = startTime
        self.endLocation = endLocation
        self.travel = travel
        self.settings = settings
        self.groups = groups
        self.reps = reps
        self.customers = customers
        self.appointments = appointments
        self.reservations = reservations
        self.visitHistory = visitHistory
        self.users = users
        self.permissions = permissions
        self.healthThresholds = healthThresholds
    }

    public func group(id: String) -> RepGroup? { groups.first { $0.id == id } }

    public func rep(id: String) -> CompanyRep? { reps.first { $0.id == id } }

    public func customer(id: String) -> CompanyCustomer? { customers.first { $0.id == id } }

    public func user(id: String) -> User? { users.first { $0.id == id } }

    /// Returns the customers a rep owns, in file order.
    public func customers(ofRep repID: String) -> [CompanyCustomer] {
        customers.filter { $0.repID == repID }
    }

    /// Returns the reps of a group, in file order.
    public func reps(inGroup groupID: String) -> [CompanyRep] {
        reps.filter { $0.groupID == groupID }
    }
}

/// A group of reps under one or more supervisors, such as a region.
public struct RepGroup: Hashable, Sendable, Identifiable {
    public var id: String
    public var name: String?
    /// Group-level settings and locks.
    public var settings: SettingsLayer

    public init(id: String, name: String? = nil, settings: SettingsLayer = SettingsLayer()) {
        self.id = id
        self.name = name
        self.settings = settings
    }
}

/// A rep in a company: the rep's own data and the rep-level settings. Working hours, break, overnight rule, maximum working
/// time and speed factor come from the settings cascade.
public struct CompanyRep: Hashable, Sendable, Identifiable {
    public var id: String
    public var name: String?
    public var groupID: String
    public var home: Location
    public var daysOff: Set<CalendarDate>
    public var capacity: Double?
    /// Rep-level settings and locks.
    public var settings: SettingsLayer

    public init(
        id: String,
        name: String? = nil,
        groupID: String,
        home: Location,
        daysOff: Set<CalendarDate> = [],
        capacity: Double? = nil,
        settings: SettingsLayer = SettingsLayer()
    ) {
        self.id = id
        self.name = name
        self.groupID = groupID
        self.home = home
        self.daysOff = daysOff
        self.capacity = capacity
        self.settings = settings
    }
}

/// A customer in a company. Visit duration, setup, cadence,
/// `dueAfter`, adherence and opening hours come from the settings cascade,
/// where the customer's own `settings` layer is the lowest level.
public struct CompanyCustomer: Hashable, Sendable, Identifiable {
    public var id: String
    public var name: String?
    public var repID: String
    public var location: Location
    public var lastVisit: CalendarDate?
    /// A class of the `priorityClasses` setting, such as "A".
    public var priorityClass: String?
    /// An explicit priority weight; wins over the class.
    public var priority: Double?
    public var blocks: [DateRange]
    public var activationDate: CalendarDate?
    public var preferredWindows: WeeklyWindows?
    public var demand: Double
    /// Customer-level settings (no locks at this level).
    public var settings: SettingsLayer

    public init(
        id: String,
        name: String? = nil,
        repID: String,
        location: Location,
        lastVisit: CalendarDate? = nil,
        priorityClass: String? = nil,
        priority: Double? = nil,
        blocks: [DateRange] = [],
        activationDate: CalendarDate? = nil,
        preferredWindows: WeeklyWindows? = nil,
        demand: Double = 0,
        settings: SettingsLayer = SettingsLayer()
    ) {
        self.id = id
        self.name = name
        self.repID = repID
        self.location = location
        self.lastVisit = lastVisit
        self.priorityClass = priorityClass
        self.priority = priority
        self.blocks = blocks
        self.activationDate = activationDate
        self.preferredWindows = preferredWindows
        self.demand = demand
        self.settings = settings
    }
}
