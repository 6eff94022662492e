#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The first and the latest bytes read from a followed file (at most `size` each): what a
/// file renamed over it must hold at the same places to be the same file grown (a Syncthing or
/// `rsync` delivery), checked with two bounded reads, never the whole file.
struct ReadFingerprint {
    /// How much of the start and of the end of what was read a replacement must match.
    static let size = 4096

    private(set) var head: [UInt8] = []
    private(set) var recent: [UInt8] = []

    init() {}

    /// What a checkpoint kept (`FilePosition`).
    init(head: [UInt8], recent: [UInt8]) {
        self.head = head
        self.recent = recent
    }

    /// Keeps the first bytes, and a window of the latest.
    mutating func remember(_ chunk: UnsafeRawBufferPointer) {
        let limit = Self.size
        if head.count < limit { head.append(contentsOf: chunk.prefix(limit - head.count)) }
        if chunk.count >= limit {
            recent = Array(chunk.suffix(limit))
        } else {
            recent.append(contentsOf: chunk)
            if recent.count > limit { recent.removeFirst(recent.count - limit) }
        }
    }

    /// Whether the file open on `fd` holds the same first bytes, and the same latest bytes
    /// ending at `offset` (where reading stopped).
    func matches(_ fd: Int32, endingAt offset: Int64) -> Bool {
        Self.read(fd, count: head.count, at: 0) == head
            && Self.read(fd, count: recent.count, at: offset - Int64(recent.count)) == recent
    }

    static func read(_ fd: Int32, count: Int, at position: Int64) -> [UInt8]? {
        var bytes = [UInt8](repeating: 0, count: count)
        var done = 0
        while done < count {
            let n = bytes.withUnsafeMutableBytes { pread(fd, $0.baseAddress! + done, count - done, off_t(position) + off_t(done)) }
            if n < 0 && errno == EINTR { continue }
            guard n > 0 else { return nil }
            done += n
        }
        return bytes
    }
}
