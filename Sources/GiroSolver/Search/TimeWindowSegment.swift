/// Timing summary of a part of a route, so that routes can be joined and
/// checked in constant time (Vidal, Crainic, Gendreau and Prins, 2013).
///
/// A segment is a sequence of visits served one after the other, with
/// waiting allowed. It records the shortest duration from the first service
/// start to the last service end, and the time warp: how much the windows
/// would have to be stretched, zero when they all hold. It also records the
/// earliest and latest first service start that achieve that duration, the
/// arc cost, benefit and load of the visits, and the locations at its ends.
///
/// Times are whole seconds. The depot at the start of a route is a segment
/// whose window is the span in which the rep may leave, and the depot at the
/// end one whose window is the span in which the rep may be back.
///
/// The summary is exact for visits with one service window at a known
/// location, on days without a break rule or widening appointment. For
/// anything else it is only a necessary condition (see `SearchModel`).
struct TimeWindowSegment {
    /// Location index of the first stop.
    var firstLocation: Int
    /// Location index of the last stop.
    var lastLocation: Int
    /// Setup the first stop needs when reached from another location, in
    /// seconds.
    var firstSetup: Int
    /// Shortest time from the first service start to the end of the last
    /// service, waiting included, in seconds.
    var duration: Int
    /// Total amount by which windows are missed, in seconds; zero for a
    /// feasible segment.
    var timeWarp: Int
    /// Earliest first service start that achieves `duration`.
    var earliestStart: Int
    /// Latest first service start that achieves `duration`.
    var latestStart: Int
    /// Sum of the arc costs inside the segment, in objective units.
    var cost: Double
    /// Sum of the cadence benefits of its visits on the route's day.
    var benefit: Double
    var load: Double

    /// Makes a one-visit segment.
    @inline(__always)
    init(location: Int, setup: Int, service: Int, window: (start: Int, end: Int), benefit: Double, demand: Double) {
        firstLocation = location
        lastLocation = location
        firstSetup = setup
        duration = service
        timeWarp = 0
        earliestStart = window.start
        latestStart = window.end
        cost = 0
        self.benefit = benefit
        load = demand
    }

    /// Makes a depot segment, which has no service and may be passed at any
    /// time in `window`.
    @inline(__always)
    init(depot location: Int, window: (start: Int, end: Int)) {
        self.init(location: location, setup: 0, service: 0, window: window, benefit: 0, demand: 0)
    }

    /// Appends `next`, reached from this segment's last stop after `travel`
    /// seconds of driving at `arcCost`. Setup is charged when the two ends
    /// are at different locations.
    ///
    /// - Complexity: O(1).
    @inline(__always)
    func joined(with next: TimeWindowSegment, travel: Int, arcCost: Double) -> TimeWindowSegment {
        let gap = travel &+ (lastLocation == next.firstLocation ? 0 : next.firstSetup)
        let delta = duration &- timeWarp &+ gap
        let waiting = max(next.earliestStart &- delta &- latestStart, 0)
        let warp = max(earliestStart &+ delta &- next.latestStart, 0)

        var result = self
        result.lastLocation = next.lastLocation
        result.duration = duration &+ next.duration &+ gap &+ waiting
        result.timeWarp = timeWarp &+ next.timeWarp &+ warp
        result.earliestStart = max(next.earliestStart &- delta, earliestStart) &- waiting
        result.latestStart = min(next.latestStart &- delta, latestStart) &+ warp
        result.cost = cost + next.cost + arcCost
        result.benefit = benefit + next.benefit
        result.load = load + next.load
        return result
    }
}
