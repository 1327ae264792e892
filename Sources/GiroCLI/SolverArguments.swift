import Foundation
import Giro

/// The solver options that `giro solve`, `giro plan` and `giro bench vrptw`
/// share, and how they set `PlannerOptions`.
///
/// Every error names the option, the bad value and the accepted values.
enum SolverArguments {
    /// The options that take a value, for `CommandArguments`.
    static let options: Set<String> = [
        "construction", "operators", "metaheuristic", "ruin", "recreate", "acceptance", "neighbours", "iterations",
        "stall",
    ]

    /// Maximum `--iterations` and `--stall` value.
    static let maximumIterations = 1_000_000_000

    /// Maximum `--neighbours` value.
    static let maximumNeighbours = 1_000

    /// Returns planner options with the seed, the time limit and every
    /// solver option of the command line, and the defaults for the rest.
    static func plannerOptions(_ arguments: CommandArguments) throws(UsageError) -> PlannerOptions {
        var options = PlannerOptions(
            seed: try arguments.seed("seed") ?? 1, timeLimit: try arguments.seconds("time-limit"))
        try apply(arguments, to: &options)
        return options
    }

    /// Sets the options given on the command line and keeps the others.
    static func apply(_ arguments: CommandArguments, to options: inout PlannerOptions) throws(UsageError) {
        if let text = arguments.value("construction") {
            guard let construction = ConstructionHeuristic(name: text) else {
                throw invalid(
                    "construction", text, accepted: ConstructionHeuristic.names, note: " (regret-K for K from 2 to 9)")
            }
            options.construction = construction
        }
        if let text = arguments.value("operators") {
            options.operators = try list("operators", text, allowsNone: true)
        }
        if let text = arguments.value("metaheuristic") {
            options.metaheuristic = try single("metaheuristic", text)
        }
        if let text = arguments.value("ruin") {
            options.ruinMethods = try list("ruin", text, allowsNone: false)
        }
        if let text = arguments.value("recreate") {
            options.recreateMethods = try list("recreate", text, allowsNone: false)
        }
        if let text = arguments.value("acceptance") {
            options.acceptance = try single("acceptance", text)
        }
        if let count = try arguments.integer("neighbours", in: 1...maximumNeighbours) {
            options.neighbourCount = count
        }
        if let limit = try arguments.integer("iterations", in: 0...maximumIterations) {
            options.iterationLimit = limit
        }
        if let limit = try arguments.integer("stall", in: 1...maximumIterations) {
            options.stallLimit = limit
        }
    }

    /// Returns the `--objective` value: `distance` (the default) or
    /// `vehicles`.
    static func objective(_ arguments: CommandArguments) throws(UsageError) -> BenchmarkObjective {
        guard let text = arguments.value("objective") else { return .distance }
        return try single("objective", text)
    }

    /// Parses one name among the raw values of `Value`.
    private static func single<Value: RawRepresentable & CaseIterable>(
        _ option: String, _ text: String
    ) throws(UsageError) -> Value where Value.RawValue == String {
        guard let value = Value(rawValue: text) else {
            throw invalid(option, text, accepted: Value.allCases.map(\.rawValue))
        }
        return value
    }

    /// Parses a comma-separated list of raw values of `Value`, or `none`
    /// for the empty set when `allowsNone`.
    private static func list<Value: RawRepresentable & CaseIterable & Hashable>(
        _ option: String, _ text: String, allowsNone: Bool
    ) throws(UsageError) -> Set<Value> where Value.RawValue == String {
        let accepted = Value.allCases.map(\.rawValue) + (allowsNone ? ["none"] : [])
        if allowsNone, text == "none" {
            return []
        }

        var values: Set<Value> = []
        for name in text.split(separator: ",", omittingEmptySubsequences: false) {
            let trimmed = name.trimmingCharacters(in: .whitespaces)
            guard let value = Value(rawValue: trimmed) else {
                if trimmed.isEmpty {
                    throw UsageError(
                        "--\(option) \(CommandArguments.quoted(text)) has an empty name; separate the names with "
                            + "single commas, from: \(accepted.joined(separator: ", "))")
                }
                if trimmed == "none" {
                    let hint = allowsNone
                        ? "give 'none' alone" : "choose at least one, or use --metaheuristic none"
                    throw UsageError("--\(option) \(CommandArguments.quoted(text)): \(hint)")
                }
                throw invalid(option, trimmed, accepted: accepted)
            }
            values.insert(value)
        }
        return values
    }

    private static func invalid(_ option: String, _ text: String, accepted: [String], note: String = "") -> UsageError {
        UsageError(
            "invalid --\(option) value \(CommandArguments.quoted(text)); accepted: "
                + accepted.joined(separator: ", ") + note)
    }
}
