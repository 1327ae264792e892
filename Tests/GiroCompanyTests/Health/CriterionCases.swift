import Foundation
import Giro

/// The per-criterion table: every criterion of `HealthCheck.criteria`, each
/// with a company that makes it fire and one that does not.
///
/// Unless a row sets another scope, the check runs on rep A, whose home is at
/// 45.50 N, 9.60 E and whose customers lie at 45.51 to 45.54 N,
/// 9.61 E. Distances come from the standard road model: great-circle
/// distance times 1.3.
enum CriterionCases {
    static let start = HealthFixture.start
    static let allA = ["A-1", "A-2", "A-3", "A-4"]

    static let all: [CriterionCase] = dataQuality + planningSettings + territory + usage

    static let dataQuality: [CriterionCase] = [
        CriterionCase(
            "DQ-01", measured: 1, threshold: 0, customers: ["A-2"],
            trigger: { $0.updateCustomer("A-2") { $0.location = Location(coordinate: .none) } }),

        CriterionCase(
            "DQ-02", measured: 1, threshold: 0, customers: ["A-2"],
            trigger: { $0.updateCustomer("A-2") { $0.location = HealthFixture.location(0, 0) } },
            nearMiss: { $0.updateCustomer("A-2") { $0.location = HealthFixture.location(0.001, 0) } }),

        CriterionCase(
            "DQ-03", threshold: 300, customers: ["A-2"],
            measured: { company in
                ["A", "B", "C"].map { HealthFixture.kilometres(company.home(of: $0), company.location(of: "A-2")) }.min()!
            },
            trigger: { $0.updateCustomer("A-2") { $0.location = HealthFixture.location(48.5, 9.61) } },
            nearMiss: { $0.updateCustomer("A-2") { $0.location = HealthFixture.location(47.3, 9.61) } }),

        CriterionCase(
            "DQ-04", threshold: 50, customers: ["A-4"],
            measured: { company in
                ["A-1", "A-2", "A-3"].map {
                    HealthFixture.kilometres(company.location(of: "A-4"), company.location(of: $0))
                }.min()!
            },
            trigger: { $0.updateCustomer("A-4") { $0.location = HealthFixture.location(46.0, 9.61) } },
            nearMiss: { $0.updateCustomer("A-4") { $0.location = HealthFixture.location(45.8, 9.61) } }),

        CriterionCase(
            "DQ-05", threshold: 100, customers: ["A-1", "A-5"],
            measured: { _ in chordMetres(latitudeDegrees: 0.0002) },
            trigger: { $0.customers.append(extraCustomer(name: "shop  a-1", latitude: 45.5102)) },
            nearMiss: { $0.customers.append(extraCustomer(name: "Shop A-1", latitude: 45.5112)) }),

        CriterionCase(
            "DQ-06", measured: 0, threshold: 10, customers: ["A-1", "A-5"],
            trigger: { $0.customers.append(extraCustomer(name: "Bakery", latitude: 45.51)) },
            nearMiss: { $0.customers.append(extraCustomer(name: "Bakery", latitude: 45.5101)) }),

        CriterionCase(
            "DQ-07", threshold: 100,
            measured: { company in
                allA.map { HealthFixture.kilometres(company.home(of: "A"), company.location(of: $0)) }.min()!
            },
            trigger: { $0.updateRep("A") { $0.home = HealthFixture.location(46.5, 9.6) } },
            nearMiss: { $0.updateRep("A") { $0.home = HealthFixture.location(46.1, 9.6) } }),

        CriterionCase(
            "DQ-08", measured: 1, threshold: 0.5, customers: allA,
            trigger: { $0.settings[.openingHours] = nil },
            nearMiss: { company in
                company.settings[.openingHours] = nil
                for id in ["A-1", "A-2"] {
                    company.updateCustomer(id) { $0.settings[.openingHours] = .windows(HealthFixture.weekdayHours) }
                }
            }),

        CriterionCase(
            "DQ-09", measured: 1, threshold: 0, customers: ["A-2"],
            trigger: { $0.updateCustomer("A-2") { $0.settings[.openingHours] = .windows(WeeklyWindows()) } },
            nearMiss: { company in
                let saturday = WeeklyWindows([.saturday: [HealthFixture.window("09:00", "12:00")]])
                company.updateCustomer("A-2") { $0.settings[.openingHours] = .windows(saturday) }
            }),

        CriterionCase(
            "DQ-10", measured: 1, threshold: 0, customers: ["A-2"],
            trigger: { setHours(&$0, "A-2", "09:00", "09:20") },
            nearMiss: { setHours(&$0, "A-2", "09:00", "09:30") }),

        CriterionCase(
            "DQ-11", measured: 1, threshold: 0, customers: ["A-2"],
            trigger: { $0.updateCustomer("A-2") { $0.settings[.cadenceDays] = .integer(0) } },
            nearMiss: { company in
                company.updateCustomer("A-2") { $0.settings[.cadenceDays] = .integer(0) }
                company.reservations.append(Reservation(id: "R-1", customerID: "A-2"))
            }),

        CriterionCase(
            "DQ-12", measured: 2, threshold: 0, customers: ["A-2", "A-3"],
            trigger: { company in
                company.updateCustomer("A-2") { $0.lastVisit = start }
                company.visitHistory.append(PastVisit(customerID: "A-3", date: start.adding(days: 3)))
            },
            nearMiss: { $0.updateCustomer("A-2") { $0.lastVisit = start.adding(days: -1) } }),

        CriterionCase(
            "DQ-13", measured: 30, threshold: 0, customers: ["A-1", "A-2"],
            trigger: { company in
                company.appointments = [
                    fixed("AP-1", "A-1", day: 1, from: "09:00", to: "10:00"),
                    fixed("AP-2", "A-2", day: 1, from: "09:30", to: "10:30"),
                ]
            },
            nearMiss: { company in
                company.appointments = [
                    fixed("AP-1", "A-1", day: 1, from: "09:00", to: "10:00"),
                    fixed("AP-2", "A-2", day: 1, from: "10:00", to: "11:00"),
                ]
            }),

        CriterionCase(
            "DQ-14", measured: 1, threshold: 0, customers: ["A-1"],
            trigger: { company in
                company.updateRep("A") { $0.daysOff = [start.adding(days: 1)] }
                company.appointments = [fixed("AP-1", "A-1", day: 1, from: "09:00", to: "10:00")]
            },
            nearMiss: { company in
                company.updateRep("A") { $0.daysOff = [start.adding(days: 1)] }
                company.appointments = [fixed("AP-1", "A-1", day: 2, from: "09:00", to: "10:00")]
            }),

        CriterionCase(
            "DQ-15", measured: 1, threshold: 0, customers: ["A-2"],
            trigger: { $0.updateCustomer("A-2") { $0.blocks = [DateRange(first: start, last: start.adding(days: 4))] } },
            nearMiss: { $0.updateCustomer("A-2") { $0.blocks = [DateRange(first: start, last: start.adding(days: 3))] } }),

        CriterionCase(
            "DQ-16", measured: 400, threshold: 365, customers: ["A-2"],
            trigger: { $0.updateCustomer("A-2") { $0.activationDate = start.adding(days: 400) } },
            nearMiss: { $0.updateCustomer("A-2") { $0.activationDate = start.adding(days: 365) } }),

        CriterionCase(
            "DQ-17", scope: .company, measured: 1, threshold: 0, customers: ["A-2"], reps: [],
            trigger: { $0.updateCustomer("A-2") { $0.repID = "Z" } }),

        CriterionCase(
            "DQ-18", scope: .rep("D"), measured: 0, threshold: 1, reps: ["D"],
            trigger: { $0.reps.append(CompanyRep(id: "D", groupID: "south", home: HealthFixture.location(44.9, 9.7))) },
            nearMiss: { company in
                company.reps.append(CompanyRep(id: "D", groupID: "south", home: HealthFixture.location(44.9, 9.7)))
                company.updateCustomer("C-1") { $0.repID = "D" }
            }),
    ]

    static let planningSettings: [CriterionCase] = [
        CriterionCase(
            "PS-01", measured: 1, threshold: 0.95, customers: allA,
            trigger: { $0.updateRep("A") { $0.settings[.dueAfter] = .number(1) } },
            nearMiss: { $0.updateRep("A") { $0.settings[.dueAfter] = .number(0.95) } }),

        CriterionCase(
            "PS-02", measured: 0, threshold: 15,
            trigger: { $0.settings[.breakRule] = .breakRule(BreakRule(frame: HealthFixture.window("12:00", "12:45"), duration: 2700)) },
            nearMiss: { $0.settings[.breakRule] = .breakRule(BreakRule(frame: HealthFixture.window("12:00", "13:00"), duration: 2700)) }),

        CriterionCase(
            "PS-03", measured: 1, threshold: 0, customers: ["A-2"],
            trigger: { setHours(&$0, "A-2", "18:00", "20:00") },
            nearMiss: { setHours(&$0, "A-2", "16:30", "20:00") }),

        CriterionCase(
            "PS-04", threshold: 1,
            measured: { company in
                let home = company.home(of: "A")
                let visits = allA.map { id -> Double in
                    let location = company.location(of: id)
                    return Double(1800 + HealthFixture.leg(home, location).seconds + HealthFixture.leg(location, home).seconds)
                }.sorted()
                return 1200 / ((visits[1] + visits[2]) / 2)
            },
            trigger: { $0.updateRep("A") { $0.settings[.maximumWorkingTime] = .duration(1200) } },
            nearMiss: { $0.updateRep("A") { $0.settings[.maximumWorkingTime] = .duration(8 * 3600) } }),

        CriterionCase(
            "PS-05", measured: 4 * 21_600 / 148_500, threshold: 0.5, customers: allA,
            trigger: { company in
                company.reservations = allA.map { Reservation(id: "R-\($0)", customerID: $0) }
                company.updateRep("A") { $0.settings[.visitDuration] = .duration(21_600) }
            },
            nearMiss: { company in
                company.reservations = allA.map { Reservation(id: "R-\($0)", customerID: $0) }
                company.updateRep("A") { $0.settings[.visitDuration] = .duration(14_400) }
            }),

        CriterionCase(
            "PS-06", measured: 5.0 / 3, threshold: 1, customers: ["A-2"],
            trigger: { $0.updateCustomer("A-2") { $0.settings[.cadenceDays] = .integer(3) } },
            nearMiss: { $0.updateCustomer("A-2") { $0.settings[.cadenceDays] = .integer(5) } }),

        CriterionCase(
            "PS-07", measured: 0, threshold: 1,
            trigger: { $0.updateRep("A") { $0.settings[.cadenceWeight] = .number(0) } },
            nearMiss: { $0.updateRep("A") { $0.settings[.cadenceWeight] = .number(1) } }),

        CriterionCase(
            "PS-08", measured: 1, threshold: 0, customers: ["A-2"],
            trigger: { $0.updateCustomer("A-2") { $0.settings[.visitDuration] = .duration(36_000) } },
            nearMiss: { $0.updateCustomer("A-2") { $0.settings[.visitDuration] = .duration(32_400) } }),

        CriterionCase(
            "PS-09", measured: 2, threshold: 1.5,
            trigger: { $0.updateRep("A") { $0.settings[.speedFactor] = .number(0.5) } },
            nearMiss: { $0.updateRep("A") { $0.settings[.speedFactor] = .number(1.5) } }),

        CriterionCase(
            "PS-10", measured: 0, threshold: 1,
            trigger: { $0.updateRep("A") { $0.daysOff = Set((0..<5).map { start.adding(days: $0) }) } },
            nearMiss: { $0.updateRep("A") { $0.daysOff = Set((0..<4).map { start.adding(days: $0) }) } }),
    ]

    static let territory: [CriterionCase] = [
        CriterionCase(
            "TR-01", measured: 1, threshold: 0.8,
            trigger: { company in
                shortDays(&company)
                company.appointments = [fixed("AP-1", "A-1", day: 1, from: "08:00", to: "12:00")]
            },
            nearMiss: { shortDays(&$0) }),

        CriterionCase(
            "TR-02", measured: 1, threshold: 0, customers: ["A-4"],
            trigger: { $0.updateCustomer("A-4") { $0.location = HealthFixture.location(48.5, 9.61) } },
            nearMiss: { company in
                company.updateCustomer("A-4") { $0.location = HealthFixture.location(48.5, 9.61) }
                let nights = OvernightRule(allowedNights: [.monday, .tuesday, .wednesday, .thursday])
                company.updateRep("A") { $0.settings[.overnightRule] = .overnightRule(nights) }
            }),

        CriterionCase(
            "TR-03", threshold: 0.5,
            measured: { company in
                let home = company.home(of: "A")
                let trips = allA.map { id -> Double in
                    let location = company.location(of: id)
                    return Double(HealthFixture.leg(home, location).seconds + HealthFixture.leg(location, home).seconds)
                }.sorted()
                // Fewer visits than working days: one visit per day, no hops.
                let roundTrip = (trips[1] + trips[2]) / 2
                return roundTrip / (roundTrip + 1800)
            },
            trigger: { company in
                for (index, id) in allA.enumerated() {
                    company.updateCustomer(id) { $0.location = HealthFixture.location(45.87 + 0.01 * Double(index), 9.61) }
                }
            }),

        CriterionCase(
            "TR-04", measured: 0.5, threshold: 0.3, customers: ["A-1", "A-2"],
            trigger: { company in
                setHours(&company, "A-1", "09:00", "10:30")
                setHours(&company, "A-2", "09:00", "10:30")
            },
            nearMiss: { setHours(&$0, "A-1", "09:00", "10:30") }),

        CriterionCase(
            "TR-05", scope: .group("north"), measured: 1.2, threshold: 0.5, reps: ["A", "B"], groups: ["north"],
            trigger: { $0.updateRep("A") { $0.settings[.visitDuration] = .duration(7200) } },
            nearMiss: { $0.updateRep("A") { $0.settings[.visitDuration] = .duration(2400) } }),

        CriterionCase(
            "TR-06", threshold: 2, customers: ["A-4"],
            measured: { company in
                let location = company.location(of: "A-4")
                let own = HealthFixture.leg(company.home(of: "A"), location).metres
                let other = ["B", "C"].map { HealthFixture.leg(company.home(of: $0), location).metres }.min()!
                return own / max(other, 100)
            },
            trigger: { $0.updateCustomer("A-4") { $0.location = HealthFixture.location(45.52, 9.89) } },
            nearMiss: { $0.updateCustomer("A-4") { $0.location = HealthFixture.location(45.52, 9.75) } }),

        CriterionCase(
            "TR-07", threshold: 80, customers: ["A-4"],
            measured: { company in
                let locations = allA.map { company.location(of: $0) }
                let centre = locations.min { a, b in
                    locations.reduce(0) { $0 + HealthFixture.leg(a, $1).metres }
                        < locations.reduce(0) { $0 + HealthFixture.leg(b, $1).metres }
                }!
                return locations.map { HealthFixture.kilometres(centre, $0) }.max()!
            },
            trigger: { $0.updateCustomer("A-4") { $0.location = HealthFixture.location(46.4, 9.61) } },
            nearMiss: { $0.updateCustomer("A-4") { $0.location = HealthFixture.location(45.9, 9.61) } }),

        CriterionCase(
            "TR-08", scope: .group("north"), measured: 0.5, threshold: 0.25, customers: ["A-2", "A-4"],
            reps: ["A", "B"], groups: ["north"],
            trigger: { company in
                let places: [String: (Double, Double)] = [
                    "A-1": (45.52, 9.61), "A-2": (45.53, 9.61), "A-3": (45.51, 9.61), "A-4": (45.52, 9.625),
                    "B-1": (45.522, 9.612), "B-2": (45.40, 9.61), "B-3": (45.64, 9.61), "B-4": (45.52, 9.78),
                ]
                for (id, place) in places {
                    company.updateCustomer(id) { $0.location = HealthFixture.location(place.0, place.1) }
                }
            }),

        CriterionCase(
            "TR-09", measured: 1, threshold: 0, customers: ["A-2"],
            trigger: { setHours(&$0, "A-2", "08:00", "08:05") },
            nearMiss: { setHours(&$0, "A-2", "08:00", "08:30") }),
    ]

    static let usage: [CriterionCase] = [
        CriterionCase(
            "US-01", measured: 0.5, threshold: 0.2, customers: ["A-1", "A-2"],
            trigger: { company in
                company.setVisits(of: "A-1", daysBefore: [96, 68, 40])
                company.setVisits(of: "A-2", daysBefore: [96, 68, 40])
            },
            nearMiss: { $0.setVisits(of: "A-1", daysBefore: [84, 56, 28]) }),

        CriterionCase(
            "US-02", measured: 0.25, threshold: 0.1, customers: ["A-1"],
            trigger: { $0.setVisits(of: "A-1", daysBefore: []) }),

        CriterionCase(
            "US-03", measured: 0.75, threshold: 0.5, customers: ["A-1", "A-2", "A-3"],
            trigger: { company in
                for id in ["A-1", "A-2", "A-3"] {
                    company.setVisits(of: id, daysBefore: [78, 50, 22], timed: false)
                }
            },
            nearMiss: { company in
                for id in ["A-1", "A-2"] {
                    company.setVisits(of: id, daysBefore: [78, 50, 22], timed: false)
                }
            }),

        CriterionCase(
            "US-04", measured: 0.75, threshold: 0.8, customers: ["A-1"],
            trigger: { $0.setVisits(of: "A-1", daysBefore: [78, 40, 10]) },
            nearMiss: { $0.setVisits(of: "A-1", daysBefore: [78, 52, 24]) }),

        CriterionCase(
            "US-05", measured: 44, threshold: 30,
            trigger: { company in
                for id in allA {
                    company.setVisits(of: id, daysBefore: [100, 72, 44])
                }
            },
            nearMiss: { company in
                for id in allA {
                    company.setVisits(of: id, daysBefore: [86, 58, 30])
                }
            }),

        CriterionCase(
            "US-06", measured: 8 * 28.0 / 90, threshold: 2, customers: ["A-1"],
            trigger: { $0.setVisits(of: "A-1", daysBefore: [80, 70, 60, 50, 40, 30, 20, 10]) },
            nearMiss: { $0.setVisits(of: "A-1", daysBefore: [70, 60, 50, 40, 30, 20]) }),
    ]

    /// Customer A-5 of rep A at 9.61 E, with no visits.
    static func extraCustomer(name: String, latitude: Double) -> CompanyCustomer {
        CompanyCustomer(id: "A-5", name: name, repID: "A", location: HealthFixture.location(latitude, 9.61))
    }

    /// Straight-line distance in metres between two points that differ only
    /// in latitude, by the given degrees, on the mean Earth sphere.
    static func chordMetres(latitudeDegrees: Double) -> Double {
        2 * 6_371_008.8 * sin(latitudeDegrees * Double.pi / 180 / 2)
    }

    /// Sets a customer's opening hours to one window on Monday to Friday.
    static func setHours(_ company: inout Company, _ id: String, _ from: String, _ to: String) {
        let hours = HealthFixture.weekdays([HealthFixture.window(from, to)])
        company.updateCustomer(id) { $0.settings[.openingHours] = .windows(hours) }
    }

    /// Creates a fixed appointment of a customer on the planning start plus
    /// `day`.
    static func fixed(_ id: String, _ customerID: String, day: Int, from: String, to: String) -> Appointment {
        let window = HealthFixture.window(from, to)
        return Appointment(
            id: id, customerID: customerID, kind: .fixed(date: start.adding(days: day)), window: window,
            duration: window.length)
    }

    /// Rep A works 08:00–12:00 on weekdays (72,000 s in the horizon, no
    /// break) and visits every customer for 4 hours every 5 days, so its
    /// customers need 57,600 s: a workload of exactly 0.8.
    static func shortDays(_ company: inout Company) {
        let hours = WorkingHours.weekdays(HealthFixture.window("08:00", "12:00"))
        company.updateRep("A") { rep in
            rep.settings[.workingHours] = .workingHours(hours)
            rep.settings[.visitDuration] = .duration(14_400)
            rep.settings[.cadenceDays] = .integer(5)
        }
    }
}
