import Foundation
import Testing

private let demoPath = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("datasets/demo-northern-italy.json").path

@Suite("Interrupting the planner")
struct InterruptTests {
    /// The first Ctrl-C stops the search, and the command still validates
    /// and prints the best plan so far. The test waits for the first
    /// progress line, which comes after the handler is installed.
    @Test func interruptedPlanIsPrintedAndValid() throws {
        let (process, output, error) = try startGiro(["plan", demoPath, "--seed", "1", "--time-limit", "600"])

        let firstProgress = error.fileHandleForReading.availableData
        #expect(!firstProgress.isEmpty)
        process.interrupt()
        let errorText = String(decoding: firstProgress + error.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let outputText = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()

        #expect(process.terminationStatus == 0, "\(errorText)")
        #expect(errorText.contains("interrupted; finishing the current step"))
        #expect(outputText.contains("Planning was interrupted: the plan is the best found by then."))
        #expect(outputText.contains("Validator: the plan is valid."))
    }
}
