import GiroModel

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Finds the pairs of locations that lie closer than a distance without
/// comparing every pair. Locations are bucketed into cubic cells as large as
/// the distance. Each one is compared only with the locations of its own cell
/// and the 26 cells around it.
///
/// Geographic locations become Earth-centred Cartesian points in metres. The
/// straight-line distance between two of them is the chord, which differs
/// from the great-circle distance by less than 0.001 % up to 100 km. Planar
/// locations keep their x and y in instance units. Geographic and planar
/// locations are never paired, and locations with only a matrix index, or
/// with coordinates too large for the grid, are left out.
enum LocationGrid {
    /// A pair of indices into the input, first < second, and their distance.
    struct Pair: Hashable {
        let first: Int
        let second: Int
        let distance: Double
    }

    /// Returns every pair of `locations` strictly closer than `distance`,
    /// sorted by their indices.
    ///
    /// - Complexity: O(n + p) expected for n locations and p pairs found,
    ///   as long as no cell contains a large share of the locations.
    static func pairs(of locations: [Location], closerThan distance: Double) -> [Pair] {
        guard distance > 0, distance.isFinite else { return [] }

        // Cells smaller than 1 cm would make cell numbers too large for Int.
        let cellSize = max(distance, 0.01)
        var cells: [Cell: [Int]] = [:]
        var points: [Point?] = []
        for (index, location) in locations.enumerated() {
            let point = Point(location)
            let cell = point.flatMap { Cell(of: $0, size: cellSize) }
            points.append(cell == nil ? nil : point)
            if let cell {
                cells[cell, default: []].append(index)
            }
        }

        var found: [Pair] = []
        for (cell, members) in cells {
            for neighbour in cell.neighbourhood {
                guard let others = cells[neighbour] else { continue }
                for first in members {
                    for second in others where first < second {
                        guard let a = points[first], let b = points[second], a.isGeographic == b.isGeographic else {
                            continue
                        }
                        let gap = a.distance(to: b)
                        if gap < distance {
                            found.append(Pair(first: first, second: second, distance: gap))
                        }
                    }
                }
            }
        }
        return found.sorted { ($0.first, $0.second) < ($1.first, $1.second) }
    }

    /// A location as a point in metres (geographic) or instance units
    /// (planar).
    private struct Point {
        let x: Double
        let y: Double
        let z: Double
        let isGeographic: Bool

        /// Mean Earth radius in metres, as the travel model uses.
        static let earthRadius = 6_371_008.8

        init?(_ location: Location) {
            switch location.coordinate {
            case .geographic(let latitude, let longitude):
                guard abs(latitude) <= 90, abs(longitude) <= 180 else { return nil }
                let phi = latitude * Double.pi / 180
                let lambda = longitude * Double.pi / 180
                let horizontal = Point.earthRadius * cos(phi)
                x = horizontal * cos(lambda)
                y = horizontal * sin(lambda)
                z = Point.earthRadius * sin(phi)
                isGeographic = true
            case .planar(let planeX, let planeY):
                guard planeX.isFinite, planeY.isFinite else { return nil }
                x = planeX
                y = planeY
                z = 0
                isGeographic = false
            case .none:
                return nil
            }
        }

        func distance(to other: Point) -> Double {
            let dx = x - other.x
            let dy = y - other.y
            let dz = z - other.z
            return (dx * dx + dy * dy + dz * dz).squareRoot()
        }
    }

    /// The integer coordinates of a grid cell.
    private struct Cell: Hashable {
        let x: Int
        let y: Int
        let z: Int

        /// The cell of a point, or nil when the cell number would not fit an
        /// Int comfortably.
        init?(of point: Point, size: Double) {
            let scaled = [point.x / size, point.y / size, point.z / size]
            guard scaled.allSatisfy({ abs($0) < 1e15 }) else { return nil }
            x = Int(scaled[0].rounded(.down))
            y = Int(scaled[1].rounded(.down))
            z = Int(scaled[2].rounded(.down))
        }

        private init(x: Int, y: Int, z: Int) {
            self.x = x
            self.y = y
            self.z = z
        }

        /// This cell and the 26 cells that touch it.
        var neighbourhood: [Cell] {
            var cells: [Cell] = []
            for dx in -1...1 {
                for dy in -1...1 {
                    for dz in -1...1 {
                        cells.append(Cell(x: x + dx, y: y + dy, z: z + dz))
                    }
                }
            }
            return cells
        }
    }
}
