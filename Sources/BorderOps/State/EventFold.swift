/// Where a line came from: the source's display path and its 1-based line number.
public struct LineOrigin: Sendable, Equatable, CustomStringConvertible {
    public var source: String
    public var line: Int
    public init(source: String, line: Int) {
        self.source = source
        self.line = line
    }
    public var description: String { "\(source):\(line)" }
}

/// A malformed line, reported as `FILE:LINE: reason`.
public struct LineProblem: Sendable, Equatable, CustomStringConvertible {
    public var origin: LineOrigin
    public var reason: String
    public init(origin: LineOrigin, reason: String) {
        self.origin = origin
        self.reason = reason
    }
    public var description: String { "\(origin): \(reason)" }
}

/// The headless summary's line counts: `lines = folded + malformed + duplicates + unknown`.
public struct LineCounts: Sendable, Equatable {
    public var lines = 0, folded = 0, malformed = 0, duplicates = 0, unknown = 0
    public init() {}
}

/// Lines in, state out: classifies each complete line (blank, malformed, duplicate, unknown,
/// folded), keeps the counts and the malformed lines, and folds valid events into the state.
/// Ids are global across sources; a malformed line claims no id.
public struct EventFold: Sendable {
    public private(set) var state = BorderState()
    public private(set) var counts = LineCounts()
    /// Malformed lines, oldest first (a bounded number kept; `counts.malformed` is exact).
    public private(set) var problems: ProblemLog
    public var decodePath: DecodePath
    private var seenIDs = IDSet()
    /// Keeps `warm`'s reads from being optimised away; means nothing.
    private var warmth: UInt64 = 0
    /// Malformed lines per source (display path): exact, unlike `problems`.
    public private(set) var malformedBySource: [String: Int] = [:]
    /// When set, events stamped later are left out entirely (not counted, their ids not
    /// claimed): the state as the log stood at that instant (`alerts --at`).
    public var horizon: Timestamp?

    /// `problems`: which malformed lines to keep with their reasons; by default the first
    /// 10,000 (what `check` lists).
    public init(decodePath: DecodePath = .automatic, problems: ProblemLog = ProblemLog(limit: 10_000, keeping: .first)) {
        self.decodePath = decodePath
        self.problems = problems
    }

    /// Decodes and folds one complete line (without its line ending); `length` as in
    /// `LineDecoder.decode`.
    @discardableResult
    public mutating func ingest(line: UnsafeRawBufferPointer, length: Int? = nil, origin: @autoclosure () -> LineOrigin) -> LineOutcome {
        let outcome = LineDecoder.decode(line, length: length, path: decodePath)
        ingest(outcome, origin: origin())
        return outcome
    }

    /// `idHash`: `IDSet.hash` of the event's id when the caller computed it already (the
    /// pipeline's decoders do, so the fold does not hash).
    /// The outcome is consumed: its fields move into the state rather than being copied.
    public mutating func ingest(_ outcome: consuming LineOutcome, idHash: Int? = nil, origin: @autoclosure () -> LineOrigin) {
        if let horizon, let envelope = outcome.envelope, horizon < envelope.ts { return }
        switch consume outcome {
        case .blank:
            return
        case .malformed(let reason):
            counts.lines += 1
            counts.malformed += 1
            let line = origin()
            malformedBySource[line.source, default: 0] += 1
            problems.append(LineProblem(origin: line, reason: reason))
        case .unknown(let envelope):
            counts.lines += 1
            if claim(envelope.id, idHash) {
                counts.unknown += 1
            } else {
                counts.duplicates += 1
            }
        case .extended(let envelope, let body):
            counts.lines += 1
            if claim(envelope.id, idHash) {
                counts.unknown += 1
                if case .valid(let body) = body { state.apply(body, envelope: envelope) }
            } else {
                counts.duplicates += 1
            }
        case .event(let event):
            counts.lines += 1
            if claim(event.envelope.id, idHash) {
                counts.folded += 1
                state.apply(event)
            } else {
                counts.duplicates += 1
            }
        }
    }

    /// Records the id; false when an earlier line claimed it (a duplicate).
    @inline(__always)
    private mutating func claim(_ id: String, _ hash: Int?) -> Bool {
        seenIDs.insert(id, hash: hash ?? IDSet.hash(id))
    }

    /// Brings the id table's slots for these hashes into cache before a run of `ingest` calls
    /// with them (`IDSet.warm`).
    public mutating func warm(idHashes: [Int]) {
        warmth &+= seenIDs.warm(idHashes)
    }

    /// Makes room for about `lines` more events, so the id set does not rehash as it grows
    /// (a reader knows the size of what it is about to read).
    public mutating func reserveCapacity(lines: Int) {
        seenIDs.reserveCapacity(seenIDs.count + lines)
    }

    /// Whether an event with this id has been counted (folded or unknown).
    public func hasSeen(id: String) -> Bool { seenIDs.contains(id, hash: IDSet.hash(id)) }
}
