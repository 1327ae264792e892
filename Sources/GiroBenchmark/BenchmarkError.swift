import GiroFormats
import GiroSolver
import GiroTravel

/// A benchmark that cannot run, with what to do about it.
public enum BenchmarkError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The instance folder is missing, is a file or cannot be listed.
    case unreadableFolder(path: String, reason: String)
    /// The instance folder has no `*.txt` file.
    case noInstances(folder: String)
    /// The folder has no file with the instance family's extension and a
    /// row in the score file.
    case noInstanceFiles(folder: String, suffix: String, family: String, scoreFile: String)
    /// An instance has no row in the BKS file.
    case missingBestKnownValue(instance: String, file: String)
    /// The instance filter names instances without a file or a reference
    /// value.
    case unknownInstances(names: [String], folder: String, referenceFile: String)
    /// An instance or the BKS file cannot be read.
    case format(FormatError)
    /// The planner or the validator rejects an instance.
    case planning(instance: String, message: String)
    /// A peer solver fails on an instance or writes an unreadable solution.
    case peer(solver: String, instance: String, message: String)

    public var description: String {
        switch self {
        case .unreadableFolder(let path, let reason):
            return "\(path): \(reason)"
        case .noInstances(let folder):
            return "\(folder): no instance files (*.txt) in this folder; give the folder of a Solomon-format family"
        case .noInstanceFiles(let folder, let suffix, let family, let scoreFile):
            return "\(folder): no instance files (*.\(suffix)) with a row in \(scoreFile) in this folder; "
                + "give the folder of the \(family) instances"
        case .missingBestKnownValue(let instance, let file):
            return "\(file): no best-known value for instance \(instance); add a row for it, "
                + "or give the BKS file of this instance family"
        case .unknownInstances(let names, let folder, let referenceFile):
            return "\(folder): no instance file with a row in \(referenceFile) for "
                + names.joined(separator: ", ") + "; check the names given to --instances"
        case .format(let error):
            return error.description
        case .planning(let instance, let message):
            return "\(instance): cannot plan the instance: \(message)"
        case .peer(let solver, let instance, let message):
            return "\(instance): \(solver) fails: \(message)"
        }
    }
}
