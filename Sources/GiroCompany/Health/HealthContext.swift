import GiroModel
import GiroTravel

/// The data that every health criterion reads, prepared once per check: the
/// reps and groups in scope, each rep's resolved territory and its travel
/// legs, and company-wide indexes.
struct HealthContext {
    let company: Company
    let scope: HealthScope
    let travel: TravelModel
    /// One profile per rep in scope, in company order.
    let profiles: [RepProfile]
    /// Groups whose group-level criteria run: every group for the company,
    /// the requested group, and none for a rep.
    let groups: [RepGroup]
    /// Every rep of the company whose home is plausible, in scope or not, for
    /// comparisons across reps. Reading them reveals no customer of another
    /// rep.
    let plausibleHomes: [(repID: String, home: Location)]
    /// Every visit history entry of the company by customer id, in file order.
    let historyByCustomer: [String: [PastVisit]]
    /// Customers with an appointment that may take place on or after the
    /// planning start.
    let customersWithUpcomingAppointments: Set<String>
    let customersWithReservations: Set<String>

    /// Prepares the context of one check.
    ///
    /// - Throws: `CompanyError.unknownID` for an unknown group or rep, and
    ///   `.invalidRequest` when the company's travel specification is invalid.
    /// - Complexity: O(C + A + H) to index the company, plus O(n²) travel legs
    ///   per rep of n customers, plus O(n²) setting look-ups per rep to
    ///   resolve its territory.
    init(company: Company, scope: HealthScope) throws(CompanyError) {
        self.company = company
        self.scope = scope
        do {
            travel = try TravelModel(specification: company.travel)
        } catch {
            throw .invalidRequest("the company's travel model cannot be used: \(error); fix it before the health check")
        }

        let reps: [CompanyRep]
        switch scope {
        case .company:
            reps = company.reps
            groups = company.groups
        case .group(let id):
            guard let group = company.group(id: id) else { throw .unknownID(kind: "group", id: id) }
            reps = company.reps(inGroup: id)
            groups = [group]
        case .rep(let id):
            guard let rep = company.rep(id: id) else { throw .unknownID(kind: "rep", id: id) }
            reps = [rep]
            groups = []
        }

        let index = CompanyIndex(company)
        historyByCustomer = index.historyByCustomer
        customersWithReservations = Set(company.reservations.map(\.customerID))
        var appointed: Set<String> = []
        for appointment in company.appointments {
            guard let customerID = appointment.customerID,
                appointment.candidateDates().contains(where: { $0 >= company.planningStart })
            else { continue }
            appointed.insert(customerID)
        }
        customersWithUpcomingAppointments = appointed

        let travel = travel
        plausibleHomes = company.reps.compactMap { rep in
            HealthContext.isPlausible(rep.home, travel: travel) ? (rep.id, rep.home) : nil
        }

        var profiles: [RepProfile] = []
        for rep in reps {
            let territory = try index.territory(of: rep)
            profiles.append(
                RepProfile(
                    companyRep: rep, territory: territory, travel: travel,
                    historyByCustomer: index.historyByCustomer))
        }
        self.profiles = profiles
    }

    /// Returns whether the travel model can compute legs from and to `location`.
    static func isUsable(_ location: Location, travel: TravelModel) -> Bool {
        (try? travel.leg(from: location, to: location)) != nil
    }

    /// Returns whether a location is geographic and within 0.0001 degrees
    /// (about 11 m) of latitude 0 and longitude 0, a typical placeholder of
    /// failed geocoding.
    static func isAtZero(_ location: Location) -> Bool {
        guard case .geographic(let latitude, let longitude) = location.coordinate else { return false }
        return abs(latitude) <= 1e-4 && abs(longitude) <= 1e-4
    }

    /// Returns whether a location is usable and not at 0°, 0°. Only plausible
    /// locations enter distance-based criteria, so that one bad coordinate
    /// is reported once, as a data-quality finding.
    static func isPlausible(_ location: Location, travel: TravelModel) -> Bool {
        !isAtZero(location) && isUsable(location, travel: travel)
    }

    /// Computes the leg between two locations, or returns nil when either is
    /// unusable.
    func leg(from origin: Location, to destination: Location) -> TravelLeg? {
        try? travel.leg(from: origin, to: destination)
    }

    /// Returns the profiles of the reps of one group, in company order.
    func profiles(inGroup groupID: String) -> [RepProfile] {
        profiles.filter { $0.companyRep.groupID == groupID }
    }
}

/// Company records bucketed by rep and by customer, so that one rep's
/// territory can be resolved from its own records only.
private struct CompanyIndex {
    let company: Company
    var customersByRep: [String: [CompanyCustomer]] = [:]
    var appointmentsByRep: [String: [Appointment]] = [:]
    var reservationsByRep: [String: [Reservation]] = [:]
    var historyByRep: [String: [PastVisit]] = [:]
    var historyByCustomer: [String: [PastVisit]] = [:]

    /// - Complexity: O(C + A + R + H) for the company's customers,
    ///   appointments, reservations and past visits.
    init(_ company: Company) {
        self.company = company
        var ownerByCustomer: [String: String] = [:]
        for customer in company.customers {
            customersByRep[customer.repID, default: []].append(customer)
            if ownerByCustomer[customer.id] == nil {
                ownerByCustomer[customer.id] = customer.repID
            }
        }

        for appointment in company.appointments {
            // The same rule as `Company.territory(forRep:)`: the appointment's
            // own rep, or else the owner of its customer.
            guard let repID = appointment.repID ?? appointment.customerID.flatMap({ ownerByCustomer[$0] }) else {
                continue
            }
            appointmentsByRep[repID, default: []].append(appointment)
        }
        for reservation in company.reservations {
            guard let repID = ownerByCustomer[reservation.customerID] else { continue }
            reservationsByRep[repID, default: []].append(reservation)
        }
        for visit in company.visitHistory {
            historyByCustomer[visit.customerID, default: []].append(visit)
            guard let repID = ownerByCustomer[visit.customerID] else { continue }
            historyByRep[repID, default: []].append(visit)
        }
    }

    /// Resolves the rep's territory with every setting.
    ///
    /// It calls `Company.territory(forRep:)` on a copy of the company that
    /// contains only the rep, its group and its own records. The settings
    /// cascade looks customers up by a linear search, so resolving on the
    /// whole company would cost O(C) per customer and setting.
    func territory(of rep: CompanyRep) throws(CompanyError) -> Territory {
        let part = Company(
            name: company.name, planningStart: company.planningStart, startLocation: company.startLocation,
            startTime: company.startTime, endLocation: company.endLocation, travel: company.travel,
            settings: company.settings,
            groups: company.group(id: rep.groupID).map { [$0] } ?? [], reps: [rep],
            customers: customersByRep[rep.id] ?? [], appointments: appointmentsByRep[rep.id] ?? [],
            reservations: reservationsByRep[rep.id] ?? [], visitHistory: historyByRep[rep.id] ?? [],
            permissions: company.permissions)
        return try part.territory(forRep: rep.id)
    }
}
