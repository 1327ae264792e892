import Foundation
import Giro
import Testing

private let repositoryRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

private let demoPath = repositoryRoot.appendingPathComponent("datasets/demo-northern-italy.json").path

/// C101 among the public benchmark instances beside the repository, which
/// are not part of it.
private let sharedC101 = repositoryRoot.deletingLastPathComponent()
    .appendingPathComponent("shared/datasets/solomon/C101.txt").path

private func temporaryFile(_ name: String, contents: String? = nil) throws -> URL {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("giro-cli-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let url = folder.appendingPathComponent(name)
    if let contents {
        try contents.write(to: url, atomically: true, encoding: .utf8)
    }
    return url
}

@Suite("giro command line", .serialized)
struct CommandLineTests {
    @Test func planOfTheDemoIsValidAndReadableBack() throws {
        let planFile = try temporaryFile("plan.json")
        let plan = try runGiro(["plan", demoPath, "--iterations", "3", "--output", planFile.path, "--quiet"])
        #expect(plan.status == 0, "\(plan.error)")
        #expect(plan.output.contains("Validator: the plan is valid."))
        #expect(plan.output.contains("Rep R1, Monday"))

        let check = try runGiro(["validate", demoPath, planFile.path])
        #expect(check.status == 0, "\(check.output)\(check.error)")
        #expect(check.output.contains("The plan is valid"))
    }

    @Test func tamperedPlanIsRejectedByValidate() throws {
        let planFile = try temporaryFile("plan.json")
        #expect(try runGiro(["plan", demoPath, "--iterations", "3", "--output", planFile.path, "--quiet"]).status == 0)

        var text = try String(contentsOf: planFile, encoding: .utf8)
        let departure = try #require(text.range(of: "\"departure\": \""))
        let timeStart = departure.upperBound
        let timeEnd = try #require(text[timeStart...].firstIndex(of: "\""))
        text.replaceSubrange(timeStart..<timeEnd, with: "03:00")
        try text.write(to: planFile, atomically: true, encoding: .utf8)

        let check = try runGiro(["validate", demoPath, planFile.path])
        #expect(check.status == 1)
        #expect(check.output.contains("working-day") || check.output.contains("consistency"))
    }

    @Test func horizonOptionsOverrideTheFile() throws {
        let result = try runGiro(["plan", demoPath, "--iterations", "3", "--days", "2", "--quiet"])
        #expect(result.status == 0)
        #expect(result.output.contains("Rep R1, Tuesday"))
        #expect(!result.output.contains("Rep R1, Wednesday"))
    }

    @Test func badInputExitsWithTwoAndNamesTheProblem() throws {
        let broken = try temporaryFile("broken.json", contents: "{\"horizon\": {\"start\": \"2026-02-30\", \"days\": 5}}")
        let result = try runGiro(["plan", broken.path])
        #expect(result.status == 2)
        #expect(result.error.contains("broken.json"))
        #expect(result.error.contains("horizon.start"))
        #expect(result.error.contains("2026-02-30"))
    }

    @Test func unknownOptionsAndCommandsAreRejected() throws {
        let option = try runGiro(["plan", demoPath, "--iterations", "3", "--dayz", "3"])
        #expect(option.status == 2)
        #expect(option.error.contains("unknown option --dayz"))

        let command = try runGiro(["plna", demoPath])
        #expect(command.status == 2)
        #expect(command.error.contains("unknown command 'plna'"))

        let value = try runGiro(["plan", demoPath, "--iterations", "3", "--days", "0"])
        #expect(value.status == 2)
        #expect(value.error.contains("--days must be a whole number from 1 to 366"))
    }

    @Test func everyCommandHasHelpWithUnits() throws {
        for command in ["plan", "solve", "validate"] {
            let result = try runGiro([command, "--help"])
            #expect(result.status == 0)
            #expect(result.output.contains("Usage: giro \(command)"))
        }
        #expect(try runGiro(["plan", "--help"]).output.contains("--time-limit SECONDS"))
        #expect(try runGiro(["--help"]).status == 0)
    }

    @Test func planHelpListsEveryOperator() throws {
        let help = try runGiro(["plan", "--help"]).output

        for name in SearchOperator.allCases.map(\.rawValue) {
            #expect(help.contains(" \(name),") || help.contains(" \(name)."), "plan --help lacks operator \(name)")
        }
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: sharedC101), "needs ../shared/datasets"))
    func solveReportsVehiclesDistanceAndVerdict() throws {
        let result = try runGiro(["solve", "--format", "solomon", sharedC101, "--iterations", "3", "--quiet"])
        #expect(result.status == 0)
        #expect(result.output.contains("vehicles 10"))
        #expect(result.output.contains("distance 828.94"))
        #expect(result.output.contains("validator valid"))
    }
}

@Suite("giro validate with a shorter horizon", .serialized)
struct ShortHorizonValidationTests {
    @Test func planForFewerDaysValidatesAgainstItsOwnHorizon() throws {
        let planFile = try temporaryFile("plan.json")
        let plan = try runGiro(["plan", demoPath, "--iterations", "3", "--days", "2", "--output", planFile.path, "--quiet"])
        #expect(plan.status == 0, "\(plan.output)")

        let check = try runGiro(["validate", demoPath, planFile.path])
        #expect(check.status == 0, "\(check.output)")
        #expect(check.output.contains("checking that horizon"))
    }
}

/// Builds a one-day territory around Bergamo with rep r1 (Monday 08:00–18:00, a
/// 30-minute break in `breakFrame`), customers c1 and c2 that are due, and
/// appointment a1 at c2 at 11:00. With `secondRep`, rep r2 has the same hours
/// and both customers name r1.
private func smallTerritory(breakFrame: (String, String) = ("12:00", "14:00"), secondRep: Bool = false) -> String {
    let rep = { (id: String) in
        #"{"id": ""# + id + #"", "home": {"latitude": 45.70, "longitude": 9.67}, "workingHours": {"mon": {"start": "08:00", "end": "18:00"}}, "break": {"frameStart": ""# + breakFrame.0 + #"", "frameEnd": ""# + breakFrame.1 + #"", "minutes": 30}}"#
    }
    let reps = secondRep ? rep("r1") + ", " + rep("r2") : rep("r1")
    let repKey = secondRep ? #", "repId": "r1""# : ""
    return """
        {"name": "Small", "horizon": {"start": "2026-03-02", "days": 1},
         "reps": [\(reps)],
         "customers": [
           {"id": "c1", "name": "Bar Uno", "location": {"latitude": 45.71, "longitude": 9.70}, "visitMinutes": 30, "cadenceDays": 7, "lastVisit": "2026-02-20"\(repKey)},
           {"id": "c2", "name": "Bar Due", "location": {"latitude": 45.69, "longitude": 9.65}, "visitMinutes": 30, "cadenceDays": 7, "lastVisit": "2026-02-20"\(repKey)}],
         "appointments": [{"id": "a1", "customerId": "c2", "kind": "fixed", "date": "2026-03-02", "start": "11:00", "minutes": 30}]
        }
        """
}

/// Builds a two-day territory on a planar map, one unit a minute, whose far
/// customers are reached only with a night at hotel O after Monday: R1 and
/// R2 on Monday, then O, then R3 and R4 on Tuesday. `horizonEnd`, a
/// location object, becomes the horizon's end location when given.
private func farTripTerritory(horizonEnd: String? = nil) -> String {
    let customers = [("R1", 240), ("R2", 260), ("R3", 280), ("R4", 300)].map { id, x in
        #"{"id": ""# + id + #"", "location": {"x": \#(x), "y": 0}, "visitMinutes": 120}"#
    }
    let reservations = ["R1", "R2", "R3", "R4"].map { #"{"id": "res-\#($0)", "customerId": "\#($0)"}"# }
    let endMember = horizonEnd.map { #", "endLocation": "# + $0 } ?? ""
    return """
        {"name": "Far trip", "horizon": {"start": "2026-03-02", "days": 2\(endMember)},
         "travel": {"model": "euclidean", "secondsPerUnit": 60},
         "reps": [{"id": "r1", "home": {"x": 0, "y": 0},
           "workingHours": {"mon": {"start": "08:00", "end": "18:00"}, "tue": {"start": "08:00", "end": "18:00"}},
           "overnight": {"allowedNights": ["mon"],
             "hotels": [{"id": "O", "name": "Hotel Ost", "location": {"x": 270, "y": 0}}]}}],
         "customers": [\(customers.joined(separator: ", "))],
         "reservations": [\(reservations.joined(separator: ", "))]
        }
        """
}

/// Returns the index of the first line of `text` that contains `part`.
private func lineIndex(of part: String, in text: String) -> Int? {
    text.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.contains(part) }
}

@Suite("giro errors and arguments", .serialized)
struct CommandLineErrorTests {
    @Test func bareGiroReportsMissingCommand() throws {
        let result = try runGiro([])
        #expect(result.status == 2)
        #expect(result.error == "giro: missing command\n")
        #expect(result.output.contains("Usage: giro COMMAND"))
    }

    @Test func timeLimitAboveMaximumIsRejected() throws {
        let result = try runGiro(["plan", demoPath, "--iterations", "3", "--time-limit", "1e16", "--quiet"])
        #expect(result.status == 2)
        #expect(result.error.contains("--time-limit '1e16' is too long; give at most 1000000 seconds"))
        #expect(!result.error.contains("Fatal error"))
        #expect(result.output.isEmpty)

        let solve = try runGiro(["solve", "--format", "solomon", demoPath, "--time-limit", "1e7"])
        #expect(solve.status == 2)
        #expect(solve.error.contains("at most 1000000 seconds"))
    }

    @Test func timeLimitAtMaximumIsAccepted() throws {
        let result = try runGiro(["plan", demoPath, "--iterations", "3", "--time-limit", "1000000", "--quiet"])
        #expect(result.status == 0, "\(result.error)")
        #expect(!result.output.contains("time limit"))
    }

    @Test func directoryInputsAreNamed() throws {
        let folder = try temporaryFile("plan.json").deletingLastPathComponent().path
        let cases: [([String], String)] = [
            (["plan", folder], "\(folder): is a directory; give the path of a JSON file"),
            (["validate", demoPath, folder], "\(folder): is a directory; give the path of a JSON file"),
            (["solve", "--format", "solomon", folder], "\(folder): is a directory; give the path of a Solomon instance file"),
            (["plan", folder + "/missing.json"], "\(folder)/missing.json: no such file; check the path"),
        ]
        for (arguments, message) in cases {
            let result = try runGiro(arguments)
            #expect(result.status == 2)
            #expect(result.error == "giro: \(message)\n", "giro \(arguments.joined(separator: " "))")
            #expect(!result.error.contains("NSCocoaErrorDomain"))
        }
    }

    @Test func badOutputPathsAreRejectedBeforePlanning() throws {
        let folder = try temporaryFile("plan.json").deletingLastPathComponent().path
        let sameFile = repositoryRoot.appendingPathComponent("datasets/../datasets/demo-northern-italy.json").path
        let cases: [(String, String)] = [
            (folder, "is a directory; give a file name"),
            (folder + "/no-such-folder/plan.json", "the folder \(folder)/no-such-folder does not exist"),
            (sameFile, "is the input file"),
        ]
        for (path, message) in cases {
            let result = try runGiro(["plan", demoPath, "--iterations", "3", "--output", path, "--quiet"])
            #expect(result.status == 2)
            #expect(result.error.contains(message), "\(result.error)")
            #expect(!result.output.contains("Rep R1"), "planned before rejecting --output \(path)")
        }

        let solve = try runGiro(["solve", "--format", "solomon", demoPath, "--output", folder])
        #expect(solve.status == 2)
        #expect(solve.error.contains("is a directory; give a file name"))
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: "/dev/full"), "needs /dev/full"))
    func writeFailureHasNoUsageHint() throws {
        let result = try runGiro(["plan", demoPath, "--iterations", "3", "--output", "/dev/full", "--quiet"])
        #expect(result.status == 2)
        #expect(result.error == "giro: cannot write /dev/full: no space left on device\n")
    }

    @Test func dimacsNeedsSolomonFormat() throws {
        let planFile = try temporaryFile("plan.json")
        #expect(try runGiro(["plan", demoPath, "--iterations", "3", "--output", planFile.path, "--quiet"]).status == 0)

        let result = try runGiro(["validate", demoPath, planFile.path, "--dimacs"])
        #expect(result.status == 2)
        #expect(result.error.contains("--dimacs applies only to benchmark instances"))

        let rep = try runGiro(["validate", demoPath, planFile.path, "--rep", "R1"])
        #expect(rep.status == 2)
        #expect(rep.error.contains("--rep applies only to company files"))
    }

    @Test func longArgumentIsShortened() throws {
        let digits = String(repeating: "7", count: 100_000)
        let result = try runGiro(["plan", demoPath, "--iterations", "3", "--days", digits])
        #expect(result.status == 2)
        #expect(result.error.contains("(100,000 characters)"))
        #expect(result.error.count < 400)
    }
}

@Suite("giro plan summary", .serialized)
struct PlanSummaryTests {
    @Test func countsArePluralAndKeepAppointmentsApart() throws {
        let territory = try temporaryFile("small.json", contents: smallTerritory())
        let result = try runGiro(["plan", territory.path, "--quiet"])
        #expect(result.status == 0, "\(result.error)")
        #expect(result.output.contains("  1 visit and 1 appointment; driving"))
        #expect(result.output.contains("Total: 1 visit and 1 appointment on 1 route day;"))
        #expect(!result.output.contains("1 visits"))
        #expect(!result.output.contains("1 route days"))
    }

    @Test func demoTotalsCountVisitsAndAppointments() throws {
        let result = try runGiro(["plan", demoPath, "--iterations", "3", "--quiet"])
        #expect(result.status == 0)
        let total = try #require(result.output.split(separator: "\n").first { $0.hasPrefix("Total: ") })
        #expect(total.contains(" visits and "))
        #expect(total.contains(" appointments on 5 route days"))
    }

    @Test func breakBeforeDepartureComesFirst() throws {
        let territory = try temporaryFile("early.json", contents: smallTerritory(breakFrame: ("06:00", "07:00")))
        let result = try runGiro(["plan", territory.path, "--quiet"])
        #expect(result.status == 0, "\(result.error)")

        let breakLine = try #require(lineIndex(of: "break before departure", in: result.output))
        let departure = try #require(lineIndex(of: "  depart", in: result.output))
        #expect(breakLine < departure)
        #expect(result.output.contains("06:00–06:30  break before departure"))
    }

    @Test func nightAtHotelIsShownAndCounted() throws {
        let territory = try temporaryFile("far.json", contents: farTripTerritory())
        let result = try runGiro(["plan", territory.path, "--quiet"])
        #expect(result.status == 0, "\(result.error)")

        #expect(result.output.contains("16:30  arrive at hotel O Hotel Ost for the night"))
        #expect(result.output.contains("08:00  depart from hotel O Hotel Ost, where the night was spent"))
        #expect(result.output.contains("17:30  return"))
        #expect(result.output.contains("; 1 night away; objective"))
        #expect(result.output.contains("1 night away."))
        #expect(result.output.contains("Validator: the plan is valid."))
    }

    @Test func horizonEndIsShownAndNotCounted() throws {
        let territory = try temporaryFile("far-end.json", contents: farTripTerritory(horizonEnd: #"{"x": 400, "y": 0}"#))
        let result = try runGiro(["plan", territory.path, "--quiet"])
        #expect(result.status == 0, "\(result.error)")

        #expect(result.output.contains("arrive at (400.0, 0.0), where the horizon ends"))
        #expect(result.output.contains("arrive at hotel O Hotel Ost for the night"))
        #expect(result.output.contains("; 1 night away; objective"))
        #expect(result.output.contains("1 night away."))
        #expect(result.output.contains("Validator: the plan is valid."))
    }

    @Test func breakAfterArrivalComesAfterReturn() throws {
        let territory = try temporaryFile("late.json", contents: smallTerritory(breakFrame: ("20:00", "21:00")))
        let result = try runGiro(["plan", territory.path, "--quiet"])
        #expect(result.status == 0, "\(result.error)")

        let breakLine = try #require(lineIndex(of: "break after return", in: result.output))
        let arrival = try #require(lineIndex(of: "  return", in: result.output))
        #expect(breakLine == arrival + 1)
    }

    @Test func timesAreMinutesAndSecondsHaveThreeDecimals() throws {
        let result = try runGiro(["plan", demoPath, "--iterations", "3", "--quiet"])
        #expect(result.status == 0)
        for line in result.output.split(separator: "\n") where line.hasPrefix("  ") {
            #expect(line.firstMatch(of: /\d\d:\d\d:\d\d/) == nil, "\(line)")
        }
        #expect(result.output.contains(/Planned in \d+\.\d{3} s\./))
        #expect(result.output.contains("  08:00  depart"))
    }

    @Test func reachedTimeLimitIsReported() throws {
        let limited = try runGiro(["plan", demoPath, "--iterations", "3", "--time-limit", "0.000001", "--quiet"])
        #expect(limited.status == 0)
        #expect(limited.output.contains("The time limit of 0.000001 s was reached"))
        #expect(limited.output.contains("the plan is the best found by then"))

        let unlimited = try runGiro(["plan", demoPath, "--iterations", "3", "--quiet"])
        #expect(!unlimited.output.contains("time limit"))
    }
}

@Suite("giro plan --customers", .serialized)
struct CustomersOptionTests {
    private let header = "id,name,latitude,longitude,repId,visitMinutes,cadenceDays,lastVisit,openingHours"

    @Test func csvCustomersReplaceTheTerritorys() throws {
        let territory = try temporaryFile("territory.json", contents: smallTerritory(secondRep: true))
        let csv = try temporaryFile(
            "customers.csv",
            contents: header + "\n"
                + "c2,Bar Due,45.69,9.65,r1,30,7,2026-02-20,\n"
                + "x1,Ferramenta Tre,45.72,9.68,r2,45,14,2026-02-01,mon-fri 08:00-12:00\n"
                + "x2,Ottica Quattro,45.68,9.69,r1,20,14,2026-02-01,\"mon 09:00-12:00; tue 09:00-12:00;\"\n")
        let planFile = try temporaryFile("plan.json")
        let result = try runGiro(["plan", territory.path, "--customers", csv.path, "--output", planFile.path, "--quiet"])

        #expect(result.status == 0, "\(result.error)")
        #expect(result.output.contains("Customers: 3 from \(csv.path)."))
        #expect(result.output.contains("visit x1 Ferramenta Tre"))
        #expect(result.output.contains("visit x2 Ottica Quattro"))
        #expect(!result.output.contains("Bar Uno"))
        #expect(result.output.contains("Validator: the plan is valid."))
    }

    @Test func csvErrorsNameFileRowAndColumn() throws {
        let territory = try temporaryFile("territory.json", contents: smallTerritory(secondRep: true))
        let cases: [(String, String)] = [
            ("c2,Bar Due,45.69,9.65,r1,0,7,2026-02-20,", "row 2, column 6 (visitMinutes): visitMinutes \"0\" is out of range"),
            ("c2,Bar Due,45.69,9.65,r3,30,7,2026-02-20,", "row 2, column 5 (repId): repId \"r3\" is not a rep of the territory"),
            ("c2,Bar Due,45.69,9.65,,30,7,2026-02-20,", "row 2, column 5 (repId): the customer has no repId"),
            ("c2,Bar Due,45.69,9.65,r1,30,7,2026-02-20,;;", "row 2, column 9 (openingHours): entry 1 of \";;\" is empty"),
        ]
        for (row, message) in cases {
            let csv = try temporaryFile("customers.csv", contents: header + "\n" + row + "\n")
            let result = try runGiro(["plan", territory.path, "--customers", csv.path, "--quiet"])
            #expect(result.status == 2)
            #expect(result.error.hasPrefix("giro: \(csv.path): \(message)"), "\(result.error)")
        }
    }

    @Test func recordOfMissingCustomerIsNamed() throws {
        let territory = try temporaryFile("territory.json", contents: smallTerritory())
        let csv = try temporaryFile("customers.csv", contents: header + "\n" + "c1,Bar Uno,45.71,9.70,,30,7,2026-02-20,\n")
        let result = try runGiro(["plan", territory.path, "--customers", csv.path, "--quiet"])

        #expect(result.status == 2)
        #expect(
            result.error.hasPrefix(
                "giro: \(territory.path): appointments[0].customerId: customer \"c2\" is not in \(csv.path)"))
    }

    @Test func missingCSVAndHelpAreClear() throws {
        let missing = try runGiro(["plan", demoPath, "--iterations", "3", "--customers", "/nonexistent/customers.csv", "--quiet"])
        #expect(missing.status == 2)
        #expect(missing.error == "giro: /nonexistent/customers.csv: no such file; check the path\n")

        let help = try runGiro(["plan", "--help"])
        #expect(help.output.contains("--customers FILE.csv"))
    }
}
