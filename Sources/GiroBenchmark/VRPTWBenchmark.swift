import Foundation
import GiroFormats
import GiroModel
import GiroSolver
import GiroValidator

/// Runs the planner on every VRPTW instance of a folder with seeds 1 to K,
/// validates each plan, and compares its distance with the best-known one.
///
/// Runs are sequential on the calling thread, so their timings do not
/// disturb each other. Every plan is checked by `PlanValidator` before its
/// row counts, and the library never prints: progress goes to a callback.
public struct VRPTWBenchmark: Sendable {
    public var configuration: Configuration

    public init(configuration: Configuration) {
        self.configuration = configuration
    }

    /// Lists the instance files of the folder: every `*.txt` file, sorted by
    /// name.
    ///
    /// - Throws: `BenchmarkError.unreadableFolder` or `.noInstances`.
    public func instanceFiles() throws(BenchmarkError) -> [String] {
        let folder = configuration.instanceFolder
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory) else {
            throw .unreadableFolder(path: folder, reason: "no such folder; check the path")
        }
        guard isDirectory.boolValue else {
            throw .unreadableFolder(path: folder, reason: "is a file; give the folder that contains the instances")
        }

        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: folder)
        } catch {
            throw .unreadableFolder(path: folder, reason: "cannot list the folder: \(SystemErrorText.reason(for: error))")
        }
        let files = names.filter { $0.lowercased().hasSuffix(".txt") }.sorted()
        guard !files.isEmpty else { throw .noInstances(folder: folder) }
        return files.map { (folder as NSString).appendingPathComponent($0) }
    }

    /// Runs every instance with every seed, instance by instance.
    ///
    /// The BKS file is read and every instance is looked up in it before
    /// the first run, so a missing value fails at once.
    ///
    /// - Parameter progress: called before and after each run, on the
    ///   calling thread.
    /// - Throws: `BenchmarkError` when the folder, an instance or the BKS
    ///   file cannot be read, or the planner rejects an instance.
    /// - Complexity: one planner run per instance and seed.
    public func run(progress: ((BenchmarkProgress) -> Void)? = nil) throws(BenchmarkError) -> BenchmarkResults {
        let files = try instanceFiles()
        let bestKnown: BestKnownValues
        do {
            bestKnown = try BestKnownValues.load(path: configuration.bestKnownFile)
        } catch {
            throw .format(error)
        }

        var instances: [(path: String, name: String, bestKnown: BestKnownValue)] = []
        for path in files {
            let name = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
            guard let value = bestKnown[name] else {
                throw .missingBestKnownValue(instance: name, file: configuration.bestKnownFile)
            }
            instances.append((path, name, value))
        }

        let runs = instances.count * configuration.seeds.count
        var rows: [BenchmarkRow] = []
        var convergence: [ConvergencePoint] = []
        for instance in instances {
            var territory: Territory
            do {
                territory = try SolomonReader.load(
                    path: instance.path, truncatesToOneDecimal: configuration.truncatesToOneDecimal)
            } catch {
                throw .format(error)
            }
            configuration.objective.apply(to: &territory)

            for seed in configuration.seeds {
                progress?(.started(instance: instance.name, seed: seed, run: rows.count + 1, runs: runs))
                let result = try runOnce(
                    territory: territory, name: instance.name, seed: seed, bestKnown: instance.bestKnown)
                rows.append(result.row)
                convergence += result.convergence
                progress?(.finished(result.row, run: rows.count, runs: runs))
            }
        }
        return BenchmarkResults(rows: rows, convergence: convergence)
    }

    /// Plans one instance with one seed and validates the plan.
    private func runOnce(
        territory: Territory, name: String, seed: UInt64, bestKnown: BestKnownValue
    ) throws(BenchmarkError) -> (row: BenchmarkRow, convergence: [ConvergencePoint]) {
        let options = configuration.options(seed: seed)
        var sampler = ConvergenceSampler(instance: name, seed: seed)
        var iterations = 0

        // The timed part, which the time limit covers, is building the
        // planner (with its travel matrix) and planning, as `giro solve`
        // reports it.
        let clock = ContinuousClock()
        let started = clock.now
        let plan: Plan
        do {
            (_, plan) = try Planner.plan(territory: territory, options: options) { report in
                iterations = report.iterations
                guard let bestObjective = report.bestObjective else { return }
                sampler.record(
                    seconds: Self.seconds(report.elapsed), iterations: report.iterations, bestObjective: bestObjective)
            }
        } catch {
            throw .planning(instance: name, message: error.description)
        }
        let seconds = Self.seconds(clock.now - started)
        sampler.finish(seconds: seconds, iterations: iterations, bestObjective: plan.objective)

        let report: ValidationReport
        do {
            report = try PlanValidator(territory: territory).validate(plan)
        } catch {
            throw .planning(instance: name, message: "the validator cannot time a leg: \(error)")
        }

        let row = BenchmarkRow(
            instance: name, instanceClass: InstanceClass(instanceName: name), seed: seed,
            vehicles: plan.routes.count, distance: plan.routes.reduce(0) { $0 + $1.distance },
            bestKnownDistance: bestKnown.distance, seconds: seconds, iterations: iterations,
            isValid: report.isValid, unplanned: plan.unplanned.count)
        return (row, sampler.points)
    }

    /// Converts a duration to seconds.
    static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }
}
