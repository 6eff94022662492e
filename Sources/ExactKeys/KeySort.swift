extension RandomAccessCollection where Index == Int {
    /// Sorted by a small key computed once per element. The state's values are large structs
    /// (a voyage holds its passenger table); sorting them directly copies and retains them on
    /// every swap, which showed in the dashboard's per-frame cost on a million-event history.
    /// Ties keep their order, so the result is the same on every run.
    @inlinable
    public func sorted<Key>(byKey key: (Element) -> Key, by less: (Key, Key) -> Bool) -> [Element] {
        let keys = map(key) // from 0, whatever the collection's first index
        let order = indices.sorted { a, b in
            let (x, y) = (keys[a - startIndex], keys[b - startIndex])
            if less(x, y) { return true }
            if less(y, x) { return false }
            return a < b
        }
        return order.map { self[$0] }
    }
}
