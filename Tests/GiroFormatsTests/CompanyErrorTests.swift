import Foundation
import Giro
import Testing

/// A company file with one problem, and where the error must point.
struct BadCompany: Sendable, CustomTestStringConvertible {
    var name: String
    var json: String
    /// The expected JSON path; empty for the top level.
    var path: String
    /// The expected bad value as written, or nil when something is missing.
    var value: String?
    /// Text the message must contain besides the value, such as the rule
    /// or the fix.
    var messagePart: String

    var testDescription: String { name }
}

private let badCompanies: [BadCompany] = [
    BadCompany(
        name: "override below a group lock",
        json: CompanySamples.company(reps: [
            CompanySamples.rep(id: "R1", group: "north", fields: #""settings": {"dueAfter": 0.8}"#), CompanySamples.secondRep,
        ]),
        path: "reps[0].settings.dueAfter", value: "0.8",
        messagePart: "dueAfter cannot be set at rep level: it is locked by group north (group level)"),
    BadCompany(
        name: "customer override below a company lock",
        json: CompanySamples.company(
            settings: #"{"visitDuration": 30, "locked": ["visitDuration"]}"#,
            customers: [CompanySamples.customer(id: "C1", rep: "R1", fields: #""settings": {"visitDuration": 45}"#)]),
        path: "customers[0].settings.visitDuration", value: "45",
        messagePart: "visitDuration cannot be set at customer level: it is locked by company (company level)"),
    BadCompany(
        name: "customer override below a rep lock",
        json: CompanySamples.company(
            reps: [
                CompanySamples.rep(id: "R1", group: "north", fields: #""settings": {"setupDuration": 5, "locked": ["setupDuration"]}"#),
                CompanySamples.secondRep,
            ],
            customers: [CompanySamples.customer(id: "C1", rep: "R1", fields: #""settings": {"setupDuration": 0}"#)]),
        path: "customers[0].settings.setupDuration", value: "0",
        messagePart: "it is locked by rep R1 (rep level)"),
    BadCompany(
        name: "lock below a company lock",
        json: CompanySamples.company(
            settings: #"{"nightCost": 7200, "locked": ["nightCost"]}"#,
            groups: [#"{"id": "north", "settings": {"locked": ["nightCost"]}}"#, CompanySamples.south]),
        path: "groups[0].settings.locked[0]", value: "nightCost",
        messagePart: "nightCost cannot be locked at group level: it is already locked by company (company level)"),
    BadCompany(
        name: "rep-only key at customer level",
        json: CompanySamples.company(customers: [
            CompanySamples.customer(
                id: "C1", rep: "R1", fields: #""settings": {"workingHours": {"mon": {"start": "09:00", "end": "12:00"}}}"#)
        ]),
        path: "customers[0].settings.workingHours", value: "{…}",
        messagePart: "workingHours cannot be set at customer level; it may be set at: company, group, rep"),
    BadCompany(
        name: "company-only key at group level",
        json: CompanySamples.company(groups: [CompanySamples.north, #"{"id": "south", "settings": {"horizonDays": 10, "priorityClasses": {"A": 2}}}"#]),
        path: "groups[1].settings.priorityClasses", value: "{…}",
        messagePart: "priorityClasses cannot be set at group level; it may be set at: company"),
    BadCompany(
        name: "company-wide key at customer level",
        json: CompanySamples.company(customers: [CompanySamples.customer(id: "C1", rep: "R1", fields: #""settings": {"horizonDays": 10}"#)]),
        path: "customers[0].settings.horizonDays", value: "10",
        messagePart: "remove the value 10 here"),
    BadCompany(
        name: "locks in customer settings",
        json: CompanySamples.company(customers: [CompanySamples.customer(id: "C1", rep: "R1", fields: #""settings": {"locked": ["adherence"]}"#)]),
        path: "customers[0].settings.locked", value: "[…]",
        messagePart: "a customer's settings cannot lock keys"),
    BadCompany(
        name: "misspelt setting key",
        json: CompanySamples.company(settings: #"{"visitDuraton": 30}"#),
        path: "settings.visitDuraton", value: "visitDuraton", messagePart: "did you mean \"visitDuration\"?"),
    BadCompany(
        name: "unknown key in locked",
        json: CompanySamples.company(settings: #"{"locked": ["dueafter"]}"#),
        path: "settings.locked[0]", value: "dueafter", messagePart: "did you mean \"dueAfter\"?"),
    BadCompany(
        name: "setting out of range",
        json: CompanySamples.company(settings: #"{"cadenceDays": 4000}"#),
        path: "settings.cadenceDays", value: "4000", messagePart: "from 0 to 3650 days"),
    BadCompany(
        name: "zero visit duration",
        json: CompanySamples.company(groups: [CompanySamples.north, #"{"id": "south", "settings": {"visitDuration": 0}}"#]),
        path: "groups[1].settings.visitDuration", value: "0", messagePart: "above 0 and at most 1440 minutes"),
    BadCompany(
        name: "null for an inheriting key",
        json: CompanySamples.company(settings: #"{"adherence": null}"#),
        path: "settings.adherence", value: "null", messagePart: "only breakRule and overnightRule take null"),
    BadCompany(
        name: "break longer than its frame",
        json: CompanySamples.company(settings: #"{"breakRule": {"frameStart": "12:00", "frameEnd": "12:30", "minutes": 45}}"#),
        path: "settings.breakRule.minutes", value: "45", messagePart: "does not fit its frame"),
    BadCompany(
        name: "unknown adherence",
        json: CompanySamples.company(customers: [CompanySamples.customer(id: "C1", rep: "R1", fields: #""settings": {"adherence": "whole"}"#)]),
        path: "customers[0].settings.adherence", value: "whole", messagePart: "use \"start\" or \"entire\""),
    BadCompany(
        name: "empty priority classes",
        json: CompanySamples.company(settings: #"{"priorityClasses": {}}"#),
        path: "settings.priorityClasses", value: "{…}", messagePart: "give at least one class"),
    BadCompany(
        name: "unknown priority class",
        json: CompanySamples.company(customers: [CompanySamples.customer(id: "C1", rep: "R1", fields: #""priorityClass": "D""#)]),
        path: "customers[0].priorityClass", value: "D", messagePart: "not a class of the company's priorityClasses"),
    BadCompany(
        name: "unknown group reference",
        json: CompanySamples.company(reps: [CompanySamples.rep(id: "R1", group: "nort"), CompanySamples.secondRep]),
        path: "reps[0].groupId", value: "nort", messagePart: "is not a group of this company; did you mean \"north\"?"),
    BadCompany(
        name: "duplicate rep ids",
        json: CompanySamples.company(reps: [CompanySamples.firstRep, CompanySamples.rep(id: "R1", group: "south")]),
        path: "reps[1].id", value: "R1", messagePart: "duplicate rep id \"R1\"; reps[0].id already uses it"),
    BadCompany(
        name: "duplicate group ids",
        json: CompanySamples.company(groups: [CompanySamples.north, #"{"id": "north"}"#]),
        path: "groups[1].id", value: "north", messagePart: "duplicate group id"),
    BadCompany(
        name: "unknown rep of a customer",
        json: CompanySamples.company(customers: [CompanySamples.customer(id: "C1", rep: "R7")]),
        path: "customers[0].repId", value: "R7", messagePart: "is not a rep of this company; did you mean \"R1\"?"),
    BadCompany(
        name: "unknown role",
        json: CompanySamples.company(extra: [#""users": [{"id": "u1", "role": "manager"}]"#]),
        path: "users[0].role", value: "manager", messagePart: "is not a role; expected one of: admin, supervisor, rep"),
    BadCompany(
        name: "supervisor without groups",
        json: CompanySamples.company(extra: [#""users": [{"id": "paolo", "role": "supervisor"}]"#]),
        path: "users[0]", value: nil, messagePart: "required key \"groupIds\" is missing"),
    BadCompany(
        name: "supervisor with empty groups",
        json: CompanySamples.company(extra: [#""users": [{"id": "paolo", "role": "supervisor", "groupIds": []}]"#]),
        path: "users[0].groupIds", value: "[…]", messagePart: "a supervisor leads at least one group"),
    BadCompany(
        name: "supervisor of an unknown group",
        json: CompanySamples.company(extra: [#""users": [{"id": "paolo", "role": "supervisor", "groupIds": ["south", "east"]}]"#]),
        path: "users[0].groupIds[1]", value: "east", messagePart: "is not a group of this company"),
    BadCompany(
        name: "rep user with unknown rep",
        json: CompanySamples.company(extra: [#""users": [{"id": "marco", "role": "rep", "repId": "R9"}]"#]),
        path: "users[0].repId", value: "R9", messagePart: "repId \"R9\" is not a rep of this company"),
    BadCompany(
        name: "admin with a rep",
        json: CompanySamples.company(extra: [#""users": [{"id": "giulia", "role": "admin", "repId": "R1"}]"#]),
        path: "users[0].repId", value: "R1", messagePart: "only rep users have a repId"),
    BadCompany(
        name: "duplicate user ids",
        json: CompanySamples.company(extra: [#""users": [{"id": "giulia", "role": "admin"}, {"id": "giulia", "role": "admin"}]"#]),
        path: "users[1].id", value: "giulia", messagePart: "duplicate user id"),
    BadCompany(
        name: "unknown permission name",
        json: CompanySamples.company(extra: [#""permissions": {"moveCustomers": "adminsOnly"}"#]),
        path: "permissions.moveCustomers", value: "moveCustomers", messagePart: "unknown key \"moveCustomers\""),
    BadCompany(
        name: "unknown permission level",
        json: CompanySamples.company(extra: [#""permissions": {"bulkDelete": "adminOnly"}"#]),
        path: "permissions.bulkDelete", value: "adminOnly", messagePart: "did you mean \"adminsOnly\"?"),
    BadCompany(
        name: "appointment without rep or customer",
        json: CompanySamples.company(extra: [#""appointments": [{"id": "a1", "kind": "fixed", "date": "2027-03-09", "start": "10:00", "minutes": 30}]"#]),
        path: "appointments[0]", value: nil, messagePart: "appointment \"a1\" has neither repId nor customerId"),
    BadCompany(
        name: "appointment with unknown customer",
        json: CompanySamples.company(extra: [#""appointments": [{"id": "a1", "customerId": "C9", "kind": "fixed", "date": "2027-03-09", "start": "10:00", "minutes": 30}]"#]),
        path: "appointments[0].customerId", value: "C9", messagePart: "is not a customer of this company"),
    BadCompany(
        name: "appointment with another rep's customer",
        json: CompanySamples.company(extra: [#""appointments": [{"id": "a1", "repId": "R1", "customerId": "C2", "kind": "fixed", "date": "2027-03-09", "start": "10:00", "minutes": 30}]"#]),
        path: "appointments[0].customerId", value: "C2", messagePart: "belongs to rep R2, not to its repId R1"),
    BadCompany(
        name: "reservation with unknown customer",
        json: CompanySamples.company(extra: [#""reservations": [{"id": "r1", "customerId": "C3"}]"#]),
        path: "reservations[0].customerId", value: "C3", messagePart: "is not a customer of this company"),
    BadCompany(
        name: "threshold that is not a number",
        json: CompanySamples.company(extra: [#""healthThresholds": {"drivingShare": "high"}"#]),
        path: "healthThresholds.drivingShare", value: "high", messagePart: "must be a number"),
    BadCompany(
        name: "missing planning start",
        json: #"{"groups": [], "reps": [], "customers": []}"#,
        path: "", value: nil, messagePart: "required key \"planningStart\" is missing"),
]

@Suite("company file errors")
struct CompanyErrorTests {
    @Test func sampleCompanyDecodes() {
        #expect(CompanySamples.companyError(CompanySamples.company()) == nil)
    }

    @Test(arguments: badCompanies)
    func badCompanyIsReported(_ bad: BadCompany) throws {
        let error = try #require(CompanySamples.companyError(bad.json))

        #expect(error.fileName == "company.json")
        #expect(error.path == bad.path, "\(error)")
        #expect(error.value == bad.value, "\(error)")
        if let value = bad.value, value != "[…]", value != "{…}" {
            #expect(error.message.contains(value), "\(error)")
        }
        #expect(error.message.contains(bad.messagePart), "\(error)")
        #expect(error.line != nil)
        #expect(error.column != nil)
    }

    @Test func lockMessageReadsInFull() throws {
        let json = CompanySamples.company(reps: [
            CompanySamples.rep(id: "R1", group: "north", fields: #""settings": {"dueAfter": 0.8}"#), CompanySamples.secondRep,
        ])
        let error = try #require(CompanySamples.companyError(json))

        #expect(
            error.description
                == "company.json: reps[0].settings.dueAfter: dueAfter cannot be set at rep level: it is locked by "
                + "group north (group level); ask that level to change or unlock it, or remove the value 0.8 here")
    }

    @Test func territoryWithLongDayIsRejected() throws {
        let json = try String(contentsOfFile: CompanySamples.demoTerritoryPath, encoding: .utf8)
            .replacingOccurrences(of: #""maximumWorkingMinutes": 570"#, with: #""maximumWorkingMinutes": 1500"#)
        let error = try #require(CompanySamples.companyError(json))

        #expect(error.path == "reps[0].maximumWorkingMinutes")
        #expect(error.value == "1500")
        #expect(error.message.contains("maximumWorkingMinutes 1500 cannot become the company setting maximumWorkingTime"))
    }

    @Test func territoryWithRouteWeightIsRejected() throws {
        let json = try String(contentsOfFile: CompanySamples.demoTerritoryPath, encoding: .utf8)
            .replacingOccurrences(of: #""settings": { "dueAfter": 0.7 }"#, with: #""settings": { "dueAfter": 0.7, "routeWeight": 5 }"#)
        let error = try #require(CompanySamples.companyError(json))

        #expect(error.path == "settings.routeWeight")
        #expect(error.value == "5")
        #expect(error.message.contains("companies have no route weight"))
    }

    @Test func territoryErrorsKeepTheirPaths() throws {
        let json = try String(contentsOfFile: CompanySamples.demoTerritoryPath, encoding: .utf8)
            .replacingOccurrences(of: #""visitMinutes": 45"#, with: #""visitMinutes": 0"#)
        let error = try #require(CompanySamples.companyError(json))

        #expect(error.path == "customers[0].visitMinutes")
        #expect(error.value == "0")
    }
}
