#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One complete line handed out by a reader. `bytes` is valid only during the callback.
public struct LineRef {
    /// 1-based; every `\n`-ended line counts, blank ones included.
    public var number: Int
    /// The line without `\n` or `\r\n` (and without a byte-order mark on line 1). When the line
    /// is longer than the limit, only its first `LineSplitter.maximumLineBytes + 1` bytes.
    public var bytes: UnsafeRawBufferPointer
    /// The full length without the line ending, even when `bytes` was cut.
    public var length: Int
}

/// Turns a byte stream into complete lines. A last line without its `\n` waits in the splitter
/// until the newline arrives, so it is handed out exactly once. Memory stays bounded: a line
/// longer than the limit is kept only up to the limit and counted to its end.
public struct LineSplitter: Sendable {
    /// 1 MiB, not counting the line ending.
    public static let maximumLineBytes = 1_048_576

    /// Complete lines handed out so far.
    public private(set) var linesCompleted = 0
    private var pending: [UInt8] = []
    private var pendingLength = 0

    public init() {}

    /// Bytes of an incomplete last line waiting for its newline.
    public var partialLineBytes: Int { pendingLength }

    /// Starts after `lines` complete lines (a file taken up where a checkpoint left it).
    public init(linesCompleted lines: Int) {
        linesCompleted = lines
    }

    /// Forgets the partial line and restarts line numbers (a truncated or replaced file).
    public mutating func reset() {
        linesCompleted = 0
        pending.removeAll(keepingCapacity: false)
        pendingLength = 0
    }

    public mutating func feed(_ chunk: UnsafeRawBufferPointer, _ emit: (LineRef) -> Void) {
        guard let base = chunk.baseAddress, chunk.count > 0 else { return }
        var start = 0
        while start < chunk.count {
            let remaining = chunk.count - start
            guard let hit = memchr(base + start, 0x0A, remaining) else {
                keepPartial(UnsafeRawBufferPointer(start: base + start, count: remaining))
                return
            }
            let end = base.distance(to: UnsafeRawPointer(hit))
            let piece = UnsafeRawBufferPointer(start: base + start, count: end - start)
            if pendingLength == 0 {
                finish(piece, length: piece.count, emit)
            } else {
                keepPartial(piece)
                let length = pendingLength
                pending.withUnsafeBytes { finish($0, length: length, emit) }
                pending.removeAll(keepingCapacity: true)
                pendingLength = 0
            }
            start = end + 1
        }
    }

    private mutating func keepPartial(_ piece: UnsafeRawBufferPointer) {
        // Keep one byte past the limit so that a `\r` before the `\n` can still be told apart.
        let room = Self.maximumLineBytes + 1 - pending.count
        if room > 0 { pending.append(contentsOf: piece.prefix(room)) }
        pendingLength += piece.count
    }

    private mutating func finish(_ raw: UnsafeRawBufferPointer, length rawLength: Int, _ emit: (LineRef) -> Void) {
        linesCompleted += 1
        var line = raw
        var length = rawLength
        // A cut line is too long either way; only a whole one can end in a `\r` we know of.
        if line.last == 0x0D && rawLength == line.count {
            line = UnsafeRawBufferPointer(rebasing: line.dropLast())
            length -= 1
        }
        if linesCompleted == 1, line.count >= 3, line[0] == 0xEF, line[1] == 0xBB, line[2] == 0xBF {
            line = UnsafeRawBufferPointer(rebasing: line.dropFirst(3))
            length -= 3
        }
        emit(LineRef(number: linesCompleted, bytes: line, length: length))
    }
}
