#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The integrity chain of one file, taken as its bytes are read (docs/event-format.md,
/// "Integrity"): the running hash over every `\n`-ended line, and each line's `prev` checked
/// against it. Fed in chunks of any size, in bounded memory (a line is kept only up to the
/// format's limit, for its `prev`; its hash is taken piece by piece), so a file of any size is
/// checked in one pass. The core of `verify`, of the anchors reports print, and of an appender
/// finding the hash its next line carries.
public struct FileChain {
    public struct Break: Sendable, Equatable, CustomStringConvertible {
        public var line: Int
        public var reason: String
        public var description: String { "line \(line): \(reason)" }
    }

    /// Complete lines read: every `\n`-ended line, blank and malformed ones included.
    public private(set) var lines = 0
    /// Lines that carry `prev` (broken ones included).
    public private(set) var links = 0
    /// The last line that carries `prev`, 0 when none does.
    public private(set) var lastLink = 0
    /// The first link that does not hold: a `prev` that differs from the running hash, or is not
    /// 64 lower-case hex digits.
    public private(set) var firstBreak: Break?
    /// The running hash after the last complete line (`h(lines)`).
    public private(set) var hash: RunningHash
    /// The running hash at each line asked for (`pinning`), once read: what an anchor is checked
    /// against. Line 0 is `h0`.
    public private(set) var pinned: [Int: RunningHash] = [:]

    private let start: RunningHash
    /// Whether line 1 here is the file's first line (where a byte-order mark may stand).
    private let atFileStart: Bool
    private let pins: [Int]
    private var nextPin = 0
    /// The last link that held: a changed line lies after it (its own bytes are covered only
    /// by the next link).
    private var lastGoodLink = 0
    /// The hash of the line being read, when it came across more than one chunk.
    private var partialHasher: LineHasher?
    /// The first bytes of that line, for its `prev` (at most `scanLimit + 1`).
    private var partial: [UInt8] = []
    private var partialLength = 0

    /// Room for the longest line that can carry `prev`: the format's limit, plus a byte-order
    /// mark and a `\r`. Longer lines are malformed and are hashed but never scanned.
    static let scanLimit = LineSplitter.maximumLineBytes + 4

    /// A chain from the start of a file (`h0`), recording the hash at each line in `pinning`.
    public init(pinning: [Int] = []) {
        self.init(after: .initial, atFileStart: true, pinning: pinning)
    }

    /// A chain that goes on from `start` (an appender resuming at a line that carries it).
    init(after start: RunningHash, atFileStart: Bool, pinning: [Int] = []) {
        self.start = start
        self.atFileStart = atFileStart
        hash = start
        pins = Array(Set(pinning)).filter { $0 >= 0 }.sorted()
        pinReached()
    }

    /// Starts again from line 1 (the file was truncated or replaced, and is read again).
    public mutating func reset() {
        self = FileChain(after: start, atFileStart: atFileStart, pinning: pins)
    }

    /// Lines at the end that no link covers: a line is covered once a later line carries `prev`,
    /// so the last link itself and every line after it are not; without links, none is.
    public var uncovered: Int { lastLink == 0 ? lines : lines - lastLink + 1 }

    /// Bytes of an incomplete last line (no `\n` yet).
    public var partialLineBytes: Int { partialLength }

    /// The running hash with an incomplete last line counted as a line: what an appender that
    /// ends that line with a `\n` before its own line chains from.
    var hashEndingPartialLine: RunningHash { partialHasher?.finish() ?? hash }

    public mutating func feed(_ chunk: UnsafeRawBufferPointer) {
        guard let base = chunk.baseAddress, !chunk.isEmpty else { return }
        var offset = 0
        while offset < chunk.count {
            guard let hit = memchr(base + offset, 0x0A, chunk.count - offset) else {
                keepPartial(UnsafeRawBufferPointer(start: base + offset, count: chunk.count - offset))
                return
            }
            let end = base.distance(to: UnsafeRawPointer(hit))
            let piece = UnsafeRawBufferPointer(start: base + offset, count: end - offset)
            if partialHasher != nil {
                keepPartial(piece)
                let length = partialLength
                let hasher = partialHasher!
                partial.withUnsafeBytes { complete(scan: length <= Self.scanLimit ? $0 : nil, hasher: hasher) }
                partialHasher = nil
                partial.removeAll(keepingCapacity: partial.count <= 1 << 16)
                partialLength = 0
            } else {
                var hasher = LineHasher(after: hash)
                hasher.add(piece)
                complete(scan: piece.count <= Self.scanLimit ? piece : nil, hasher: hasher)
            }
            offset = end + 1
        }
    }

    private mutating func keepPartial(_ piece: UnsafeRawBufferPointer) {
        if partialHasher == nil { partialHasher = LineHasher(after: hash) }
        partialHasher!.add(piece)
        let room = Self.scanLimit + 1 - partial.count
        if room > 0 { partial.append(contentsOf: piece.prefix(room)) }
        partialLength += piece.count
    }

    /// One more complete line: its `prev` (when `scan` holds the line) checked against the hash
    /// so far, then the hash moved on.
    private mutating func complete(scan: UnsafeRawBufferPointer?, hasher: LineHasher) {
        lines += 1
        let field = scan.map { PrevField.find(in: $0, firstLine: lines == 1 && atFileStart) } ?? .absent
        switch field {
        case .absent:
            break
        case .hash(let claimed):
            links += 1
            lastLink = lines
            if claimed == hash {
                lastGoodLink = lines
            } else {
                noteBreak("prev does not match the running hash: \(suspects) changed, or lines were added or removed there")
            }
        case .invalid(let reason):
            links += 1
            lastLink = lines
            noteBreak(reason)
        }
        hash = hasher.finish()
        pinReached()
    }

    /// Where a change that broke the current line's link can be: after the last link that held
    /// (whose own bytes no earlier link covers), up to this line's `prev`.
    private var suspects: String {
        let from = max(lastGoodLink, 1)
        return from >= lines ? "this line's prev" : from == lines - 1 ? "line \(from) or this prev" : "lines \(from)-\(lines - 1) or this prev"
    }

    private mutating func noteBreak(_ reason: String) {
        if firstBreak == nil { firstBreak = Break(line: lines, reason: reason) }
    }

    private mutating func pinReached() {
        while nextPin < pins.count && pins[nextPin] <= lines {
            if pins[nextPin] == lines { pinned[lines] = hash }
            nextPin += 1
        }
    }
}
