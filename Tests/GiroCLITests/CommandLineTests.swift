import Foundation
import Testing

/// Runs the built `giro` tool, which sits beside the test bundle.
private func runGiro(_ arguments: [String]) throws -> (status: Int32, output: String, error: String) {
    var directory = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    if directory.lastPathComponent.hasSuffix(".xctest") || directory.path.contains(".xctest/") {
        while directory.lastPathComponent != "debug" && directory.lastPathComponent != "release" && directory.path != "/" {
            directory.deleteLastPathComponent()
        }
    }
    let binary = directory.appendingPathComponent("giro")
    try #require(FileManager.default.isExecutableFile(atPath: binary.path), "no giro binary at \(binary.path)")

    let process = Process()
    process.executableURL = binary
    process.arguments = arguments
    let output = Pipe()
    let error = Pipe()
    process.standardOutput = output
    process.standardError = error
    try process.run()
    let outputData = output.fileHandleForReading.readDataToEndOfFile()
    let errorData = error.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: outputData, as: UTF8.self), String(decoding: errorData, as: UTF8.self))
}

private let repositoryRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

private let demoPath = repositoryRoot.appendingPathComponent("datasets/demo-northern-italy.json").path

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
        let plan = try runGiro(["plan", demoPath, "--output", planFile.path, "--quiet"])
        #expect(plan.status == 0, "\(plan.error)")
        #expect(plan.output.contains("Validator: the plan is valid."))
        #expect(plan.output.contains("Rep R1, Monday"))

        let check = try runGiro(["validate", demoPath, planFile.path])
        #expect(check.status == 0, "\(check.output)\(check.error)")
        #expect(check.output.contains("The plan is valid"))
    }

    @Test func tamperedPlanIsRejectedByValidate() throws {
        let planFile = try temporaryFile("plan.json")
        #expect(try runGiro(["plan", demoPath, "--output", planFile.path, "--quiet"]).status == 0)

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
        let result = try runGiro(["plan", demoPath, "--days", "2", "--quiet"])
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
        let option = try runGiro(["plan", demoPath, "--dayz", "3"])
        #expect(option.status == 2)
        #expect(option.error.contains("unknown option --dayz"))

        let command = try runGiro(["plna", demoPath])
        #expect(command.status == 2)
        #expect(command.error.contains("unknown command 'plna'"))

        let value = try runGiro(["plan", demoPath, "--days", "0"])
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

    @Test func solveReportsVehiclesDistanceAndVerdict() throws {
        let instance = repositoryRoot.deletingLastPathComponent().appendingPathComponent("shared/datasets/solomon/C101.txt")
        try #require(FileManager.default.fileExists(atPath: instance.path), "needs ../shared/datasets")
        let result = try runGiro(["solve", "--format", "solomon", instance.path, "--quiet"])
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
        let plan = try runGiro(["plan", demoPath, "--days", "2", "--output", planFile.path, "--quiet"])
        #expect(plan.status == 0, "\(plan.output)")

        let check = try runGiro(["validate", demoPath, planFile.path])
        #expect(check.status == 0, "\(check.output)")
        #expect(check.output.contains("checking that horizon"))
    }
}
