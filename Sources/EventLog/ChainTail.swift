#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The running hash at the end of an event file, for the next line an appender writes, found
/// without reading the whole file: lines are looked at backwards from the end until one carries
/// a well-formed `prev`; the hash goes on from that value over that line and every line after
/// it (another writer's lines without `prev`, an incomplete last line that the appender is
/// about to end). Only when no line carries one is the whole file hashed, from `h0`.
///
/// The trust this places in the file: the last well-formed `prev` is taken as it stands, not
/// checked against the lines before it (that would mean reading everything, on every append).
/// A forged or damaged `prev` there makes the new line chain from a wrong value; `verify`, which
/// recomputes from line 1, still reports the first broken link (the forged one, or a line before
/// it), so appending never hides a break. A `prev` that is not 64 lower-case hex digits is passed
/// over: the search goes on to an earlier line.
enum ChainTail {
    struct ReadFailure: Error {
        var code: Int32
    }

    /// The running hash of the file open on `fd` (read-only) as it is `size` bytes long, an
    /// incomplete last line counted as a line.
    static func hash(_ fd: Int32, size: Int64) throws(ReadFailure) -> RunningHash {
        guard size > 0 else { return .initial }
        var backwards = BackwardNewlines(fd: fd)
        var lineBytes: [UInt8] = []
        // The last line ends at the file's end, or before its final `\n`.
        var lineEnd = try backwards.byte(at: size - 1) == 0x0A ? size - 1 : size
        while true {
            let lineStart = try backwards.newline(before: lineEnd).map { $0 + 1 } ?? 0
            let length = lineEnd - lineStart
            if length <= FileChain.scanLimit {
                try read(fd, count: Int(length), at: lineStart, into: &lineBytes)
                if let claimed = lineBytes.withUnsafeBytes({ wellFormedPrev($0, firstLine: lineStart == 0) }) {
                    return try hashForward(fd, from: lineStart, to: size, chain: FileChain(after: claimed, atFileStart: lineStart == 0))
                }
            }
            guard lineStart > 0 else { break }
            lineEnd = lineStart - 1
        }
        return try hashForward(fd, from: 0, to: size, chain: FileChain())
    }

    /// The line's `prev` when it is 64 lower-case hex digits.
    private static func wellFormedPrev(_ line: UnsafeRawBufferPointer, firstLine: Bool) -> RunningHash? {
        switch PrevField.find(in: line, firstLine: firstLine) {
        case .text(let range): return RunningHash(hexBytes: UnsafeRawBufferPointer(rebasing: line[range]))
        case .unescaped(let bytes): return bytes.withUnsafeBytes { RunningHash(hexBytes: $0) }
        case .absent, .invalid: return nil
        }
    }

    /// Feeds the bytes from `start` to `end` through `chain`.
    private static func hashForward(_ fd: Int32, from start: Int64, to end: Int64, chain: FileChain) throws(ReadFailure) -> RunningHash {
        var chain = chain
        var buffer = [UInt8](repeating: 0, count: 1 << 20)
        var offset = start
        while offset < end {
            let wanted = Int(min(Int64(buffer.count), end - offset))
            let n = buffer.withUnsafeMutableBytes { pread(fd, $0.baseAddress, wanted, off_t(offset)) }
            if n < 0 && errno == EINTR { continue }
            if n < 0 { throw ReadFailure(code: errno) }
            if n == 0 { break }  // shorter than it was under the lock: cannot be, but never loop
            buffer.withUnsafeBytes { chain.feed(UnsafeRawBufferPointer(rebasing: $0[0..<n])) }
            offset += Int64(n)
        }
        return chain.hashEndingPartialLine
    }

    private static func read(_ fd: Int32, count: Int, at position: Int64, into bytes: inout [UInt8]) throws(ReadFailure) {
        bytes.removeAll(keepingCapacity: true)
        bytes.append(contentsOf: repeatElement(0, count: count))
        var done = 0
        while done < count {
            let n = bytes.withUnsafeMutableBytes { pread(fd, $0.baseAddress! + done, count - done, off_t(position) + off_t(done)) }
            if n < 0 && errno == EINTR { continue }
            if n < 0 { throw ReadFailure(code: errno) }
            if n == 0 { throw ReadFailure(code: EIO) }
            done += n
        }
    }
}

/// Finds `\n` bytes backwards from a position, through a window read 64 KiB at a time.
private struct BackwardNewlines {
    let fd: Int32
    private var window = [UInt8](repeating: 0, count: 1 << 16)
    private var windowStart: Int64 = 0
    private var windowEnd: Int64 = 0

    init(fd: Int32) { self.fd = fd }

    mutating func byte(at position: Int64) throws(ChainTail.ReadFailure) -> UInt8 {
        try load(endingAt: position + 1)
        return window[Int(position - windowStart)]
    }

    /// The offset of the last `\n` before `position`, or nil when there is none.
    mutating func newline(before position: Int64) throws(ChainTail.ReadFailure) -> Int64? {
        var end = position
        while end > 0 {
            if !(windowStart < end && end <= windowEnd) { try load(endingAt: end) }
            let count = Int(end - windowStart)
            if let hit = window[..<count].lastIndex(of: 0x0A) { return windowStart + Int64(hit) }
            end = windowStart
        }
        return nil
    }

    private mutating func load(endingAt end: Int64) throws(ChainTail.ReadFailure) {
        let start = max(0, end - Int64(window.count))
        let count = Int(end - start)
        var done = 0
        while done < count {
            let n = window.withUnsafeMutableBytes { pread(fd, $0.baseAddress! + done, count - done, off_t(start) + off_t(done)) }
            if n < 0 && errno == EINTR { continue }
            if n < 0 { throw ChainTail.ReadFailure(code: errno) }
            if n == 0 { throw ChainTail.ReadFailure(code: EIO) }
            done += n
        }
        windowStart = start
        windowEnd = end
    }
}
