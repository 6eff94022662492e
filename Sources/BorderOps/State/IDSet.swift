import ExactKeys

/// The event ids seen so far, for the duplicate rule: one entry per id, compared by exact bytes.
/// A `PackedKeySet` (the ids' bytes end to end, not a string each), hashed with `ExactHash` so
/// that the pipeline can hash ids on its decoder threads and warm the table before a batch.
package struct IDSet: Sendable {
    var table = PackedKeySet()
    /// Ids added while `table` is shared with a checkpoint being written (`setAside`), numbered
    /// after the table's: adding one to the table then would copy all of it (copy on write; a
    /// second or more at 10M ids, on the dashboard's thread).
    var aside: PackedKeySet?

    package init() {}

    /// An empty set keyed by `seed` (tests: a fold as another process made it).
    package init(seed: ExactHashSeed) {
        table = PackedKeySet(seed: seed)
    }

    package var count: Int { table.count + (aside?.count ?? 0) }

    /// The hash `insert` and `contains` expect: with this set's seed (the process's, or the one
    /// it was read back with from a checkpoint).
    @inline(__always)
    package func hash(_ id: String) -> Int { table.hash(of: id) }

    /// What `hash` is keyed by, for hashing ids elsewhere (the pipeline's decoder threads).
    package var seed: ExactHashSeed { table.hashSeed }

    /// `hash(id)` of a set with `seed`.
    @inline(__always)
    package static func hash(_ id: String, seed: ExactHashSeed) -> Int { PackedKeySet.hash(id, seed: seed) }

    /// Adds `id`; false when it was already there (a duplicate).
    @discardableResult
    package mutating func insert(_ id: String, hash: Int) -> Bool {
        claim(id, hash: hash).isNew
    }

    /// Adds `id` if it is new; either way its number: ids are numbered from 0 in the order they
    /// were first added, and keep their number.
    @inline(__always)
    package mutating func claim(_ id: String, hash: Int) -> (isNew: Bool, number: Int) {
        guard aside != nil else {
            let (inserted, number) = table.insert(id, hash: hash)
            return (inserted, number)
        }
        if let number = table.number(of: id, hash: hash) { return (false, number) }
        let (inserted, number) = aside!.insert(id, hash: hash)
        return (inserted, table.count + number)
    }

    /// The number of `id`, if it was added.
    package func number(of id: String, hash: Int) -> Int? {
        if let number = table.number(of: id, hash: hash) { return number }
        return aside?.number(of: id, hash: hash).map { table.count + $0 }
    }

    package func contains(_ id: String, hash: Int) -> Bool { number(of: id, hash: hash) != nil }

    /// From now on new ids go aside, and the table is left as it is (it is being written).
    package mutating func setAside() {
        if aside == nil { aside = PackedKeySet(seed: table.hashSeed) }
    }

    /// The ids set aside added to the table, in order: each keeps its number.
    package mutating func takeBack() {
        guard let kept = aside else { return }
        aside = nil
        for id in kept.keys { _ = table.insert(id, hash: table.hash(of: id)) }
    }

    /// See `PackedKeySet.warm`.
    package func warm(_ hashes: [Int]) -> UInt64 { table.warm(hashes) }

    /// Not while ids are set aside: the table is shared then, and growing it would copy it.
    package mutating func reserveCapacity(_ capacity: Int) {
        if aside == nil { table.reserveCapacity(capacity) }
    }
}

extension IDSet {
    /// A table read back from a checkpoint, with its own seed and slots.
    init(table: PackedKeySet) {
        self.table = table
    }
}
