import Dispatch
import Foundation
import Giro

/// Turns the first Ctrl-C (SIGINT) during planning into a cancellation, so
/// that the command still validates, prints and writes the best plan found
/// so far. A second Ctrl-C ends the process at once with status 130.
enum InterruptHandler {
    /// The signal source, kept alive for the life of the process.
    nonisolated(unsafe) private static var source: DispatchSourceSignal?

    /// Installs the handler and returns the token it cancels. Call it once,
    /// before planning starts.
    static func install(output: ConsoleOutput) -> PlanningCancellation {
        let cancellation = PlanningCancellation()
        signal(SIGINT, SIG_IGN)
        let source = DispatchSource.makeSignalSource(signal: SIGINT, queue: DispatchQueue.global())
        source.setEventHandler {
            guard !cancellation.isCancelled else {
                output.error("interrupted again; quitting without a plan")
                exit(130)
            }
            cancellation.cancel()
            output.error("interrupted; finishing the current step to report the best plan so far (Ctrl-C again quits)")
        }
        source.resume()
        Self.source = source
        return cancellation
    }
}
