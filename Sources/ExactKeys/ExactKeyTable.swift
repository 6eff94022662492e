/// A hash table from strings, compared by exact bytes (as `ExactKey`), to values: the fold's
/// hot tables (a voyage's passengers; event ids are in `PackedKeySet`, the same slots with the
/// keys packed), where a million keys do not fit in cache.
/// - `ExactHash` instead of SipHash, the hash computed once by the caller and passed in;
/// - open addressing (`SlotRules`) with a control byte per slot (empty, or 7 bits of the key's hash), as in
///   SwissTable: a new key is placed after reading only control bytes, one byte per slot, so
///   the part of the table every insert touches is a few MB; a key is compared only when its 7
///   bits match (the same key, or 1 time in 128), and writing the slot does not wait for memory.
/// Keys and values are kept densely in arrival order; a slot holds a position in that list.
public struct ExactKeyTable<Value: Sendable>: Sendable {
    @usableFromInline var control: [UInt8]
    @usableFromInline var positions: [UInt32]
    // Stored apart from the read-only `keys` and `values` so that the inlinable methods (the
    // fold specialises them in its own module) can append.
    @usableFromInline var storedKeys: [String] = []
    @usableFromInline var storedValues: [Value] = []
    @usableFromInline var mask: Int

    public var keys: [String] { storedKeys }
    public var values: [Value] { storedValues }

    /// With no capacity asked for, no room is made until the first key (one shared empty slot,
    /// which every look-up reads as absent): most voyages' tables are made and never filled
    /// (a checkpoint's voyages keep their passengers as bytes), four allocations each.
    public init(minimumCapacity: Int = 0) {
        guard minimumCapacity > 0 else {
            (control, positions, mask) = (SlotRules.vacantControl, SlotRules.vacantPositions, 0)
            return
        }
        let size = SlotRules.size(for: minimumCapacity)
        (control, positions, mask) = SlotRules.empty(size)
    }

    /// A table of keys known to be distinct (read back from a checkpoint), at the positions they
    /// are given in: the index is built without comparing keys.
    public init(distinctKeys keys: [String], values: [Value]) {
        precondition(keys.count == values.count, "a value for each key")
        let size = SlotRules.size(for: keys.count)
        (control, positions, mask) = SlotRules.empty(size)
        storedKeys = keys
        storedValues = values
        indexKeys()
    }

    @inlinable public var count: Int { storedKeys.count }

    /// The hash every method expects: `ExactHash` of the key's bytes, with the process's seed.
    @inlinable @inline(__always)
    public static func hash(_ key: String) -> Int { ExactHash.hash(key, seed: .process) }

    /// The position of `key` in `keys`, if present.
    @inlinable
    public func position(of key: String, hash: Int) -> Int? {
        let tag = SlotRules.tag(hash)
        var i = hash & mask
        while true {
            let c = control[i]
            if c == 0 { return nil }
            if c == tag, ExactKey.bytesEqual(storedKeys[Int(positions[i])], key) { return Int(positions[i]) }
            i = (i + 1) & mask
        }
    }

    @inlinable
    public subscript(key: String) -> Value? {
        position(of: key, hash: Self.hash(key)).map { storedValues[$0] }
    }

    /// Sets the value of `key`; returns the value it replaces, or nil for a new key.
    @inlinable @discardableResult
    public mutating func updateValue(_ value: Value, forKey key: String, hash: Int) -> Value? {
        let (inserted, position) = insert(key, value, hash: hash)
        if inserted { return nil }
        let old = storedValues[position]
        storedValues[position] = value
        return old
    }

    /// The position of `key` in `keys`, adding it with `value` when it is new (`inserted`); an
    /// existing key keeps its value. Positions never change: keys are only ever added.
    @inlinable @inline(__always)
    public mutating func insert(_ key: String, _ value: @autoclosure () -> Value, hash: Int) -> (inserted: Bool, position: Int) {
        if storedKeys.count + 1 > control.count / 4 * 3 { grow(to: max(SlotRules.size(for: 0), control.count * 2)) }
        let tag = SlotRules.tag(hash)
        var i = hash & mask
        while true {
            let c = control[i]
            if c == 0 {
                let position = storedKeys.count
                control[i] = tag
                positions[i] = UInt32(truncatingIfNeeded: position)
                storedKeys.append(key)
                storedValues.append(value())
                return (true, position)
            }
            if c == tag {
                let position = Int(positions[i])
                if ExactKey.bytesEqual(storedKeys[position], key) { return (false, position) }
            }
            i = (i + 1) & mask
        }
    }

    /// The value at a position `insert` or `position(of:hash:)` gave, changed in place.
    @inlinable
    public subscript(at position: Int) -> Value {
        get { storedValues[position] }
        _modify { yield &storedValues[position] }
    }

    /// Room for `capacity` keys in all without growing.
    @inlinable
    public mutating func reserveCapacity(_ capacity: Int) {
        storedKeys.reserveCapacity(capacity)
        storedValues.reserveCapacity(capacity)
        let size = SlotRules.size(for: capacity)
        if size > control.count { grow(to: size) }
    }

    @usableFromInline
    mutating func grow(to size: Int) {
        (control, positions, mask) = SlotRules.empty(size)
        indexKeys()
    }

    /// Places every key in an empty index (keys are distinct: no comparisons).
    @usableFromInline
    mutating func indexKeys() {
        precondition(storedKeys.count < Int(UInt32.max), "more than 4 billion keys")
        for position in storedKeys.indices {
            SlotRules.place(position, hash: Self.hash(storedKeys[position]), control: &control, positions: &positions, mask: mask)
        }
    }
}
