import Foundation
import Testing

import Giro

@Suite struct VRPTWBenchmarkTests {
    /// Returns a configuration with a small iteration budget and no time limit, so
    /// that runs are fast and deterministic.
    private func configuration(_ instances: TinyInstances, seeds: Int = 2) -> VRPTWBenchmark.Configuration {
        VRPTWBenchmark.Configuration(
            instanceFolder: instances.instanceFolder.path, bestKnownFile: instances.bestKnownFile.path,
            iterationLimit: 20, seedCount: seeds)
    }

    @Test func runsEveryInstanceAndSeed() throws {
        let instances = try TinyInstances()
        defer { instances.remove() }

        let results = try VRPTWBenchmark(configuration: configuration(instances)).run()

        #expect(results.rows.map(\.instance) == ["C101", "C101", "R201", "R201"])
        #expect(results.rows.map(\.seed) == [1, 2, 1, 2])
        #expect(results.rows.map(\.instanceClass) == [.c1, .c1, .r2, .r2])
        for row in results.rows {
            #expect(row.isValid, "\(row.instance) seed \(row.seed)")
            #expect(row.unplanned == 0, "\(row.instance) seed \(row.seed)")
            #expect(row.vehicles >= 1)
            #expect(row.bestKnownDistance == TinyInstances.bestKnown[row.instance])
            let expectedGap = (row.distance - row.bestKnownDistance) / row.bestKnownDistance * 100
            #expect(abs(row.gapPercent - expectedGap) < 1e-9)
            #expect(row.seconds >= 0)
        }
    }

    @Test func gapFollowsItsDefinition() {
        let row = BenchmarkRow(
            instance: "C101", instanceClass: .c1, seed: 1, vehicles: 10, distance: 110, bestKnownDistance: 100,
            seconds: 0.5, iterations: 0, isValid: true, unplanned: 0)

        #expect(abs(row.gapPercent - 10) < 1e-12)
    }

    @Test func everyRunHasConvergencePoints() throws {
        let instances = try TinyInstances()
        defer { instances.remove() }

        let results = try VRPTWBenchmark(configuration: configuration(instances)).run()

        for row in results.rows {
            let points = results.convergence.filter { $0.instance == row.instance && $0.seed == row.seed }
            #expect(!points.isEmpty, "\(row.instance) seed \(row.seed)")
            #expect(points.count <= 200)
        }
    }

    @Test func resultsAreDeterministicWithIterationBudget() throws {
        let instances = try TinyInstances()
        defer { instances.remove() }
        let benchmark = VRPTWBenchmark(configuration: configuration(instances))

        let first = try benchmark.run().rows
        let second = try benchmark.run().rows

        #expect(first.count == second.count)
        for (a, b) in zip(first, second) {
            #expect(a.vehicles == b.vehicles)
            #expect(a.distance == b.distance)
            #expect(a.iterations == b.iterations)
            #expect(a.isValid == b.isValid)
        }
    }

    @Test func progressReportsEveryRun() throws {
        let instances = try TinyInstances()
        defer { instances.remove() }
        var finished: [String] = []

        _ = try VRPTWBenchmark(configuration: configuration(instances)).run { progress in
            if case .finished(let row, let run, let runs) = progress {
                finished.append("\(row.instance)/\(row.seed) \(run) of \(runs)")
            }
        }

        #expect(finished == ["C101/1 1 of 4", "C101/2 2 of 4", "R201/1 3 of 4", "R201/2 4 of 4"])
    }

    @Test func vehiclesObjectiveSetsRouteCost() throws {
        let instances = try TinyInstances()
        defer { instances.remove() }
        var territory = try SolomonReader.load(path: instances.instanceFolder.appendingPathComponent("C101.txt").path)

        BenchmarkObjective.vehiclesThenDistance.apply(to: &territory)
        #expect(territory.settings.routeWeight == BenchmarkObjective.routeCost)
        #expect(territory.settings.distanceWeight == 1)

        BenchmarkObjective.distance.apply(to: &territory)
        #expect(territory.settings.routeWeight == 0)
    }

    @Test func vehiclesObjectiveRunsAndStaysValid() throws {
        let instances = try TinyInstances()
        defer { instances.remove() }
        var configuration = configuration(instances, seeds: 1)
        configuration.objective = .vehiclesThenDistance

        let results = try VRPTWBenchmark(configuration: configuration).run()

        #expect(results.rows.count == 2)
        #expect(results.rows.allSatisfy { $0.isValid })
    }

    @Test func missingBestKnownValueFailsBeforeRunning() throws {
        let instances = try TinyInstances()
        defer { instances.remove() }
        try "instance,vehicles,distance\nC101,2,100\n".write(
            to: instances.bestKnownFile, atomically: true, encoding: .utf8)
        var runs = 0

        let error = #expect(throws: BenchmarkError.self) {
            try VRPTWBenchmark(configuration: configuration(instances)).run { _ in runs += 1 }
        }

        #expect(error == .missingBestKnownValue(instance: "R201", file: instances.bestKnownFile.path))
        #expect(runs == 0)
    }

    @Test func folderWithoutInstancesIsRejected() throws {
        let instances = try TinyInstances()
        defer { instances.remove() }
        let empty = instances.root.appendingPathComponent("empty")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        var configuration = configuration(instances)
        configuration.instanceFolder = empty.path

        let error = #expect(throws: BenchmarkError.self) {
            try VRPTWBenchmark(configuration: configuration).run()
        }

        #expect(error == .noInstances(folder: empty.path))
    }
}
