import Foundation
import GiroFormats
import GiroModel
import GiroSolver
import GiroValidator

/// Runs the planner on team orienteering instances with time windows, for
/// each number of tours and seed, validates each plan, and compares its
/// score with the best-known score.
///
/// An instance becomes a one-day territory (see `territory(for:tours:)`).
/// The tours are reps at the depot whose working hours are the depot's
/// window. Every point is a customer whose one visit is worth its score
/// through the cadence term of the objective. Runs are sequential on the
/// calling thread, and every plan is checked by `PlanValidator`.
public struct TOPTWBenchmark: Sendable {
    public struct Configuration: Hashable, Sendable, SeededRuns {
        /// Folder of the instance files; files in its subfolders count too.
        public var instanceFolder: String
        public var bestKnownFile: String
        /// The numbers of tours to run.
        public var tours: ClosedRange<Int>
        public var timeLimit: Double?
        public var iterationLimit: Int?
        public var seedCount: Int
        public var options: PlannerOptions

        public init(
            instanceFolder: String, bestKnownFile: String, tours: ClosedRange<Int> = 1...4, timeLimit: Double? = nil,
            iterationLimit: Int? = nil, seedCount: Int = 1, options: PlannerOptions = PlannerOptions()
        ) {
            self.instanceFolder = instanceFolder
            self.bestKnownFile = bestKnownFile
            self.tours = tours
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

    /// Turns an instance into a one-day territory with `tours` reps.
    ///
    /// Each tour is a rep at the depot who works from the depot's window
    /// opening to its closing, the time budget of a tour. Each point with a
    /// positive score is a customer with the point's service time and window
    /// for the start of service. Its cadence makes exactly one visit in the
    /// horizon worth its score: a 2-day interval, a last visit the day
    /// before the horizon and `dueAfter` 0.5 allow a visit on the only day,
    /// which halves the cadence cost `priority × (2 / 2)²`. With the score as
    /// priority and a cadence weight of twice `scoreWeight`, a visit saves
    /// `score × scoreWeight`. That weight exceeds the longest total
    /// distance the tours can drive, so no distance saving ever outweighs one
    /// point of score, and distance only breaks ties. Travel is Euclidean and
    /// unrounded; times are instance units of `secondsPerUnit` seconds.
    public static func territory(for instance: TOPTWInstance, tours: Int) -> Territory {
        let unit = Double(secondsPerUnit)
        let date = SolomonReader.planningDate
        let day = TimeWindow(
            start: Int((instance.depot.windowOpen * unit).rounded()), end: Int((instance.depot.windowClose * unit).rounded()))
        var hours = WorkingHours()
        for weekday in Weekday.allCases {
            hours[weekday] = day
        }
        let depot = Location.planar(x: instance.depot.x, y: instance.depot.y)
        let reps = (1...max(tours, 1)).map { Rep(id: "tour-\($0)", home: depot, workingHours: hours) }

        let customers = instance.customers.filter { $0.score > 0 }.map { point in
            let window = TimeWindow(
                start: Int((point.windowOpen * unit).rounded()), end: Int((point.windowClose * unit).rounded()))
            return Customer(
                id: "\(point.id)", location: .planar(x: point.x, y: point.y),
                visitDuration: Int((point.serviceDuration * unit).rounded()), openingHours: .everyDay([window]),
                cadenceDays: 2, lastVisit: date.adding(days: -1), priority: point.score, dueAfter: 0.5)
        }

        let settings = PlanningSettings(
            drivingTimeWeight: 0, distanceWeight: 1, cadenceWeight: 2 * scoreWeight(instance, tours: tours))
        return Territory(
            name: "\(instance.name) m=\(tours)", horizon: Horizon(start: date, days: 1),
            travel: .euclidean(EuclideanParameters(secondsPerUnit: unit)), settings: settings, reps: reps,
            customers: customers)
    }

    /// Returns the objective's weight of one point of score: ten times the
    /// longest total distance that the tours can drive. That is the number
    /// of tours times the depot's window length, as travel time equals
    /// distance.
    static func scoreWeight(_ instance: TOPTWInstance, tours: Int) -> Double {
        10 * Double(max(tours, 1)) * max(instance.depot.windowClose - instance.depot.windowOpen, 1)
    }

    /// Lists the instance files of the folder and its subfolders that have
    /// a best-known score for some number of tours in the configuration,
    /// sorted by name. Other `*.txt` files, such as a format description,
    /// are returned as skipped.
    func instanceFiles(scores: TOPTWBestKnownScores) throws(BenchmarkError) -> (files: [String], skipped: [String]) {
        let folder = configuration.instanceFolder
        var files: [String] = []
        var skipped: [String] = []
        for (name, path) in try InstanceFolder.textFiles(in: folder, family: "TOPTW") {
            if configuration.tours.contains(where: { scores[name, tours: $0] != nil }) {
                files.append(path)
            } else {
                skipped.append(path)
            }
        }
        guard !files.isEmpty else { throw .noInstances(folder: folder) }
        return (InstanceFolder.sortedByName(files), skipped.sorted())
    }

    /// Runs every instance with every number of tours that has a best-known
    /// score, and every seed.
    ///
    /// - Parameter progress: called after each run with the row, the run's
    ///   number and the number of runs.
    /// - Throws: `BenchmarkError` when the folder, an instance or the score
    ///   file cannot be read, or the planner rejects an instance.
    public func run(
        progress: ((_ row: TOPTWRow, _ run: Int, _ runs: Int) -> Void)? = nil
    ) throws(BenchmarkError) -> (rows: [TOPTWRow], skipped: [String]) {
        let scores: TOPTWBestKnownScores
        do {
            scores = try TOPTWBestKnownScores.load(path: configuration.bestKnownFile)
        } catch {
            throw .format(error)
        }
        let (files, skipped) = try instanceFiles(scores: scores)

        var instances: [(instance: TOPTWInstance, tours: [(Int, Double)])] = []
        for path in files {
            let instance: TOPTWInstance
            do {
                instance = try TOPTWReader.load(path: path)
            } catch {
                throw .format(error)
            }
            let tours = configuration.tours.compactMap { tours in scores[instance.name, tours: tours].map { (tours, $0) } }
            instances.append((instance, tours))
        }

        let runs = instances.reduce(0) { $0 + $1.tours.count } * configuration.seeds.count
        var rows: [TOPTWRow] = []
        for (instance, tours) in instances {
            for (count, bestKnown) in tours {
                let territory = Self.territory(for: instance, tours: count)
                for seed in configuration.seeds {
                    let row = try runOnce(territory: territory, instance: instance, tours: count, seed: seed, bestKnown: bestKnown)
                    rows.append(row)
                    progress?(row, rows.count, runs)
                }
            }
        }
        return (rows, skipped)
    }

    private func runOnce(
        territory: Territory, instance: TOPTWInstance, tours: Int, seed: UInt64, bestKnown: Double
    ) throws(BenchmarkError) -> TOPTWRow {
        let run = try InstanceRun(territory: territory, instance: instance.name, options: configuration.options(seed: seed))
        let plan = run.plan
        let scoreByID = Dictionary(territory.customers.map { ($0.id, $0.priority) }, uniquingKeysWith: { first, _ in first })
        let visited = plan.routes.flatMap(\.stops).compactMap(\.customerID)
        return TOPTWRow(
            instance: instance.name, tours: tours, seed: seed, score: visited.reduce(0) { $0 + (scoreByID[$1] ?? 0) },
            bestKnownScore: bestKnown, visits: visited.count, seconds: run.seconds, iterations: run.iterations,
            isValid: run.isValid)
    }
}
