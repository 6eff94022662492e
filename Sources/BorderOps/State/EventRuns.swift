import ExactKeys

/// The `EventLocator` of every claimed id, by the id's number (`IDSet.claim`), stored as runs:
/// consecutive numbers whose locators continue one another (a voyage's checks one after
/// another, kept events one after another) share one entry. A log read source by source costs
/// a few entries per voyage instead of bytes per event; the common event only compares with
/// the last run and counts.
struct EventRuns: Sendable {
    struct Run: Sendable {
        var start: Int
        var first: EventLocator
    }

    /// In chunks: a checkpoint written on its own thread shares them, and the next event after
    /// it copies the last chunk, not every run (millions in a large log of many posts at once).
    var runs = ChunkedArray<Run>(chunkShift: 10)
    /// Numbers covered: the next id's number.
    var count = 0
    /// Events voided after they were folded (inside runs, which stay as they are).
    var voidedLater = Set<Int>()

    /// The locator of the id numbered `count`.
    @inline(__always)
    mutating func append(_ locator: EventLocator) {
        let last = runs.count - 1
        if last >= 0 && runs[last].first.isContinued(by: locator, offset: count &- runs[last].start) {
            count += 1
            return
        }
        runs.append(Run(start: count, first: locator))
        count += 1
    }

    subscript(number: Int) -> EventLocator {
        if voidedLater.contains(number) { return .voided }
        let run = runs[runs.partitioningIndex { $0.start > number } - 1]
        return run.first.advanced(by: number - run.start)
    }

    /// A pending id claimed at last (its run is its own: pending locators continue nothing).
    mutating func settle(_ number: Int, as locator: EventLocator) {
        let i = runs.partitioningIndex { $0.start > number } - 1
        precondition(runs[i].start == number && runs[i].first.kind == .pending, "only a pending id is settled")
        runs[i].first = locator
    }

    /// A folded event voided.
    mutating func markVoided(_ number: Int) {
        voidedLater.insert(number)
    }

    /// Entries kept (for measurements and tests).
    var runCount: Int { runs.count }
}
