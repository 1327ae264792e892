import Foundation
import GiroFormats
import GiroModel
import GiroSolver
import GiroValidator

/// Runs the planner on Cordeau's periodic vehicle routing instances for each
/// seed, validates each plan, and compares its total distance with the
/// reference distance.
///
/// An instance becomes a planar territory (see `territory(for:)`) whose
/// customers have visit patterns: one visit on each day of one of their
/// allowed day combinations. Runs are sequential on the calling thread, and
/// every plan is checked by `PlanValidator`.
public struct PVRPBenchmark: Sendable {
    public struct Configuration: Hashable, Sendable, SeededRuns {
        /// Folder of the instance files; files in its subfolders count too.
        public var instanceFolder: String
        /// CSV file with the columns instance, vehicles and distance.
        public var referenceFile: String
        /// Names of the instances to run, such as `p01`; nil runs every
        /// instance with a reference distance.
        public var instances: [String]?
        public var timeLimit: Double?
        public var iterationLimit: Int?
        public var seedCount: Int
        public var options: PlannerOptions

        public init(
            instanceFolder: String, referenceFile: String, instances: [String]? = nil, timeLimit: Double? = nil,
            iterationLimit: Int? = nil, seedCount: Int = 1, options: PlannerOptions = PlannerOptions()
        ) {
            self.instanceFolder = instanceFolder
            self.referenceFile = referenceFile
            self.instances = instances
            self.timeLimit = timeLimit
            self.iterationLimit = iterationLimit
            self.seedCount = seedCount
            self.options = options
        }
    }

    public var configuration: Configuration

    public init(configuration: Configuration) {
        self.configuration = configuration
    }

    /// Seconds per instance time unit, as for Solomon instances, so that
    /// rounding travel times up to whole seconds stays below 0.001 units
    /// per leg.
    public static let secondsPerUnit = SolomonReader.secondsPerUnit

    /// Turns an instance into a planar territory over its days.
    ///
    /// Each vehicle is a rep at the depot who works every day of the
    /// horizon, which starts on `SolomonReader.planningDate`. A rep's
    /// capacity is the vehicle capacity and its maximum working time the
    /// route duration limit, driving plus service, in instance units of
    /// `secondsPerUnit` seconds. Without a limit, the working day is long
    /// enough for any route. Each customer is open all working day, because
    /// the default opening hours end after 48 hours, which long routes pass.
    /// It has its service time, its demand per visit and one visit pattern
    /// per allowed day combination. Travel is
    /// Euclidean and unrounded, with travel time equal to distance, and the
    /// objective is the total distance.
    ///
    /// NOTE: a rep's limits are the same every day, so an instance whose
    /// days differ gets the smallest capacity and duration limit of its
    /// days. Cordeau's p01 to p32 give every day the same limits.
    public static func territory(for instance: PeriodicVRPInstance) -> Territory {
        let unit = Double(secondsPerUnit)
        let start = SolomonReader.planningDate
        let capacity = instance.days.compactMap(\.capacity).min()
        let limit = instance.days.compactMap(\.maximumDuration).min()
        // Rounding down keeps the limit no looser than the instance's.
        let maximumWorkingTime = limit.map { Int(($0 * unit).rounded(.down)) }
        let day = TimeWindow(start: 0, end: max(maximumWorkingTime ?? Int((longestRoute(instance) * unit).rounded(.up)), 1))
        var hours = WorkingHours()
        for weekday in Weekday.allCases {
            hours[weekday] = day
        }
        let depot = Location.planar(x: instance.depotX, y: instance.depotY)
        let reps = (1...max(instance.vehiclesPerDay, 1)).map {
            Rep(id: "vehicle-\($0)", home: depot, workingHours: hours, maximumWorkingTime: maximumWorkingTime, capacity: capacity)
        }

        let customers = instance.customers.filter { $0.frequency > 0 && !$0.combinations.isEmpty }.map { node in
            Customer(
                id: "\(node.id)", location: .planar(x: node.x, y: node.y),
                visitDuration: Int((node.serviceDuration * unit).rounded()), openingHours: .everyDay([day]),
                demand: node.demand,
                visitPatterns: node.combinations.map { days in days.map { start.adding(days: $0) } })
        }

        let settings = PlanningSettings(drivingTimeWeight: 0, distanceWeight: 1, cadenceWeight: 0)
        return Territory(
            name: instance.name, horizon: Horizon(start: start, days: max(instance.days.count, 1)),
            travel: .euclidean(EuclideanParameters(secondsPerUnit: unit)), settings: settings, reps: reps,
            customers: customers)
    }

    /// Returns a duration, in instance units, that no route exceeds: every
    /// service plus one leg as long as the diagonal of the points' bounding
    /// box per customer and one more.
    private static func longestRoute(_ instance: PeriodicVRPInstance) -> Double {
        let xs = instance.customers.map(\.x) + [instance.depotX]
        let ys = instance.customers.map(\.y) + [instance.depotY]
        let width = (xs.max() ?? 0) - (xs.min() ?? 0)
        let height = (ys.max() ?? 0) - (ys.min() ?? 0)
        let diagonal = (width * width + height * height).squareRoot()
        let service = instance.customers.reduce(0) { $0 + $1.serviceDuration }
        return service + diagonal * Double(instance.customers.count + 1) + 1
    }

    /// Lists the instance files of the folder and its subfolders that have
    /// a reference distance and pass the instance filter, sorted by name.
    /// Other `*.txt` files are returned as skipped.
    ///
    /// - Throws: `BenchmarkError` when the folder cannot be listed, has no
    ///   instance, or the filter names an instance without a file.
    func instanceFiles(references: BestKnownValues) throws(BenchmarkError) -> (files: [String], skipped: [String]) {
        let (files, skipped) = try InstanceFolder.select(
            in: configuration.instanceFolder, family: "periodic VRP", suffix: "txt", selected: configuration.instances,
            referenceFile: configuration.referenceFile, isScored: { references[$0] != nil })
        return (InstanceFolder.sortedByName(files), skipped)
    }

    /// Runs every instance with a reference distance, with every seed.
    ///
    /// - Parameter progress: called after each run with the row, the run's
    ///   number and the number of runs.
    /// - Throws: `BenchmarkError` when the folder, an instance or the
    ///   reference file cannot be read, or the planner rejects an instance.
    public func run(
        progress: ((_ row: PVRPRow, _ run: Int, _ runs: Int) -> Void)? = nil
    ) throws(BenchmarkError) -> (rows: [PVRPRow], skipped: [String]) {
        let references: BestKnownValues
        do {
            references = try BestKnownValues.load(path: configuration.referenceFile)
        } catch {
            throw .format(error)
        }
        let (files, skipped) = try instanceFiles(references: references)

        var instances: [(instance: PeriodicVRPInstance, reference: Double)] = []
        for path in files {
            let instance: PeriodicVRPInstance
            do {
                instance = try PeriodicVRPReader.load(path: path)
            } catch {
                throw .format(error)
            }
            guard let reference = references[instance.name] else {
                throw .missingBestKnownValue(instance: instance.name, file: configuration.referenceFile)
            }
            instances.append((instance, reference.distance))
        }

        let runs = instances.count * configuration.seeds.count
        var rows: [PVRPRow] = []
        for (instance, reference) in instances {
            let territory = Self.territory(for: instance)
            for seed in configuration.seeds {
                let row = try runOnce(territory: territory, instance: instance, seed: seed, reference: reference)
                rows.append(row)
                progress?(row, rows.count, runs)
            }
        }
        return (rows, skipped)
    }

    private func runOnce(
        territory: Territory, instance: PeriodicVRPInstance, seed: UInt64, reference: Double
    ) throws(BenchmarkError) -> PVRPRow {
        let run = try InstanceRun(territory: territory, instance: instance.name, options: configuration.options(seed: seed))
        let plan = run.plan
        let required = territory.customers.reduce(0) { $0 + ($1.visitPatterns.first?.count ?? 0) }
        let visits = plan.routes.reduce(0) { $0 + $1.stops.count }
        return PVRPRow(
            instance: instance.name, seed: seed, distance: plan.routes.reduce(0) { $0 + $1.distance },
            referenceDistance: reference, routes: plan.routes.count, visits: visits,
            missingVisits: max(0, required - visits), seconds: run.seconds, iterations: run.iterations,
            isValid: run.isValid)
    }
}
