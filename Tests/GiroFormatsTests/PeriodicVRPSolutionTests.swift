import Foundation
import GiroFormats
import Testing

/// The Cordeau periodic VRP instances beside the repository, which are not
/// part of it.
private let sharedPeriodicFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("shared/datasets/pvrp-cordeau").path

@Suite("Periodic VRP solution reader")
struct PeriodicVRPSolutionTests {
    private static let sample = ["524.61", "1   1   118.52   149   0 8 26 0 ", "", "2   3    99.25   160   0 46 5 0"]
        .joined(separator: "\r\n")

    @Test func readsCostAndRoutesWithCRLF() throws {
        let solution = try PeriodicVRPReader.decodeSolution(Self.sample, fileName: "p01.res")

        #expect(solution.cost == 524.61)
        #expect(solution.routes.count == 2)
        #expect(
            solution.routes[0]
                == PeriodicVRPSolution.Route(dayIndex: 0, vehicle: 1, duration: 118.52, load: 149, customerIDs: [8, 26]))
        #expect(solution.routes[1].dayIndex == 1)
        #expect(solution.routes[1].vehicle == 3)
    }

    /// Every reference solution but p11's, which names a node that its
    /// instance lacks, costs what its first row states.
    @Test(.enabled(if: FileManager.default.fileExists(atPath: sharedPeriodicFolder), "needs ../shared/datasets"))
    func sharedReferenceCostsRecompute() throws {
        for number in 1...32 where number != 11 {
            let path = "\(sharedPeriodicFolder)/" + String(format: "p%02d", number)
            let instance = try PeriodicVRPReader.load(path: path + ".txt")
            let solution = try PeriodicVRPReader.loadSolution(path: path + ".res")

            var points = [0: (x: instance.depotX, y: instance.depotY)]
            for customer in instance.customers {
                points[customer.id] = (customer.x, customer.y)
            }
            var cost = 0.0
            for route in solution.routes {
                let nodes = [0] + route.customerIDs + [0]
                for (from, to) in zip(nodes, nodes.dropFirst()) {
                    let a = try #require(points[from])
                    let b = try #require(points[to])
                    cost += ((a.x - b.x) * (a.x - b.x) + (a.y - b.y) * (a.y - b.y)).squareRoot()
                }
            }
            #expect(abs(cost - solution.cost) <= 0.005 + solution.cost * 1e-6, "p\(number)")
        }
    }

    @Test func emptyFileIsRejected() {
        let error = decodingError("")
        #expect(error?.message.contains("empty") == true)
    }

    @Test func routeMustEndAtTheDepot() {
        let error = decodingError(Self.sample.replacingOccurrences(of: "0 46 5 0", with: "0 46 5"))
        #expect(error?.line == 4)
        #expect(error?.column == 7)
        #expect(error?.message.contains("end at the depot") == true)
    }

    @Test func depotInsideARouteIsRejected() {
        let error = decodingError(Self.sample.replacingOccurrences(of: "0 8 26 0", with: "0 8 0 26 0"))
        #expect(error?.line == 2)
        #expect(error?.column == 7)
        #expect(error?.message.contains("inside the route") == true)
    }

    @Test func dayZeroIsRejected() {
        let error = decodingError(Self.sample.replacingOccurrences(of: "2   3    99.25", with: "0   3    99.25"))
        #expect(error?.line == 4)
        #expect(error?.column == 1)
        #expect(error?.value == "0")
    }

    @Test func shortRouteRowIsRejected() {
        let error = decodingError(Self.sample + "\r\n1 2 3.5 10")
        #expect(error?.line == 5)
        #expect(error?.message.contains("at least 6 fields") == true)
    }

    private func decodingError(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) -> FormatError? {
        readerError(text, fileName: "broken.res", sourceLocation: sourceLocation) { (text, fileName) throws(FormatError) in
            try PeriodicVRPReader.decodeSolution(text, fileName: fileName)
        }
    }
}
