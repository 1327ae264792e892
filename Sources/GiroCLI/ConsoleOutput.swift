import Foundation

/// Writes to standard output and standard error; the library never prints.
struct ConsoleOutput: Sendable {
    func print(_ text: String) {
        FileHandle.standardOutput.write(Data((text + "\n").utf8))
    }

    /// Writes `giro: message` to standard error.
    func error(_ message: String) {
        FileHandle.standardError.write(Data("giro: \(message)\n".utf8))
    }

    /// Writes a progress line to standard error.
    func progress(_ message: String) {
        FileHandle.standardError.write(Data((message + "\n").utf8))
    }
}
