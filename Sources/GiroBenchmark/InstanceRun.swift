import Foundation
import GiroModel
import GiroSolver
import GiroValidator

/// One timed planner run on a benchmark territory, with the validator's
/// verdict on its plan.
struct InstanceRun {
    let plan: Plan
    /// Building the planner and planning, in seconds.
    let seconds: Double
    /// Ruin-and-recreate steps.
    let iterations: Int
    /// Whether the validator accepts the plan.
    let isValid: Bool
    /// The validator's first violation, or nil for a valid plan.
    let firstViolation: String?

    /// Plans the territory with `options` and validates the plan.
    ///
    /// - Parameter instance: the instance name, for errors.
    /// - Throws: `BenchmarkError.planning` when the planner rejects the
    ///   territory or the validator cannot time a leg.
    init(territory: Territory, instance: String, options: PlannerOptions) throws(BenchmarkError) {
        var iterations = 0
        let clock = ContinuousClock()
        let started = clock.now
        let plan: Plan
        do {
            (_, plan) = try Planner.plan(territory: territory, options: options) {
                iterations = $0.iterations
            }
        } catch {
            throw .planning(instance: instance, message: error.description)
        }
        seconds = VRPTWBenchmark.seconds(clock.now - started)

        let report: ValidationReport
        do {
            report = try PlanValidator(territory: territory).validate(plan)
        } catch {
            throw .planning(instance: instance, message: "the validator cannot time a leg: \(error)")
        }
        self.plan = plan
        self.iterations = iterations
        isValid = report.isValid
        firstViolation = report.violations.first.map(\.description)
    }
}

extension PlannerOptions {
    /// Returns these options with the seed and limits of one benchmark run.
    func forRun(seed: UInt64, timeLimit: Double?, iterationLimit: Int?) -> PlannerOptions {
        var options = self
        options.seed = seed
        options.timeLimit = timeLimit
        options.iterationLimit = iterationLimit
        return options
    }
}

/// The instance files of a benchmark folder and its subfolders.
enum InstanceFolder {
    /// Lists the files below `folder` whose names end in `.suffix`, with
    /// their names without extension, in the order the file system lists
    /// them.
    ///
    /// - Parameters:
    ///   - family: the instance family, such as "TOPTW", for the error when
    ///     the folder is missing.
    ///   - suffix: the file extension without its dot, compared without case.
    /// - Throws: `BenchmarkError.unreadableFolder` when the folder is
    ///   missing, a file, or cannot be listed.
    static func textFiles(
        in folder: String, family: String, suffix: String = "txt"
    ) throws(BenchmarkError) -> [(name: String, path: String)] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw .unreadableFolder(path: folder, reason: "no such folder; give the folder of the \(family) instances")
        }
        guard let enumerator = FileManager.default.enumerator(atPath: folder) else {
            throw .unreadableFolder(path: folder, reason: "cannot list the folder")
        }

        var files: [(name: String, path: String)] = []
        while let relative = enumerator.nextObject() as? String {
            guard relative.lowercased().hasSuffix("." + suffix.lowercased()) else { continue }
            let name = ((relative as NSString).lastPathComponent as NSString).deletingPathExtension
            files.append((name, (folder as NSString).appendingPathComponent(relative)))
        }
        return files
    }

    /// Splits the instance files below `folder` into those to run and those
    /// skipped: a file runs when `isScored` accepts its name and `selected`,
    /// when given, names it (without case). Other files are skipped, except
    /// those that `selected` leaves out, which are not listed at all.
    ///
    /// - Throws: `BenchmarkError.unknownInstances` when `selected` names an
    ///   instance without a scored file, `BenchmarkError.noInstanceFiles`
    ///   when no file runs, and the errors of `textFiles`.
    static func select(
        in folder: String, family: String, suffix: String, selected: [String]?, referenceFile: String,
        isScored: (String) -> Bool
    ) throws(BenchmarkError) -> (files: [String], skipped: [String]) {
        let names = selected.map { Set($0.map { $0.uppercased() }) }
        var files: [String] = []
        var skipped: [String] = []
        var found = Set<String>()
        for (name, path) in try textFiles(in: folder, family: family, suffix: suffix) {
            if let names, !names.contains(name.uppercased()) {
                continue
            }
            if isScored(name) {
                files.append(path)
                found.insert(name.uppercased())
            } else {
                skipped.append(path)
            }
        }

        if let selected {
            let missing = selected.filter { !found.contains($0.uppercased()) }
            guard missing.isEmpty else {
                throw .unknownInstances(names: missing, folder: folder, referenceFile: referenceFile)
            }
        }
        guard !files.isEmpty else {
            throw .noInstanceFiles(folder: folder, suffix: suffix, family: family, scoreFile: referenceFile)
        }
        return (files, skipped.sorted())
    }

    /// Sorts paths by file name.
    static func sortedByName(_ paths: [String]) -> [String] {
        paths.sorted { ($0 as NSString).lastPathComponent < ($1 as NSString).lastPathComponent }
    }
}
