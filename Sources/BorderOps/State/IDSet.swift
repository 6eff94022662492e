import ExactKeys

/// The event ids seen so far, for the duplicate rule: one entry per id, compared by exact bytes.
/// An `ExactKeyTable` without values, so that the pipeline can hash ids on its decoder threads
/// and warm the table before a batch.
package struct IDSet: Sendable {
    var table = ExactKeyTable<Void>()

    package init() {}

    package var count: Int { table.count }

    /// The hash `insert` and `contains` expect.
    @inline(__always)
    package static func hash(_ id: String) -> Int { ExactKeyTable<Void>.hash(id) }

    /// Adds `id`; false when it was already there (a duplicate).
    @discardableResult
    package mutating func insert(_ id: String, hash: Int) -> Bool {
        claim(id, hash: hash).isNew
    }

    /// Adds `id` if it is new; either way its number: ids are numbered from 0 in the order they
    /// were first added, and keep their number.
    @inline(__always)
    package mutating func claim(_ id: String, hash: Int) -> (isNew: Bool, number: Int) {
        let (inserted, position) = table.insert(id, (), hash: hash)
        return (inserted, position)
    }

    /// The number of `id`, if it was added.
    package func number(of id: String, hash: Int) -> Int? { table.position(of: id, hash: hash) }

    package func contains(_ id: String, hash: Int) -> Bool { table.position(of: id, hash: hash) != nil }

    /// See `ExactKeyTable.warm`.
    package func warm(_ hashes: [Int]) -> UInt64 { table.warm(hashes) }

    package mutating func reserveCapacity(_ capacity: Int) { table.reserveCapacity(capacity) }
}

extension IDSet {
    /// Ids known to be distinct, numbered in the order given (read back from a checkpoint).
    init(distinct ids: [String]) {
        table = ExactKeyTable(distinctKeys: ids, values: Array(repeating: (), count: ids.count))
    }
}
