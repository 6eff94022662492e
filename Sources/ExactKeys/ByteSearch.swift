/// Whether bytes hold a needle anywhere: the plain first-byte scan that reading a voyage's checks
/// again from its files and the dashboard's search index both use (needles of a few bytes).
public enum ByteSearch {
    /// Whether `bytes` holds `needle` (an empty needle is held nowhere).
    @inlinable
    public static func contains(_ bytes: UnsafeRawBufferPointer, _ needle: [UInt8]) -> Bool {
        guard let first = needle.first, bytes.count >= needle.count else { return false }
        var i = 0
        let last = bytes.count - needle.count
        while i <= last {
            if bytes[i] == first {
                var j = 1
                while j < needle.count && bytes[i + j] == needle[j] { j += 1 }
                if j == needle.count { return true }
            }
            i += 1
        }
        return false
    }
}
