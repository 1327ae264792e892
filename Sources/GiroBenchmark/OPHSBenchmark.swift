import Foundation
import GiroFormats
import GiroModel
import GiroSolver
import GiroValidator

/// Runs the planner on orienteering instances with hotel selection for each
/// seed, validates each plan, checks its tour against the instance, and
/// compares its score with the optimal score.
///
/// An instance becomes a territory of one rep whose trips are working days
/// and whose nights are spent at hotels the planner chooses (see
/// `territory(for:)`). Runs are sequential on the calling thread; every plan
/// is checked by `PlanValidator` and by an independent reading of its tour
/// (`OPHSTour`).
public struct OPHSBenchmark: Sendable {
    public struct Configuration: Hashable, Sendable, SeededRuns {
        /// Folder of the instance files (`*.ophs`); files in its subfolders
        /// count too, and a file's folder names its set.
        public var instanceFolder: String
        /// CSV file with the columns instance, best_score and known_optimum.
        public var optimumFile: String
        /// Names of the instances to run, such as `T1-65-1-2`; nil runs every
        /// instance with an optimal score.
        public var instances: [String]?
        public var timeLimit: Double?
        public var iterationLimit: Int?
        public var seedCount: Int
        public var options: PlannerOptions

        public init(
            instanceFolder: String, optimumFile: String, instances: [String]? = nil, timeLimit: Double? = nil,
            iterationLimit: Int? = nil, seedCount: Int = 1, options: PlannerOptions = PlannerOptions()
        ) {
            self.instanceFolder = instanceFolder
            self.optimumFile = optimumFile
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

    /// Seconds per instance length unit. Travel times are rounded up to
    /// whole seconds, so at a million seconds a unit a trip's rounding stays
    /// below 10⁻⁴ units even with a hundred legs, under the published
    /// lengths' last digit.
    public static let secondsPerUnit = 1_000_000

    /// Returns the trips that the territory plans, each with its 1-based
    /// number in the instance and its length limit. Trips of length 0 are
    /// left out: they visit nothing and end where they start, so leaving
    /// them out changes no tour.
    public static func plannedTrips(of instance: OPHSInstance) -> [(number: Int, length: Double)] {
        instance.tripLengths.enumerated().filter { $0.element > 0 }.map { ($0.offset + 1, $0.element) }
    }

    /// Most trips of positive length that a territory can plan: one per
    /// weekday, because working hours are set per weekday.
    public static let maximumPlannedTrips = 7

    /// Turns an instance into a territory of one rep over one day per trip.
    /// An instance with more than `maximumPlannedTrips` trips of positive
    /// length gets wrong limits, because days of the same weekday share
    /// them; `run` rejects it.
    ///
    /// The rep lives at the start hotel, and the horizon, from
    /// `SolomonReader.planningDate` (a Monday), ends at the end hotel. Each
    /// trip of positive length is a working day from 0 to its length in
    /// instance units of `secondsPerUnit` seconds, rounded up, so that
    /// driving equals length. Every night may be spent at any other hotel,
    /// all in reach, by the planner's choice and at no cost. A night at the
    /// start hotel is a night at home. Each vertex with a positive score is a
    /// customer, open all day with no visit time, whose visit is worth its
    /// score. It is due on the first day (a 28-day interval, last visited 28
    /// days before) and its priority is the score. With a cadence weight of
    /// 0, the planner's due penalty of a billion times the priority outweighs
    /// any distance, so distance only breaks ties. Travel is Euclidean and
    /// unrounded.
    public static func territory(for instance: OPHSInstance) -> Territory {
        let unit = Double(secondsPerUnit)
        let start = SolomonReader.planningDate
        let trips = plannedTrips(of: instance).map(\.length)
        let longest = Int(((trips.max() ?? 0) * unit).rounded(.up))
        // Every hotel is in reach of every vertex, so that no night is spent
        // at a vertex: the bounding box's diagonal bounds every leg.
        let points = instance.hotels + instance.vertices
        let width = (points.map(\.x).max() ?? 0) - (points.map(\.x).min() ?? 0)
        let height = (points.map(\.y).max() ?? 0) - (points.map(\.y).min() ?? 0)
        let reach = Int(((width * width + height * height).squareRoot() * unit).rounded(.up)) + 1

        var hours = WorkingHours()
        for (day, length) in trips.enumerated() {
            hours[start.adding(days: day).weekday] = TimeWindow(start: 0, end: Int((length * unit).rounded(.up)))
        }
        let hotels = instance.hotels.enumerated().dropFirst().map { index, point in
            Hotel(id: "H\(index)", location: .planar(x: point.x, y: point.y))
        }
        let rule = OvernightRule(
            allowedNights: Set(Weekday.allCases), maximumDriveToHotel: reach, hotels: hotels,
            hotelChoice: .anyInReach)
        let home = instance.hotels[0]
        let rep = Rep(
            id: "tour", home: .planar(x: home.x, y: home.y), workingHours: hours, overnightRule: rule)

        let open = TimeWindow(start: 0, end: max(longest, 1))
        let customers = instance.vertices.enumerated().filter { $0.element.score > 0 }.map { index, point in
            Customer(
                id: "\(index + 1)", location: .planar(x: point.x, y: point.y), visitDuration: 0,
                openingHours: .everyDay([open]), cadenceDays: 28, lastVisit: start.adding(days: -28),
                priority: point.score, dueAfter: 0.5)
        }

        let end = instance.hotels[1]
        let settings = PlanningSettings(drivingTimeWeight: 0, distanceWeight: 1, cadenceWeight: 0, nightCost: 0)
        return Territory(
            name: instance.name,
            horizon: Horizon(start: start, days: max(trips.count, 1), endLocation: .planar(x: end.x, y: end.y)),
            travel: .euclidean(EuclideanParameters(secondsPerUnit: unit)), settings: settings, reps: [rep],
            customers: customers)
    }

    /// Lists the instance files of the folder and its subfolders that have
    /// an optimal score and pass the instance filter, sorted by name. Other
    /// `*.ophs` files are returned as skipped.
    ///
    /// - Throws: `BenchmarkError` when the folder cannot be listed, has no
    ///   instance, or the filter names an instance without a file.
    func instanceFiles(scores: OPHSOptimalScores) throws(BenchmarkError) -> (files: [String], skipped: [String]) {
        let (files, skipped) = try InstanceFolder.select(
            in: configuration.instanceFolder, family: "OPHS", suffix: "ophs", selected: configuration.instances,
            referenceFile: configuration.optimumFile, isScored: { scores[$0] != nil })
        return (files.sorted(by: OPHSBenchmark.runOrder), skipped)
    }

    /// Orders paths by folder, then file name, so that each set's
    /// instances run together.
    static func runOrder(_ first: String, _ second: String) -> Bool {
        let a = (setName(of: first), (first as NSString).lastPathComponent)
        let b = (setName(of: second), (second as NSString).lastPathComponent)
        return a < b
    }

    /// Returns the name of the folder a file lies in, such as `SET_1-2`.
    static func setName(of path: String) -> String {
        ((path as NSString).deletingLastPathComponent as NSString).lastPathComponent
    }

    /// Runs every instance with an optimal score, with every seed.
    ///
    /// - Parameter progress: called after each run with the row, the run's
    ///   number and the number of runs.
    /// - Throws: `BenchmarkError` when the folder, an instance or the score
    ///   file cannot be read, or the planner rejects an instance.
    public func run(
        progress: ((_ row: OPHSRow, _ run: Int, _ runs: Int) -> Void)? = nil
    ) throws(BenchmarkError) -> (rows: [OPHSRow], skipped: [String]) {
        let scores: OPHSOptimalScores
        do {
            scores = try OPHSOptimalScores.load(path: configuration.optimumFile)
        } catch {
            throw .format(error)
        }
        let (files, skipped) = try instanceFiles(scores: scores)

        var instances: [(instance: OPHSInstance, set: String, optimum: Double)] = []
        for path in files {
            let instance: OPHSInstance
            do {
                instance = try OPHSReader.load(path: path)
            } catch {
                throw .format(error)
            }
            guard let optimum = scores[instance.name] else {
                throw .missingBestKnownValue(instance: instance.name, file: configuration.optimumFile)
            }
            let trips = Self.plannedTrips(of: instance).count
            guard trips <= Self.maximumPlannedTrips else {
                throw .planning(
                    instance: instance.name,
                    message: "the instance has \(trips) trips of positive length, but the benchmark plans at most "
                        + "\(Self.maximumPlannedTrips), one per weekday; leave the instance out with --instances")
            }
            instances.append((instance, Self.setName(of: path), optimum))
        }

        let runs = instances.count * configuration.seeds.count
        var rows: [OPHSRow] = []
        for (instance, set, optimum) in instances {
            let territory = Self.territory(for: instance)
            for seed in configuration.seeds {
                let row = try runOnce(territory: territory, instance: instance, set: set, seed: seed, optimum: optimum)
                rows.append(row)
                progress?(row, rows.count, runs)
            }
        }
        return (rows, skipped)
    }

    private func runOnce(
        territory: Territory, instance: OPHSInstance, set: String, seed: UInt64, optimum: Double
    ) throws(BenchmarkError) -> OPHSRow {
        let run = try InstanceRun(territory: territory, instance: instance.name, options: configuration.options(seed: seed))
        let vertexByCustomer = Dictionary(
            instance.vertices.indices.map { ("\($0 + 1)", $0) }, uniquingKeysWith: { first, _ in first })
        let tour = OPHSTour(
            plan: run.plan, instance: instance, trips: Self.plannedTrips(of: instance),
            start: territory.horizon.start, vertexByCustomer: vertexByCustomer)
        return OPHSRow(
            instance: instance.name, set: set, seed: seed, score: tour.score, optimalScore: optimum,
            visits: tour.visits, extraHotelNights: tour.extraHotelNights, seconds: run.seconds,
            iterations: run.iterations, isValid: run.isValid, violation: run.firstViolation, tourProblem: tour.problem)
    }
}
