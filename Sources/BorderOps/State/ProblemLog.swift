/// The malformed lines a fold keeps, oldest first: at most `limit` of them, so that a file of
/// millions of bad lines costs a fixed amount of memory (the counts stay exact elsewhere).
/// `check` keeps the first ones (a file is fixed from its top); the live dashboard keeps the
/// newest, in a ring, so that each new one costs the same however many came before.
public struct ProblemLog: RandomAccessCollection, Sendable {
    public enum Keeping: Sendable { case first, newest }

    public let limit: Int
    public let keeping: Keeping
    var storage: [LineProblem] = []
    /// Where the oldest kept problem is in `storage` once the ring is full.
    var head = 0
    /// Problems offered but not kept.
    public internal(set) var dropped = 0

    public init(limit: Int, keeping: Keeping) {
        self.limit = Swift.max(0, limit)
        self.keeping = keeping
    }

    public mutating func append(_ problem: LineProblem) {
        if storage.count < limit {
            storage.append(problem)
            return
        }
        dropped += 1
        guard keeping == .newest, limit > 0 else { return }
        storage[head] = problem
        head = head + 1 == limit ? 0 : head + 1
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { storage.count }

    public subscript(position: Int) -> LineProblem {
        let i = head + position
        return storage[i < storage.count ? i : i - storage.count]
    }
}
