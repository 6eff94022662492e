/// A table's slots as data: written beside its keys (a checkpoint), they make the table again by
/// a copy, without hashing a key. At a million event ids, hashing and placing every id again was
/// the larger half of a start from a checkpoint (issue 19).
extension ExactKeyTable {
    /// What the slots were placed by.
    public var hashSeed: ExactHashSeed { seed }

    /// The seed the slots were placed by, each slot's control byte, and the key position it holds.
    public var layout: (seed: ExactHashSeed, control: [UInt8], positions: [UInt32]) { (seed, control, positions) }

    /// The table `layout` describes, with its keys and values; nil when they cannot be one (a
    /// size that is not a power of two, fuller than a table is let grow, a slot that points past
    /// the keys, not one slot per key). A layout that passes but was not made from these keys
    /// would only hide keys from lookups: the checkpoint holding it is sealed.
    public init?(seed: ExactHashSeed, control: [UInt8], positions: [UInt32], keys: [String], values: [Value]) {
        let size = control.count
        guard size >= 8, size & (size - 1) == 0, positions.count == size, keys.count == values.count,
              keys.count <= size / 4 * 3 else { return nil }
        var occupied = 0
        for slot in 0..<size where control[slot] != 0 {
            guard control[slot] & 0x80 != 0, Int(positions[slot]) < keys.count else { return nil }
            occupied += 1
        }
        guard occupied == keys.count else { return nil }
        self.seed = seed
        self.control = control
        self.positions = positions
        mask = size - 1
        storedKeys = keys
        storedValues = values
    }
}
