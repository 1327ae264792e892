/// Working memory for pricing chain tasks that a move shifts between days.
///
/// `newDay` holds, for each task a move touches, its day after the move (-1
/// for unplanned) and `Int.min` for every other task. Each evaluation
/// leaves it as it found it, so one instance serves every evaluation.
///
/// The buffers are raw memory that the instance owns, because the search
/// calls `record` for every task that a move shifts. Arrays in class
/// properties would pay a dynamic exclusivity check on each of those writes.
final class ChainScratch {
    /// Day after the move per task, `Int.min` when untouched.
    let newDay: UnsafeMutableBufferPointer<Int>
    /// Tasks with a day in `newDay`, in the order recorded.
    private let touched: UnsafeMutableBufferPointer<Int>
    /// Chains whose days the move changes.
    private let chains: UnsafeMutableBufferPointer<Int>
    /// Room for the days of one chain.
    let days: UnsafeMutableBufferPointer<Int>
    /// The number of entries in `touched` and in `chains`.
    private let counts: UnsafeMutableBufferPointer<Int>

    /// - Parameters:
    ///   - chainCount: the number of chains.
    ///   - longestChain: the maximum number of tasks in one chain.
    init(taskCount: Int, chainCount: Int, longestChain: Int) {
        newDay = .allocate(capacity: max(1, taskCount))
        newDay.initialize(repeating: Int.min)
        touched = .allocate(capacity: max(1, taskCount))
        touched.initialize(repeating: 0)
        chains = .allocate(capacity: max(1, chainCount))
        chains.initialize(repeating: 0)
        days = .allocate(capacity: max(1, longestChain))
        days.initialize(repeating: 0)
        counts = .allocate(capacity: 2)
        counts.initialize(repeating: 0)
    }

    deinit {
        newDay.deallocate()
        touched.deallocate()
        chains.deallocate()
        days.deallocate()
        counts.deallocate()
    }

    /// Tasks recorded since the last reset.
    var touchedTasks: UnsafeMutableBufferPointer<Int>.SubSequence { touched[0..<counts[0]] }

    /// Chains added since the last reset.
    var changedChains: UnsafeMutableBufferPointer<Int>.SubSequence { chains[0..<counts[1]] }

    /// Records that `task` ends on `day`; a later record wins.
    @inline(__always)
    func record(_ task: Int, day: Int) {
        if newDay[task] == Int.min {
            touched[counts[0]] = task
            counts[0] += 1
        }
        newDay[task] = day
    }

    /// Adds a chain once.
    @inline(__always)
    func addChain(_ chain: Int) {
        for index in 0..<counts[1] where chains[index] == chain {
            return
        }
        chains[counts[1]] = chain
        counts[1] += 1
    }

    /// Forgets every record and chain.
    func reset() {
        for index in 0..<counts[0] {
            newDay[touched[index]] = Int.min
        }
        counts[0] = 0
        counts[1] = 0
    }
}
