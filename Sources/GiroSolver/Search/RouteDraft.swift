/// A run of consecutive tasks that a move places in a new route: part of an
/// existing route, possibly reversed, or one task that is not planned.
struct RoutePiece {
    /// Source route, or -1 for the single task `from`.
    var route: Int
    /// First position in the source route, inclusive.
    var from: Int
    /// Last position in the source route, inclusive; less than `from` for an
    /// empty piece.
    var to: Int
    var reversed: Bool

    static let empty = RoutePiece(route: -1, from: 0, to: -1, reversed: false)

    /// Makes a piece of route `route` from `from` through `to`.
    @inline(__always)
    static func range(_ route: Int, _ from: Int, _ to: Int, reversed: Bool = false) -> RoutePiece {
        RoutePiece(route: route, from: from, to: to, reversed: reversed)
    }

    /// Makes a piece of one task that is not in any route.
    @inline(__always)
    static func task(_ task: Int) -> RoutePiece {
        RoutePiece(route: -1, from: task, to: task, reversed: false)
    }

    var isEmpty: Bool { to < from }
    var count: Int { max(0, to - from + 1) }
}

/// The new sequence of one slot after a move, described without copying:
/// the slot's own route up to `prefixEnd` (exclusive), up to three pieces,
/// then route `suffixRoute` from `suffixStart` on.
struct RouteDraft {
    var slot: Int
    var prefixEnd: Int
    var first = RoutePiece.empty
    var second = RoutePiece.empty
    var third = RoutePiece.empty
    var suffixRoute: Int
    var suffixStart: Int

    init(
        slot: Int, prefixEnd: Int, _ first: RoutePiece = .empty, _ second: RoutePiece = .empty,
        _ third: RoutePiece = .empty, suffixRoute: Int? = nil, suffixStart: Int
    ) {
        self.slot = slot
        self.prefixEnd = prefixEnd
        self.first = first
        self.second = second
        self.third = third
        self.suffixRoute = suffixRoute ?? slot
        self.suffixStart = suffixStart
    }

    /// Returns the first, second or third piece.
    @inline(__always)
    func piece(_ index: Int) -> RoutePiece {
        switch index {
        case 0: return first
        case 1: return second
        default: return third
        }
    }
}
