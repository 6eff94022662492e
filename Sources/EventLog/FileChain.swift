import Dispatch

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
///
/// A chunk's whole lines are hashed on one core while their `prev` fields are found on another
/// (the hash is a chain and cannot be split; finding `prev` needs no hash): `verify` then keeps
/// pace with the two-thread fold.
public struct FileChain {
    public struct Break: Sendable, Equatable, CustomStringConvertible {
        public var line: Int
        public var reason: ChainBreakReason
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
    /// Scratch for one chunk: where its whole lines end, their hashes and their `prev` fields.
    private var lineEnds: [Int] = []
    private var hashes: [RunningHash] = []
    private var fields: [PrevField] = []

    /// Room for the longest line that can carry `prev`: the format's limit, plus a byte-order
    /// mark and a `\r`. Longer lines are malformed and are hashed but never scanned.
    static let scanLimit = LineSplitter.maximumLineBytes + 4
    /// Fewer whole lines than this in a chunk are done on one thread (a followed file's few new
    /// lines): handing work over would cost more than it saves.
    static let parallelLines = 256
    /// Whether a chunk's lines may be hashed on two threads at once; off behind a live
    /// dashboard, whose appends would otherwise wait for a core (`ChainJob`).
    var usesTwoCores = true

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
        // A line begun in an earlier chunk ends first.
        if partialHasher != nil {
            guard let hit = memchr(base, 0x0A, chunk.count) else {
                keepPartial(chunk)
                return
            }
            let end = base.distance(to: UnsafeRawPointer(hit))
            keepPartial(UnsafeRawBufferPointer(start: base, count: end))
            let after = partialHasher!.finish()
            let length = partialLength
            partial.withUnsafeBytes { line in
                let scan = length <= Self.scanLimit ? line : nil
                complete(scan.map { PrevField.find(in: $0, firstLine: lines == 0 && atFileStart) } ?? .absent, in: scan, then: after)
            }
            partialHasher = nil
            partial.removeAll(keepingCapacity: partial.count <= 1 << 16)
            partialLength = 0
            offset = end + 1
        }
        // Then the lines that lie whole in this chunk.
        let first = offset
        lineEnds.removeAll(keepingCapacity: true)
        while offset < chunk.count, let hit = memchr(base + offset, 0x0A, chunk.count - offset) {
            let end = base.distance(to: UnsafeRawPointer(hit))
            lineEnds.append(end)
            offset = end + 1
        }
        wholeLines(chunk, from: first)
        // What is left waits for its newline.
        if offset < chunk.count { keepPartial(UnsafeRawBufferPointer(start: base + offset, count: chunk.count - offset)) }
    }

    /// The lines of `chunk` that end at `lineEnds`, the first starting at `first`: hashed on this
    /// thread while another finds their `prev` fields, then checked in order.
    private mutating func wholeLines(_ chunk: UnsafeRawBufferPointer, from first: Int) {
        let count = lineEnds.count
        guard count > 0 else { return }
        let starts = lines == 0 && atFileStart
        let before = hash
        hashes.removeAll(keepingCapacity: true)
        hashes.append(contentsOf: repeatElement(before, count: count))
        fields.removeAll(keepingCapacity: true)
        fields.append(contentsOf: repeatElement(.absent, count: count))
        lineEnds.withUnsafeBufferPointer { ends in
            hashes.withUnsafeMutableBufferPointer { hashes in
                fields.withUnsafeMutableBufferPointer { fields in
                    let work = ChunkWork(chunk: chunk, first: first, ends: ends, before: before, startsFile: starts,
                                         hashes: hashes, fields: fields)
                    if count < Self.parallelLines || !usesTwoCores {
                        work.findAll()
                        work.hashAll()
                    } else {
                        DispatchQueue.concurrentPerform(iterations: 2) { part in
                            if part == 0 { work.hashAll() } else { work.findAll() }
                        }
                    }
                }
            }
        }
        var start = first
        for i in 0..<count {
            let line = UnsafeRawBufferPointer(rebasing: chunk[start..<lineEnds[i]])
            complete(fields[i], in: line, then: hashes[i])
            start = lineEnds[i] + 1
        }
    }

    private mutating func keepPartial(_ piece: UnsafeRawBufferPointer) {
        if partialHasher == nil { partialHasher = LineHasher(after: hash) }
        partialHasher!.add(piece)
        let room = Self.scanLimit + 1 - partial.count
        if room > 0 { partial.append(contentsOf: piece.prefix(room)) }
        partialLength += piece.count
    }

    /// One more complete line: its `prev` (`field`, found in `line`) checked against the hash so
    /// far, then the hash moved on to `after`.
    private mutating func complete(_ field: PrevField, in line: UnsafeRawBufferPointer?, then after: RunningHash) {
        lines += 1
        switch field {
        case .absent:
            break
        case .text(let range):
            check(UnsafeRawBufferPointer(rebasing: line![range]))
        case .unescaped(let bytes):
            bytes.withUnsafeBytes { check($0) }
        case .invalid(let reason):
            links += 1
            lastLink = lines
            noteBreak(reason)
        }
        hash = after
        pinReached()
    }

    /// A `prev` value against the hash so far.
    private mutating func check(_ claimed: UnsafeRawBufferPointer) {
        links += 1
        lastLink = lines
        if hash.matches(claimed) {
            lastGoodLink = lines
        } else if !RunningHash.isLowerHex(claimed) {
            noteBreak(PrevField.notHex)
        } else {
            noteBreak(.mismatch(suspectsFrom: max(lastGoodLink, 1)))
        }
    }

    private mutating func noteBreak(_ reason: ChainBreakReason) {
        if firstBreak == nil { firstBreak = Break(line: lines, reason: reason) }
    }

    private mutating func pinReached() {
        while nextPin < pins.count && pins[nextPin] <= lines {
            if pins[nextPin] == lines { pinned[lines] = hash }
            nextPin += 1
        }
    }
}

/// One chunk's two jobs over its whole lines, each writing only its own buffer: safe to run on
/// two threads at once, as `wholeLines` does (and waits for both before touching the buffers).
private struct ChunkWork: @unchecked Sendable {
    let chunk: UnsafeRawBufferPointer
    let first: Int
    let ends: UnsafeBufferPointer<Int>
    let before: RunningHash
    let startsFile: Bool
    let hashes: UnsafeMutableBufferPointer<RunningHash>
    let fields: UnsafeMutableBufferPointer<PrevField>

    func hashAll() {
        var running = before
        var start = first
        for i in ends.indices {
            running = running.adding(line: UnsafeRawBufferPointer(rebasing: chunk[start..<ends[i]]))
            hashes[i] = running
            start = ends[i] + 1
        }
    }

    func findAll() {
        var start = first
        for i in ends.indices {
            let line = UnsafeRawBufferPointer(rebasing: chunk[start..<ends[i]])
            if line.count <= FileChain.scanLimit { fields[i] = PrevField.find(in: line, firstLine: i == 0 && startsFile) }
            start = ends[i] + 1
        }
    }
}
