import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Runs a program to its end with its standard output in a file, and
/// measures its wall time and peak resident memory.
///
/// Foundation's `Process` does not report a child's resource use, so this
/// spawns the child with `posix_spawn` and collects it with `wait4`.
enum ChildProcess {
    struct Outcome {
        /// The exit status, or 128 plus the signal number when a signal
        /// ended the child.
        var status: Int32
        var seconds: Double
        /// Peak resident memory of the child in bytes, from `wait4`.
        var peakMemoryBytes: Int
    }

    /// Runs `executable` with `arguments`, standard output to `outputPath`
    /// and standard error discarded.
    ///
    /// - Throws: `OutputError` when the child cannot be started.
    static func run(_ executable: String, _ arguments: [String], outputPath: String) throws(OutputError) -> Outcome {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)

        let argv: [UnsafeMutablePointer<CChar>?] = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }

        let clock = ContinuousClock()
        let started = clock.now
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, executable, &actions, nil, argv, environ)
        guard spawned == 0 else {
            throw OutputError("cannot start \(executable): \(String(cString: strerror(spawned)))")
        }

        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) == -1 && errno == EINTR {}
        let elapsed = clock.now - started

        // The wait status has the exit code in bits 8 to 15 when the low
        // seven bits, the terminating signal, are zero.
        let signal = status & 0x7f
        let exitStatus = signal == 0 ? (status >> 8) & 0xff : 128 + signal
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        return Outcome(status: exitStatus, seconds: seconds, peakMemoryBytes: Int(usage.ru_maxrss) * 1024)
    }

    /// The path of the running executable.
    static var currentExecutable: String {
        (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
    }
}
