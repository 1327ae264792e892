import Foundation

/// Two five-customer Solomon instances and their BKS file in a fresh
/// temporary folder, small enough for debug-build tests.
///
/// C101 has its customers on a cross around the depot, and R201 on a line.
/// The best-known distances are round made-up values, so that gaps are
/// easy to recompute: 100 for C101 and 150 for R201.
struct TinyInstances {
    let root: URL
    var instanceFolder: URL { root.appendingPathComponent("instances") }
    var bestKnownFile: URL { root.appendingPathComponent("bks.csv") }

    static let bestKnown = ["C101": 100.0, "R201": 150.0]

    init() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("giro-bench-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: instanceFolder, withIntermediateDirectories: true)

        try Self.instance(
            name: "C101",
            customers: [(10, 0), (0, 10), (-10, 0), (0, -10), (10, 10)]
        ).write(to: instanceFolder.appendingPathComponent("C101.txt"), atomically: true, encoding: .utf8)
        try Self.instance(
            name: "R201",
            customers: [(5, 0), (10, 0), (15, 0), (20, 0), (25, 0)]
        ).write(to: instanceFolder.appendingPathComponent("R201.txt"), atomically: true, encoding: .utf8)

        let bks = """
            instance,vehicles,distance,source
            C101,2,100.0,"made up, for tests"
            R201,1,150.0,"made up, for tests"

            """
        try bks.write(to: bestKnownFile, atomically: true, encoding: .utf8)
    }

    /// Removes the folder.
    func remove() {
        try? FileManager.default.removeItem(at: root)
    }

    /// Returns the text of an instance with a depot at (0, 0) open from 0
    /// to 1000, three vehicles of capacity 100, and customers with demand
    /// 10, service time 5 and the window 0 to 500.
    static func instance(name: String, customers: [(Int, Int)]) -> String {
        var lines = [
            name, "", "VEHICLE", "NUMBER     CAPACITY", "  3         100", "", "CUSTOMER",
            "CUST NO.  XCOORD.   YCOORD.    DEMAND   READY TIME  DUE DATE   SERVICE   TIME", "",
            "    0      0         0          0          0       1000          0",
        ]
        for (index, customer) in customers.enumerated() {
            lines.append("    \(index + 1)      \(customer.0)         \(customer.1)         10          0        500          5")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
