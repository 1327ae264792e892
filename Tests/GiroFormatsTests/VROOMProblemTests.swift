import Foundation
import Giro
import Testing

@Suite("VROOM export and import")
struct VROOMProblemTests {
    private static let monday = CalendarDate(year: 2027, month: 3, day: 8)!
    private static let home = Location.geographic(latitude: 45.5, longitude: 9.8)

    /// One rep with a lunch break over two days; C1 is due, C2 has a
    /// reservation, and C3 was seen too recently to be visited.
    private static let territory = Territory(
        name: "VROOM fixture", horizon: Horizon(start: monday, days: 2),
        reps: [
            Rep(
                id: "R1", home: home, workingHours: .weekdays(TimeWindow(start: 8 * 3600, end: 17 * 3600)),
                breakRule: BreakRule(frame: TimeWindow(start: 12 * 3600, end: 14 * 3600), duration: 2700))
        ],
        customers: [
            Customer(
                id: "C1", location: .geographic(latitude: 45.6, longitude: 9.9), visitDuration: 1800,
                setupDuration: 300, openingHours: .everyDay([TimeWindow(start: 9 * 3600, end: 12 * 3600)]),
                cadenceDays: 14, lastVisit: monday.adding(days: -20)),
            Customer(id: "C2", location: .geographic(latitude: 45.4, longitude: 9.7), visitDuration: 2400),
            Customer(
                id: "C3", location: .geographic(latitude: 45.3, longitude: 9.6), visitDuration: 1800, cadenceDays: 28,
                lastVisit: monday.adding(days: -5)),
        ],
        reservations: [Reservation(id: "V2", customerID: "C2")])

    private func exported() throws -> (problem: VROOMProblem, json: [String: Any]) {
        let problem = try VROOMProblem(territory: Self.territory)
        let json = try #require(JSONSerialization.jsonObject(with: problem.encoded()) as? [String: Any])
        return (problem, json)
    }

    @Test func exportHasOneVehiclePerWorkingDay() throws {
        let (_, json) = try exported()
        let vehicles = try #require(json["vehicles"] as? [[String: Any]])

        #expect(vehicles.count == 2)
        #expect(vehicles[0]["time_window"] as? [Int] == [8 * 3600, 17 * 3600])
        #expect(vehicles[1]["time_window"] as? [Int] == [86_400 + 8 * 3600, 86_400 + 17 * 3600])
        #expect(vehicles[1]["description"] as? String == "R1 2027-03-09")
        let breaks = try #require(vehicles[0]["breaks"] as? [[String: Any]])
        #expect(breaks.first?["service"] as? Int == 2700)
        #expect(breaks.first?["time_windows"] as? [[Int]] == [[12 * 3600, 14 * 3600 - 2700]])
    }

    @Test func exportHasJobsForDueAndReservedCustomers() throws {
        let (problem, json) = try exported()
        let jobs = try #require(json["jobs"] as? [[String: Any]])

        #expect(problem.jobCount == 2)
        let reservation = try #require(jobs.first { ($0["description"] as? String)?.contains("V2") == true })
        #expect(reservation["priority"] as? Int == 100)
        let due = try #require(jobs.first { $0["description"] as? String == "customer C1" })
        #expect(due["priority"] as? Int == 10)
        #expect(due["setup"] as? Int == 300)
        // Service may start 09:00–12:00 on both days; VROOM's windows bound
        // the start of setup, five minutes earlier.
        #expect(
            due["time_windows"] as? [[Int]] == [
                [9 * 3600 - 300, 12 * 3600 - 300], [86_400 + 9 * 3600 - 300, 86_400 + 12 * 3600 - 300],
            ])
        #expect(!jobs.contains { ($0["description"] as? String)?.contains("C3") == true })
    }

    @Test func exportMatricesCoverEveryLocation() throws {
        let (_, json) = try exported()
        let matrices = try #require(json["matrices"] as? [String: [String: [[Int]]]])
        let profile = try #require(matrices["speed-1"])

        let durations = try #require(profile["durations"])
        #expect(durations.count == 3)
        #expect(durations.allSatisfy { $0.count == 3 })
        #expect(durations[0][0] == 0)
        #expect(durations[0][1] > 0)
        #expect(profile["distances"]?.count == 3)
    }

    /// A solution built from the exported matrices, serving the reservation
    /// on Monday and leaving the due customer out, reads back as a valid plan.
    @Test func importedSolutionIsValidPlan() throws {
        let (problem, json) = try exported()
        let jobs = try #require(json["jobs"] as? [[String: Any]])
        let reservation = try #require(jobs.first { ($0["description"] as? String)?.contains("V2") == true })
        let jobID = try #require(reservation["id"] as? Int)
        let location = try #require(reservation["location_index"] as? Int)
        let matrices = try #require(json["matrices"] as? [String: [String: [[Int]]]])
        let durations = try #require(matrices["speed-1"]?["durations"])
        let vehicles = try #require(json["vehicles"] as? [[String: Any]])
        let homeIndex = try #require(vehicles[0]["start_index"] as? Int)

        let departure = 8 * 3600
        let arrival = departure + durations[homeIndex][location]
        let end = arrival + 2400 + durations[location][homeIndex]
        let solution = """
            {"code": 0, "summary": {"cost": 1}, "unassigned": [],
             "routes": [{"vehicle": 1, "cost": 1, "steps": [
               {"type": "start", "arrival": \(departure), "duration": 0},
               {"type": "job", "id": \(jobID), "arrival": \(arrival), "duration": 1, "setup": 0, "service": 2400, "waiting_time": 0},
               {"type": "end", "arrival": \(end), "duration": 2}]}]}
            """

        let plan = try problem.plan(fromSolution: Data(solution.utf8), fileName: "solution.json")

        #expect(plan.routes.count == 1)
        #expect(plan.routes.first?.stops.map(\.customerID) == ["C2"])
        #expect(plan.routes.first?.stops.first?.serviceStart == arrival)
        #expect(plan.unplanned.map(\.id) == ["C1"])
        let report = try PlanValidator(territory: Self.territory).validate(plan)
        #expect(report.isValid, "\(report.description)")
    }

    /// VROOM 1.15.2's solution of the demo territory's export, recorded in
    /// Fixtures with `giro export` and `vroom -i … -o …`: its breaks lie on
    /// the road and while waiting at a stop, and every route must read back
    /// as a plan that the validator accepts.
    @Test func recordedVROOMSolutionOfTheDemoIsValid() throws {
        let testFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        let demo = testFolder.deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("datasets/demo-northern-italy.json")
        let territory = try TerritoryFile.load(path: demo.path)
        let solution = try Data(contentsOf: testFolder.appendingPathComponent("Fixtures/demo-vroom-solution.json"))

        let plan = try VROOMProblem(territory: territory).plan(fromSolution: solution, fileName: "demo-vroom-solution.json")

        #expect(plan.routes.count == 4)
        #expect(plan.routes.allSatisfy { $0.breakTaken != nil })
        #expect(plan.unplanned.map(\.id) == ["A4"])
        let report = try PlanValidator(territory: territory).validate(plan)
        #expect(report.isValid, "\(report.description)")
    }

    @Test func errorCodeFromVROOMIsReported() throws {
        let (problem, _) = try exported()
        let solution = #"{"code": 2, "error": "Invalid vehicle time window."}"#

        #expect {
            try problem.plan(fromSolution: Data(solution.utf8), fileName: "solution.json")
        } throws: { error in
            let message = (error as? FormatError)?.description ?? ""
            return message.contains("error code 2") && message.contains("Invalid vehicle time window.")
        }
    }

    @Test func unknownVehicleIsRejected() throws {
        let (problem, _) = try exported()
        let solution = #"{"code": 0, "routes": [{"vehicle": 9, "steps": []}]}"#

        #expect {
            try problem.plan(fromSolution: Data(solution.utf8), fileName: "solution.json")
        } throws: { error in
            guard let error = error as? FormatError else { return false }
            return error.path == "routes[0].vehicle" && error.message.contains("vehicle 9")
        }
    }

    @Test func jobServedTwiceIsRejected() throws {
        let (problem, _) = try exported()
        let step = #"{"type": "job", "id": 1, "arrival": 40000}"#
        let solution = """
            {"code": 0, "routes": [{"vehicle": 1, "steps": [{"type": "start", "arrival": 30000}, \(step), \(step),
             {"type": "end", "arrival": 50000}]}]}
            """

        #expect {
            try problem.plan(fromSolution: Data(solution.utf8), fileName: "solution.json")
        } throws: { error in
            (error as? FormatError)?.message.contains("served twice") == true
        }
    }

    @Test func unknownStepTypeIsRejected() throws {
        let (problem, _) = try exported()
        let solution = #"{"code": 0, "routes": [{"vehicle": 1, "steps": [{"type": "pickup", "arrival": 1}]}]}"#

        #expect {
            try problem.plan(fromSolution: Data(solution.utf8), fileName: "solution.json")
        } throws: { error in
            guard let error = error as? FormatError else { return false }
            return error.path == "routes[0].steps[0].type" && error.value == "pickup"
        }
    }
}
