import Dispatch
import Foundation
import Synchronization

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
        /// Whether the child was killed because it ran longer than the
        /// timeout. Its status is then 137, 128 plus SIGKILL.
        var timedOut: Bool = false
    }

    /// Runs `executable` with `arguments`, standard output to `outputPath`
    /// and standard error to `errorPath`. Both files are created or
    /// truncated, and when the two paths are equal, both streams go to the
    /// one file in the order they are written.
    ///
    /// With a `timeout` in seconds, the child is killed with SIGKILL once
    /// it has run that long, and `Outcome.timedOut` is true. Only the child
    /// itself is killed, so processes that it started keep running.
    ///
    /// - Throws: `OutputError` when the child cannot be started.
    static func run(
        _ executable: String, _ arguments: [String], outputPath: String, errorPath: String = "/dev/null",
        timeout: Double? = nil
    ) throws(OutputError) -> Outcome {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        if errorPath == outputPath {
            posix_spawn_file_actions_adddup2(&actions, 1, 2)
        } else {
            posix_spawn_file_actions_addopen(&actions, 2, errorPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        }

        let argv: [UnsafeMutablePointer<CChar>?] = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }

        let clock = ContinuousClock()
        let started = clock.now
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, executable, &actions, nil, argv, environ)
        guard spawned == 0 else {
            throw OutputError("cannot start \(executable): \(String(cString: strerror(spawned)))")
        }

        let watchdog = timeout.map { Watchdog(pid: pid, seconds: $0) }
        // Waits for the child to exit without reaping it (WNOWAIT), so that
        // its pid cannot be reused before the watchdog is stopped.
        var info = siginfo_t()
        while waitid(P_PID, id_t(pid), &info, WEXITED | WNOWAIT) == -1 && errno == EINTR {}
        let killed = watchdog?.stop() ?? false

        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) == -1 && errno == EINTR {}
        let elapsed = clock.now - started

        // The wait status has the exit code in bits 8 to 15 when the low
        // seven bits, the terminating signal, are zero.
        let signal = status & 0x7f
        let exitStatus = signal == 0 ? (status >> 8) & 0xff : 128 + signal
        // A child that exited just before the timer fired was not stopped by it.
        let timedOut = killed && signal == SIGKILL
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        return Outcome(
            status: exitStatus, seconds: seconds, peakMemoryBytes: Int(usage.ru_maxrss) * 1024, timedOut: timedOut)
    }

    /// The path of the running executable.
    static var currentExecutable: String {
        (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
    }

    /// A timer that kills a child with SIGKILL when it fires before `stop`.
    ///
    /// The caller must not reap the child before `stop` returns, so that the
    /// pid still belongs to the child whenever the timer kills.
    private struct Watchdog {
        /// Whether the timer killed the child, and whether `stop` was called,
        /// shared with the timer's handler.
        private final class State: Sendable {
            let flags = Mutex((killed: false, stopped: false))
        }

        private let timer: any DispatchSourceTimer
        private let state = State()

        init(pid: pid_t, seconds: Double) {
            timer = DispatchSource.makeTimerSource(queue: DispatchQueue.global())
            timer.setEventHandler { [state] in
                state.flags.withLock { flags in
                    guard !flags.stopped else { return }
                    kill(pid, SIGKILL)
                    flags.killed = true
                }
            }
            timer.schedule(deadline: .now() + seconds)
            timer.resume()
        }

        /// Cancels the timer and returns whether it killed the child.
        func stop() -> Bool {
            timer.cancel()
            return state.flags.withLock { flags in
                flags.stopped = true
                return flags.killed
            }
        }
    }
}
