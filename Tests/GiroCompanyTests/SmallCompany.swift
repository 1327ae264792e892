import Giro

/// Makes a company of two groups with two reps each, four customers per rep, and
/// one user of each role, for tests.
///
/// Groups: north (reps N1, N2) and south (reps S1, S2). Users: `admin`;
/// `boss-north`, supervisor of north; `rep-N1`, the rep N1.
func smallCompany() -> Company {
    let start = CalendarDate(year: 2026, month: 12, day: 7)!
    let groups = [RepGroup(id: "north"), RepGroup(id: "south")]
    var reps: [CompanyRep] = []
    var customers: [CompanyCustomer] = []
    for (index, id) in ["N1", "N2", "S1", "S2"].enumerated() {
        let home = Location.geographic(latitude: 45.5 + Double(index) * 0.1, longitude: 9.6)
        reps.append(CompanyRep(id: id, groupID: index < 2 ? "north" : "south", home: home))
        for number in 1...4 {
            customers.append(
                CompanyCustomer(
                    id: "\(id)-C\(number)", repID: id,
                    location: .geographic(latitude: 45.5 + Double(index) * 0.1 + 0.02 * Double(number), longitude: 9.62),
                    lastVisit: start.adding(days: -20 - number)))
        }
    }
    let users = [
        User(id: "admin", role: .admin),
        User(id: "boss-north", role: .supervisor, groupIDs: ["north"]),
        User(id: "rep-N1", role: .rep, repID: "N1"),
    ]
    return Company(
        name: "Small", planningStart: start, groups: groups, reps: reps, customers: customers, users: users)
}

extension Company {
    func user(_ id: String) -> User { user(id: id)! }
}
