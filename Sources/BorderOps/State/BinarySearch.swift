extension RandomAccessCollection where Index == Int {
    /// The first index whose element satisfies `belongs`, which must be false then true along
    /// the collection (a binary search).
    @inlinable
    public func partitioningIndex(where belongs: (Element) -> Bool) -> Int {
        var low = startIndex, high = endIndex
        while low < high {
            let mid = (low + high) / 2
            if belongs(self[mid]) { high = mid } else { low = mid + 1 }
        }
        return low
    }
}
