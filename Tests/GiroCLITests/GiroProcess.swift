import Foundation
import Testing

/// Runs the built `giro` tool, which sits beside the test bundle.
func runGiro(_ arguments: [String]) throws -> (status: Int32, output: String, error: String) {
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
