/// A hash table from strings, compared by exact bytes (as `ExactKey`), to values: the fold's
/// hot tables (event ids, a voyage's passengers), where a million keys do not fit in cache.
/// - `ExactHash` instead of SipHash, and the caller may pass a hash computed on another thread
///   (the pipeline's decoders hash event ids while the fold runs);
/// - open addressing with a control byte per slot (empty, or 7 bits of the key's hash), as in
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
    /// What the slots were placed by (the process's, unless read back with the table's own).
    @usableFromInline let seed: ExactHashSeed

    public var keys: [String] { storedKeys }
    public var values: [Value] { storedValues }

    /// `seed`: the process's, unless the table is to go on from one made elsewhere.
    public init(minimumCapacity: Int = 0, seed: ExactHashSeed = .process) {
        let size = Self.tableSize(for: minimumCapacity)
        control = Array(repeating: 0, count: size)
        positions = Array(repeating: 0, count: size)
        mask = size - 1
        self.seed = seed
    }

    /// A table of keys known to be distinct (read back from a checkpoint), at the positions they
    /// are given in: the index is built without comparing keys.
    public init(distinctKeys keys: [String], values: [Value]) {
        precondition(keys.count == values.count, "a value for each key")
        let size = Self.tableSize(for: keys.count)
        control = Array(repeating: 0, count: size)
        positions = Array(repeating: 0, count: size)
        mask = size - 1
        seed = .process
        storedKeys = keys
        storedValues = values
        indexKeys()
    }

    @inlinable public var count: Int { storedKeys.count }

    /// The hash every method expects of a table with the process's seed: `ExactHash` of the
    /// key's bytes.
    @inlinable @inline(__always)
    public static func hash(_ key: String) -> Int { ExactHash.hash(key, seed: .process) }

    /// The hash this table's methods expect (its own seed).
    @inlinable @inline(__always)
    public func hash(of key: String) -> Int { ExactHash.hash(key, seed: seed) }

    /// The hash a table with `seed` expects.
    @inlinable @inline(__always)
    public static func hash(_ key: String, seed: ExactHashSeed) -> Int { ExactHash.hash(key, seed: seed) }

    /// Occupied, with the top 7 bits of the hash (the slot comes from the low bits).
    @inlinable @inline(__always)
    static func tag(_ hash: Int) -> UInt8 { 0x80 | UInt8(truncatingIfNeeded: UInt(bitPattern: hash) >> 57) }

    /// The position of `key` in `keys`, if present.
    @inlinable
    public func position(of key: String, hash: Int) -> Int? {
        let tag = Self.tag(hash)
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
        position(of: key, hash: hash(of: key)).map { storedValues[$0] }
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
        if storedKeys.count + 1 > control.count / 4 * 3 { grow(to: control.count * 2) }
        let tag = Self.tag(hash)
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

    /// Reads the control bytes these hashes start at, so that inserting them soon after finds
    /// them in cache: the reads are independent, so the processor overlaps the misses that
    /// inserts one by one would wait for in turn. Returns a value made from the bytes only so
    /// the reads are not optimised away.
    @inlinable
    public func warm(_ hashes: [Int]) -> UInt64 {
        var sink: UInt64 = 0
        for hash in hashes { sink &+= UInt64(control[hash & mask]) &+ UInt64(positions[hash & mask]) }
        return sink
    }

    /// Room for `capacity` keys in all without growing.
    @inlinable
    public mutating func reserveCapacity(_ capacity: Int) {
        storedKeys.reserveCapacity(capacity)
        storedValues.reserveCapacity(capacity)
        let size = Self.tableSize(for: capacity)
        if size > control.count { grow(to: size) }
    }

    /// A table at most three quarters full at `count` keys.
    @usableFromInline
    static func tableSize(for count: Int) -> Int {
        var size = 8
        while size / 4 * 3 < count { size *= 2 }
        return size
    }

    @usableFromInline
    mutating func grow(to size: Int) {
        control = Array(repeating: 0, count: size)
        positions = Array(repeating: 0, count: size)
        mask = size - 1
        indexKeys()
    }

    /// Places every key in an empty index (keys are distinct: no comparisons).
    @usableFromInline
    mutating func indexKeys() {
        precondition(storedKeys.count < Int(UInt32.max), "more than 4 billion keys")
        for position in storedKeys.indices {
            let hash = hash(of: storedKeys[position])
            var i = hash & mask
            while control[i] != 0 { i = (i + 1) & mask }
            control[i] = Self.tag(hash)
            positions[i] = UInt32(truncatingIfNeeded: position)
        }
    }
}
