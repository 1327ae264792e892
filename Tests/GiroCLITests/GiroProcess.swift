import Foundation
import Testing

/// Runs the built `giro` tool, which sits beside the test bundle, with
/// `environment` in place of this process's environment when given.
func runGiro(
    _ arguments: [String], environment: [String: String]? = nil
) throws -> (status: Int32, output: String, error: String) {
    let (process, output, error) = try startGiro(arguments, environment: environment)
    let outputData = output.fileHandleForReading.readDataToEndOfFile()
    let errorData = error.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: outputData, as: UTF8.self), String(decoding: errorData, as: UTF8.self))
}

/// Starts the built `giro` tool with its standard output and error on pipes,
/// and returns without waiting for it.
func startGiro(
    _ arguments: [String], environment: [String: String]? = nil
) throws -> (process: Process, output: Pipe, error: Pipe) {
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
    if let environment {
        process.environment = environment
    }
    let output = Pipe()
    let error = Pipe()
    process.standardOutput = output
    process.standardError = error
    try process.run()
    return (process, output, error)
}
