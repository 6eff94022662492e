extension Array {
    /// Sorted by a small key computed once per element. The state's values are large structs
    /// (a voyage holds its passenger table); sorting them directly copies and retains them on
    /// every swap, which showed in the dashboard's per-frame cost on a million-event history.
    /// Ties keep their order, so the result is the same on every run.
    @inlinable
    public func sorted<Key>(byKey key: (Element) -> Key, by less: (Key, Key) -> Bool) -> [Element] {
        let keys = map(key)
        let order = indices.sorted { a, b in
            if less(keys[a], keys[b]) { return true }
            if less(keys[b], keys[a]) { return false }
            return a < b
        }
        return order.map { self[$0] }
    }
}
