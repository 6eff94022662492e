import ExactKeys

/// A whole fold in a checkpoint: the counts, the malformed lines kept, every id claimed (the
/// duplicate rule needs them all, with their numbers), where each id's event went, the voids
/// still waiting, and the state.
extension EventFold {
    /// The encoding's version: a checkpoint of another version is not read (bump it whenever what
    /// is written, or what the reducers make of events, changes).
    public static let checkpointVersion: UInt64 = 9

    /// Writes the fold through `writer` (then `flush` it). A fold with a `horizon` leaves events
    /// out: it is not a fold of the files and is refused.
    public func writeCheckpoint(to w: inout CheckpointWriter) throws {
        var copy = self
        try copy.writeCheckpointLettingGo(to: &w)
    }

    /// The same, letting go of each large part as soon as it is written (the ids' table, where
    /// each id went): a copy written on another thread while the live fold goes on (a
    /// dashboard's) then stops sharing them early, and the live fold's next event does not copy
    /// them whole (copy on write: the id table is about 240 MB at 10M events). What is left of
    /// the fold afterwards is only good for dropping.
    public mutating func writeCheckpointLettingGo(to w: inout CheckpointWriter) throws {
        precondition(horizon == nil, "a fold up to a horizon is not the files' fold")
        w.unsigned(Self.checkpointVersion)
        for n in [counts.lines, counts.folded, counts.voided, counts.malformed, counts.duplicates, counts.unknown] { w.int(n) }
        w.int(problems.dropped)
        w.unsigned(UInt64(problems.count))
        for problem in problems { try w.problem(problem) }
        w.unsigned(UInt64(malformedBySource.count))
        for (source, count) in malformedBySource.sorted(by: { ExactKey($0.key) < ExactKey($1.key) }) {
            try w.string(source)
            w.int(count)
        }
        try w.mark(6)
        seenIDs.takeBack()
        try Self.writeIDs(seenIDs.table, to: &w)
        seenIDs = IDSet()
        try w.mark(7)
        locators.write(to: &w)
        locators = EventRuns()
        w.unsigned(UInt64(pendingVoids.count))
        for (number, notice) in pendingVoids.sorted(by: { $0.key < $1.key }) {
            w.int(number)
            try w.envelope(notice.envelope)
            try w.string(notice.reason)
        }
        try w.mark(8)
        try state.write(to: &w)
    }

    /// The ids' length in bytes first, so that a reader can hand them to another thread and go
    /// on with the rest (`CheckpointIDs`); then the set's seed and slots, then where each id ends
    /// and the ids' bytes end to end, so that reading it is copies (no id hashed, no string
    /// made). (A function of its own: `ids` is held only here.)
    private static func writeIDs(_ ids: PackedKeySet, to w: inout CheckpointWriter) throws {
        let (seed, control, positions, ends, segmentStarts, bytes) = ids.layout
        w.unsigned(UInt64(ids.count))
        let slotBytes = CheckpointWriter.unsignedSize(UInt64(control.count)) + control.count + 4 * positions.count
        let segmentBytes = segmentStarts.reduce(CheckpointWriter.unsignedSize(UInt64(segmentStarts.count))) { $0 + CheckpointWriter.unsignedSize(UInt64($1)) }
        let keyBytes = 4 * ends.count + CheckpointWriter.unsignedSize(UInt64(bytes.count)) + bytes.count
        w.unsigned(UInt64(16 + slotBytes + segmentBytes + keyBytes))
        for word in [seed.first, seed.second] { try w.raw(withUnsafeBytes(of: word.littleEndian) { Array($0) }) }
        w.unsigned(UInt64(control.count))
        try w.raw(control)
        try Self.writeLittleEndian(positions, to: &w)
        w.unsigned(UInt64(segmentStarts.count))
        for start in segmentStarts { w.unsigned(UInt64(start)) }
        try Self.writeLittleEndian(ends, to: &w)
        w.unsigned(UInt64(bytes.count))
        try w.raw(bytes)
    }

    private static func writeLittleEndian(_ words: [UInt32], to w: inout CheckpointWriter) throws {
        #if _endian(little)
        try words.withUnsafeBytes { try w.raw($0) }
        #else
        for word in words { try w.raw(withUnsafeBytes(of: word.littleEndian) { Array($0) }) }
        #endif
    }

    /// A fold read back from a checkpoint's bytes; `problems` and `decodePath` as for `init`
    /// (the malformed lines written are kept as `problems` keeps them). `readingIDs` is given
    /// the ids' part as soon as it is found and returns what waits for its table: by default it
    /// is read there and then; a caller with a core to spare reads it there while the state is
    /// read here (`CheckpointIDs`). Either way it is waited for before this returns.
    /// `doneWith` is told, as reading goes on, that the bytes before a point are not needed
    /// again by this thread (a mapped file's pages can be given back: at 10M events the file is
    /// 285 MB, which on top of the state it becomes went past the memory goal).
    package init(checkpoint bytes: UnsafeRawBufferPointer, decodePath: DecodePath = .automatic,
                problems: ProblemLog = ProblemLog(limit: 10_000, keeping: .first),
                readingIDs: (CheckpointIDs) -> CheckpointIDs.Pending = CheckpointIDs.readHere,
                doneWith: ((UnsafeRawBufferPointer) -> Void)? = nil) throws {
        var r = CheckpointReader(bytes, doneWith: doneWith)
        let version = try r.unsigned()
        guard version == Self.checkpointVersion else { throw r.failure("version \(version), not \(Self.checkpointVersion)") }
        self.init(decodePath: decodePath, problems: problems)
        counts.lines = try r.int()
        counts.folded = try r.int()
        counts.voided = try r.int()
        counts.malformed = try r.int()
        counts.duplicates = try r.int()
        counts.unknown = try r.int()
        let dropped = try r.int()
        for _ in 0..<(try r.count()) { self.problems.append(try r.problem()) }
        self.problems.dropped += dropped
        for _ in 0..<(try r.count()) { malformedBySource[try r.string()] = try r.int() }
        try r.mark(6)
        let idCount = try r.count()
        let ids = readingIDs(CheckpointIDs(bytes: try r.part(length: try r.count()), count: idCount))
        do {
            try readAfterIDs(&r, idCount: idCount)
        } catch {
            _ = ids.result() // a thread may be reading `bytes`: it is done before they go
            throw error
        }
        seenIDs = try ids.result().get()
    }

    private mutating func readAfterIDs(_ r: inout CheckpointReader, idCount: Int) throws {
        try r.mark(7)
        locators = try EventRuns(from: &r)
        guard locators.count == idCount else { throw r.failure("\(locators.count) locators for \(idCount) ids") }
        for _ in 0..<(try r.count()) {
            let number = try r.int()
            guard (0..<idCount).contains(number) else { throw r.failure("void waits for no id") }
            pendingVoids[number] = VoidNotice(envelope: try r.envelope(), reason: try r.string())
        }
        try r.mark(8)
        state = try BorderState(from: &r)
        guard r.isAtEnd else { throw r.failure("bytes after the end") }
    }
}

extension EventRuns {
    func write(to w: inout CheckpointWriter) {
        w.int(count)
        w.unsigned(UInt64(runs.count))
        for run in runs {
            w.int(run.start)
            w.byte(run.first.kind.rawValue)
            w.bool(run.first.exercise)
            w.int(run.first.voyage)
            w.int(run.first.index)
        }
        w.ints(voidedLater.sorted())
    }

    init(from r: inout CheckpointReader) throws {
        self.init()
        count = try r.int()
        for _ in 0..<(try r.count()) {
            let start = try r.int()
            guard let kind = EventLocator.Kind(rawValue: try r.byte()) else { throw r.failure("not a locator") }
            let locator = EventLocator(kind: kind, exercise: try r.bool(), voyage: try r.int(), index: try r.int())
            guard start >= (runs.last.map { $0.start + 1 } ?? 0), start < count else { throw r.failure("runs out of order") }
            runs.append(Run(start: start, first: locator))
        }
        guard count == 0 || runs.first?.start == 0 else { throw r.failure("runs do not start at 0") }
        voidedLater = Set(try r.ints())
    }
}
