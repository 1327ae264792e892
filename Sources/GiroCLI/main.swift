import Foundation
import Giro

/// Exit codes: 0 success, 1 a plan that the validator rejects (or an
/// incomplete benchmark solution), 2 a usage or input error.
let arguments = Array(CommandLine.arguments.dropFirst())
let output = ConsoleOutput()

let commands: [String: ([String], ConsoleOutput) throws -> Int32] = [
    "bench": BenchCommand.run,
    "plan": PlanCommand.run,
    "settings": SettingsCommand.run,
    "solve": SolveCommand.run,
    "transfer": TransferCommand.run,
    "validate": ValidateCommand.run,
    "check": CheckCommand.run,
    "export": ExportCommand.run,
    "generate": GenerateCommand.run,
    "import": ImportCommand.run,
]

guard let name = arguments.first, name != "--help", name != "-h", name != "help" else {
    output.print(HelpText.overview)
    if arguments.isEmpty {
        output.error("missing command")
        exit(2)
    }
    exit(0)
}

guard let command = commands[name] else {
    output.error("unknown command \(CommandArguments.quoted(name)); run 'giro --help' for the list of commands")
    exit(2)
}

do {
    exit(try command(Array(arguments.dropFirst()), output))
} catch let error as UsageError {
    output.error("\(error.description)\nRun 'giro \(name) --help' for the options.")
    exit(2)
} catch let error as FormatError {
    output.error(error.description)
    exit(2)
} catch let error as OutputError {
    output.error(error.description)
    exit(2)
} catch {
    output.error("\(error)")
    exit(2)
}
