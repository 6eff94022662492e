/// Things with an id (voyages, operations, checklists, meetings, actions).
public protocol Identified: Sendable {
    var id: String { get }
}

/// Things by id, kept in the order they were first mentioned. A lookup goes through a hash
/// index, except for the id looked up last: consecutive events are nearly always about the same
/// voyage or operation, and comparing two ids is cheaper than hashing one.
public struct KeyedTable<Value: Identified>: Sendable {
    /// In order of first mention.
    public private(set) var values: [Value] = []
    private var index: [ExactKey: Int] = [:]
    /// The value looked up last (its id is compared in place: keeping a copy of the id would
    /// cost a retain and a release on every event).
    private var lastPosition = -1

    public init() {}

    public var count: Int { values.count }
    public var isEmpty: Bool { values.isEmpty }

    public subscript(id: String) -> Value? {
        position(of: id).map { values[$0] }
    }

    public subscript(key: ExactKey) -> Value? { self[key.string] }

    /// Sorted by id in code point order, as the summary lists them.
    public var sortedByID: [Value] {
        values.sorted(byKey: { ExactKey($0.id) }, by: <)
    }

    @inline(__always)
    private func position(of id: String) -> Int? {
        if lastPosition >= 0 && ExactKey.bytesEqual(values[lastPosition].id, id) { return lastPosition }
        return index[ExactKey(id)]
    }

    /// The position of the value with this id, remembered for the next look-up.
    @inline(__always)
    mutating func locate(_ id: String) -> Int? {
        guard let found = position(of: id) else { return nil }
        lastPosition = found
        return found
    }

    /// Adds a value whose id is not in the table yet (`make` values carry the id they were
    /// made for); its position.
    @inline(__always)
    mutating func append(_ value: Value) -> Int {
        let position = values.count
        index[ExactKey(value.id)] = position
        values.append(value)
        lastPosition = position
        return position
    }

    /// The value at a position from `locate` or `append`, changed in place. The fold's
    /// hot paths use these rather than `update`: a closure passed to `update` copies what it
    /// captures (an event's strings) on every call.
    subscript(at position: Int) -> Value {
        get { values[position] }
        _modify { yield &values[position] }
    }

    /// Takes out the value at a position (a thing every event about which was voided); the
    /// values after it move up one place. Costs a pass over the table: it is rare.
    mutating func remove(at position: Int) {
        index[ExactKey(values[position].id)] = nil
        values.remove(at: position)
        for i in position..<values.count { index[ExactKey(values[i].id)] = i }
        lastPosition = -1
    }

    /// Changes the value with this id in place, creating it with `make` on first mention.
    @inline(__always)
    mutating func update(_ id: String, make: () -> Value, _ change: (inout Value) -> Void) {
        let position = locate(id) ?? append(make())
        change(&values[position])
    }
}
