import Synchronization

/// What panes derived from the state on an earlier frame (rows filtered and ordered, totals),
/// kept under the key they were derived for: the revision of the part of the state they read
/// (`StateRevisions`) and the view's own inputs (filter, hidden posts, language). One per feed,
/// handed to the frames with its revisions; frames without one (tests', a fold still catching up)
/// derive everything afresh, as before. Locked: frames are drawn on the dashboard's thread and
/// the tests' threads.
public final class PaneMemo: Sendable {
    enum Slot: Hashable, Sendable {
        case deskShown, timporaRows, meetingActions, operationsRows
        /// Each pane's `SearchIndex` (the desk has two: its KPI reports and its seizures).
        case voyagesIndex, operationsIndex, meetingsIndex, reportsIndex, seizuresIndex
        /// The alerts as the search across panes looks in them (`AlertSearch`).
        case alertsIndex
    }

    private struct Entry: @unchecked Sendable {
        // Only `Sendable` keys and values are stored (`value(_:key:make:)` requires it); the
        // existential is `Any` because a stored `any Hashable & Sendable` cannot be compared.
        let key: AnyHashable
        let value: Any
    }

    /// Each slot's latest few, the latest first: a pane's own, and the same rows asked for with
    /// another filter (the global search) or for another meeting must not push it out.
    private let entries = Mutex<[Slot: [Entry]]>([:])
    private static let capacity = 4
    /// Values made so far (not found kept), for the tests.
    private let makes = Atomic<Int>(0)
    package var made: Int { makes.load(ordering: .relaxed) }

    public init() {}

    /// The value kept in `slot` when it was made for `key`; else `make()`'s, kept for next time.
    func value<Key: Hashable & Sendable, Value: Sendable>(_ slot: Slot, key: Key, make: () -> Value) -> Value {
        let key = AnyHashable(key)
        if let value = entries.withLock({ $0[slot]?.first { $0.key == key }?.value }) as? Value { return value }
        let value = make()
        makes.add(1, ordering: .relaxed)
        entries.withLock { entries in
            var kept = entries[slot, default: []]
            kept.removeAll { $0.key == key }
            kept.insert(Entry(key: key, value: value), at: 0)
            entries[slot] = Array(kept.prefix(Self.capacity))
        }
        return value
    }
}
