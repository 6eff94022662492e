/// Things with an id (voyages, operations, checklists, meetings, actions).
public protocol Identified: Sendable {
    var id: String { get }
}

/// Things by id, kept in the order they were first mentioned. A lookup goes through a hash
/// index, except for the id looked up last: consecutive events are nearly always about the same
/// voyage or operation, and comparing two ids is cheaper than hashing one.
///
/// The values are kept in chunks of 256: a copy of the table (a checkpoint's, written on its own
/// thread while appends arrive) shares them, and a change after it copies one chunk, not every
/// voyage.
public struct KeyedTable<Value: Identified>: Sendable {
    /// In order of first mention.
    public var values: ChunkedArray<Value> { storedValues }
    // Stored apart from the read-only `values` so that the inlinable methods (the fold
    // specialises them in its own module) can change it.
    @usableFromInline var storedValues = ChunkedArray<Value>(chunkShift: 8)
    @usableFromInline var index: [ExactKey: Int] = [:]
    /// The value looked up last (its id is compared in place: keeping a copy of the id would
    /// cost a retain and a release on every event).
    @usableFromInline var lastPosition = -1

    public init() {}

    /// Room for `count` values, when it is known (a checkpoint says it): the values and the
    /// index are not copied again and again as they double.
    public init(reservingCapacity count: Int) {
        storedValues.reserveCapacity(count)
        index.reserveCapacity(count)
    }

    @inlinable public var count: Int { storedValues.count }
    @inlinable public var isEmpty: Bool { storedValues.isEmpty }

    @inlinable
    public subscript(id: String) -> Value? {
        position(of: id).map { storedValues[$0] }
    }

    @inlinable
    public subscript(key: ExactKey) -> Value? { self[key.string] }

    /// Sorted by id in code point order, as the summary lists them.
    public var sortedByID: [Value] {
        storedValues.sorted(byKey: { ExactKey($0.id) }, by: <)
    }

    @inlinable @inline(__always)
    public func position(of id: String) -> Int? {
        if lastPosition >= 0 && ExactKey.bytesEqual(storedValues[lastPosition].id, id) { return lastPosition }
        return index[ExactKey(id)]
    }

    /// The position of the value with this id, remembered for the next look-up.
    @inlinable @inline(__always)
    public mutating func locate(_ id: String) -> Int? {
        guard let found = position(of: id) else { return nil }
        lastPosition = found
        return found
    }

    /// Adds a value whose id is not in the table yet (`make` values carry the id they were
    /// made for); its position.
    @inlinable @inline(__always)
    public mutating func append(_ value: Value) -> Int {
        let position = storedValues.count
        index[ExactKey(value.id)] = position
        storedValues.append(value)
        lastPosition = position
        return position
    }

    /// The value at a position from `locate` or `append`, changed in place. The fold's
    /// hot paths use these rather than `update`: a closure passed to `update` copies what it
    /// captures (an event's strings) on every call.
    @inlinable
    public subscript(at position: Int) -> Value {
        _read { yield storedValues[position] }
        _modify { yield &storedValues[position] }
    }

    /// Takes out the value at a position (a thing every event about which was voided); the
    /// values after it move up one place. Costs a pass over the table: it is rare.
    public mutating func remove(at position: Int) {
        index[ExactKey(storedValues[position].id)] = nil
        var rest = Array(storedValues)
        rest.remove(at: position)
        storedValues = ChunkedArray(rest, chunkShift: storedValues.shift)
        for i in position..<storedValues.count { index[ExactKey(storedValues[i].id)] = i }
        lastPosition = -1
    }

    /// Changes the value with this id in place, creating it with `make` on first mention.
    @inlinable @inline(__always)
    public mutating func update(_ id: String, make: () -> Value, _ change: (inout Value) -> Void) {
        let position = locate(id) ?? append(make())
        change(&storedValues[position])
    }
}
