extension Array {
    /// The first index whose element satisfies `belongs`, which must be false then true along
    /// the array (a binary search).
    public func partitioningIndex(where belongs: (Element) -> Bool) -> Int {
        var low = 0, high = count
        while low < high {
            let mid = (low + high) / 2
            if belongs(self[mid]) { high = mid } else { low = mid + 1 }
        }
        return low
    }
}
