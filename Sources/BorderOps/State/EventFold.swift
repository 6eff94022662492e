import ExactKeys

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

/// The headless summary's line counts:
/// `lines = folded + voided + malformed + duplicates + unknown`.
public struct LineCounts: Sendable, Equatable {
    /// `voided`: events of a known type that an `event.voided` removed (they count here
    /// instead of in `folded`).
    public var lines = 0, folded = 0, voided = 0, malformed = 0, duplicates = 0, unknown = 0
    public init() {}
}

/// Lines in, state out: classifies each complete line (blank, malformed, duplicate, unknown,
/// folded, voided), keeps the counts and the malformed lines, and folds valid events into the
/// state. Ids are global across sources; a malformed line claims no id.
///
/// Corrections: each claimed id has an `EventLocator` (kept by the id's number in `seenIDs`, in
/// `EventRuns`). A void whose target was folded has the state take it out; a void whose target
/// no line has claimed yet adds the target to `seenIDs` as pending, so that the line that claims
/// it is voided on arrival at no cost to other lines (the id look-up they make anyway finds it).
public struct EventFold: Sendable {
    public internal(set) var state = BorderState()
    public internal(set) var counts = LineCounts()
    /// Malformed lines, oldest first (a bounded number kept; `counts.malformed` is exact).
    public internal(set) var problems: ProblemLog
    public var decodePath: DecodePath
    var seenIDs = IDSet()
    /// What each id in `seenIDs` stands for, by its number.
    var locators = EventRuns()
    /// Voids waiting for their target, by the target's number in `seenIDs`.
    var pendingVoids: [Int: VoidNotice] = [:]
    /// Keeps `warm`'s reads from being optimised away; means nothing.
    var warmth: UInt64 = 0
    /// Malformed lines per source (display path): exact, unlike `problems`.
    public internal(set) var malformedBySource: [String: Int] = [:]
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

    /// Folds one decoded line. The outcome is consumed: its fields move into the state rather
    /// than being copied.
    @inline(__always)
    public mutating func ingest(_ outcome: consuming LineOutcome, origin: @autoclosure () -> LineOrigin) {
        ingest(consume outcome, idHash: nil, origin: origin())
    }

    /// `ingest` for the pipeline. `idHash`: `IDSet.hash` of the event's id when the caller
    /// computed it already (the pipeline's decoders do, so the fold does not hash).
    package mutating func ingest(_ outcome: consuming LineOutcome, idHash: Int?, origin: @autoclosure () -> LineOrigin) {
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
            let hash = idHash ?? seenIDs.hash(envelope.id)
            let (isNew, number) = seenIDs.claim(envelope.id, hash: hash)
            if isNew {
                counts.unknown += 1
                locators.append(.unknown)
            } else if isPending(number) {
                // A void of an unknown type has no effect.
                pendingVoids[number] = nil
                locators.settle(number, as: .unknown)
                counts.unknown += 1
            } else {
                counts.duplicates += 1
            }
        case .extended(let envelope, let body):
            counts.lines += 1
            let hash = idHash ?? seenIDs.hash(envelope.id)
            let (isNew, number) = seenIDs.claim(envelope.id, hash: hash)
            if isNew {
                // Counted as a spec reader counts it; applied when valid.
                counts.unknown += 1
                if case .valid(let body) = body {
                    locators.append(state.apply(body, envelope: envelope))
                } else {
                    locators.append(.unknown)
                }
            } else if isPending(number) {
                counts.unknown += 1
                arrived(envelope, body, number: number)
            } else {
                counts.duplicates += 1
            }
        case .event(let event):
            counts.lines += 1
            let hash = idHash ?? seenIDs.hash(event.envelope.id)
            let (isNew, number) = seenIDs.claim(event.envelope.id, hash: hash)
            if isNew {
                counts.folded += 1
                let locator = state.apply(event)
                locators.append(locator)
                if locator.kind == .void, case let .eventVoided(target, reason) = event.body {
                    void(target, VoidNotice(envelope: event.envelope, reason: reason))
                }
            } else if isPending(number) {
                arrived(event, number: number)
            } else {
                counts.duplicates += 1
            }
        }
    }

    /// An event claiming an id a void was waiting for: voided on arrival, unless it is itself a
    /// void (a void cannot be voided).
    private mutating func arrived(_ event: Event, number: Int) {
        let notice = pendingVoids.removeValue(forKey: number)
        guard let notice, let subject = state.subject(of: event) else {
            counts.folded += 1
            locators.settle(number, as: state.apply(event))
            if case let .eventVoided(target, reason) = event.body {
                void(target, VoidNotice(envelope: event.envelope, reason: reason))
            }
            return
        }
        counts.voided += 1
        locators.settle(number, as: .voided)
        state.heard(event.envelope, activity: true)
        state.record(notice.correction(target: event.envelope.id, type: event.envelope.type, subject: subject,
                                       time: event.envelope.ts, post: event.envelope.post, exercise: event.envelope.exercise))
    }

    /// An extension event claiming an id a void was waiting for: voided on arrival when it could
    /// have been applied (it stays an unknown type in the counts); one that could not be is an
    /// unknown type, whose void has no effect.
    private mutating func arrived(_ envelope: EventEnvelope, _ body: ExtensionOutcome, number: Int) {
        let notice = pendingVoids.removeValue(forKey: number)
        guard let notice, case .valid(.alertAck(let alert, _)) = body else {
            locators.settle(number, as: .unknown)
            return
        }
        locators.settle(number, as: .voided)
        state.heard(envelope, activity: false)
        state.record(notice.correction(target: envelope.id, type: envelope.type, subject: .alert(alert),
                                       time: envelope.ts, post: envelope.post, exercise: envelope.exercise))
    }

    /// Whether a void waits for the event numbered `number` (only ever asked of an id claimed
    /// before: a duplicate, or the target arriving).
    private func isPending(_ number: Int) -> Bool {
        !pendingVoids.isEmpty && pendingVoids[number] != nil
    }

    /// A folded `event.voided`: its target is taken out of the state if it was folded, or waited
    /// for if no line has claimed it; otherwise it has no effect.
    private mutating func void(_ target: String, _ notice: VoidNotice) {
        let hash = seenIDs.hash(target)
        guard let number = seenIDs.number(of: target, hash: hash) else {
            let (_, number) = seenIDs.claim(target, hash: hash)
            locators.append(.pending)
            pendingVoids[number] = notice
            return
        }
        let locator = locators[number]
        guard let removed = state.remove(locator) else { return }
        locators.markVoided(number)
        if locator.kind != .keptExtension {
            counts.folded -= 1
            counts.voided += 1
        }
        state.record(notice.correction(target: target, type: removed.type, subject: removed.subject, time: removed.time,
                                       post: removed.post, exercise: locator.exercise))
    }

    /// An empty fold whose ids are hashed with `seed`, as another process's would be (tests).
    package init(idHashSeed seed: ExactHashSeed) {
        self.init()
        seenIDs = IDSet(seed: seed)
    }

    /// What the ids' hashes are keyed by: a caller hashing ids for `ingest(_:idHash:origin:)` on
    /// other threads uses `IDSet.hash(_:seed:)` with it.
    package var idHashSeed: ExactHashSeed { seenIDs.seed }

    /// Brings the id table's slots for these hashes into cache before a run of `ingest` calls
    /// with them (`IDSet.warm`).
    package mutating func warm(idHashes: [Int]) {
        warmth &+= seenIDs.warm(idHashes)
    }

    /// Makes room for about `lines` more events, so the id set does not rehash as it grows
    /// (a reader knows the size of what it is about to read).
    package mutating func reserveCapacity(lines: Int) {
        seenIDs.reserveCapacity(seenIDs.count + lines)
    }

    /// The ids claimed from now on are kept apart from the id table, which stays as it is: a
    /// checkpoint being written on another thread shares it (`BackgroundCheckpoints`), and a
    /// line folded meanwhile would otherwise copy all of it. `takeIDsBack` when it is written.
    package mutating func setIDsAside() { seenIDs.setAside() }

    /// The ids kept apart since `setIDsAside` joined to the table (each keeps its number).
    package mutating func takeIDsBack() { seenIDs.takeBack() }

    /// Whether an event with this id has been counted (folded, voided or unknown).
    public func hasSeen(id: String) -> Bool {
        seenIDs.number(of: id, hash: seenIDs.hash(id)).map { !isPending($0) } ?? false
    }
}
