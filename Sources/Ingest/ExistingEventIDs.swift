import BorderOps
import EventLog

#if canImport(Glibc)
import Glibc
#endif

/// Where given event ids already are in an event file, so that `append` can refuse an explicit
/// id the fold would ignore as a duplicate. Read once before appending (the bulk of a large
/// file), then again under the append lock from where the first read stopped, so no writer can
/// add one in between. Ids are compared by their exact bytes and counted only on lines that
/// claim one, as the fold does; line numbers are the readers' (every `\n`-ended line counts).
/// The same pass finds the meeting given action ids belong to (their latest `action.assigned`
/// that no `event.voided` removed), so that `append` can refuse moving an action to another
/// meeting; whether the voyages, operations, meetings, checklists and actions a batch refers to
/// are opened by a line no void removed (or, with `everyName`, every name opened, for a
/// did-you-mean); and counts the lines, so that `append` can say where its events went.
public struct ExistingEventIDs {
    public let path: String
    private let wanted: Set<[UInt8]>
    private let wantedActions: Set<String>
    private let wantedNames: Set<NamedThing>
    /// Collect every name opened, not only the wanted ones (the did-you-mean's second pass).
    private let everyName: Bool
    /// Whether a line must be decoded: one written without escapes contains the id's raw bytes,
    /// and one with escapes contains a backslash. With many ids, every line is decoded.
    private let rawIDs: [[UInt8]]?
    private var found: [[UInt8]: Int] = [:]
    /// Each wanted action's `action.assigned` lines: meeting, line and event id, in file order.
    private var assignments: [String: [(meeting: String, line: Int, event: String)]] = [:]
    /// The ids of the lines that opened each name.
    private var openers: [NamedThing: [String]] = [:]
    /// The target of every `event.voided`, with the first void's id: read as if their lines
    /// were not there (a void whose target is itself a void has no effect: no opener, action
    /// assignment or other event a batch asks about is a void, so it changes nothing here).
    private var voided: [String: String] = [:]
    /// The ids of the `event.voided` lines: a void of one of them would have no effect.
    private var voidLines: Set<String> = []
    private var splitter = LineSplitter()
    private var offset: off_t = 0
    private let memo = DecodingMemo()

    /// Read the voids even when nothing else is wanted (a batch that voids something).
    private let wantsVoids: Bool

    public init(path: String, ids: [String], actions: [String] = [], references: Set<NamedThing> = [], everyName: Bool = false,
                voids: Bool = false) {
        self.path = path
        wantsVoids = voids
        wanted = Set(ids.map { Array($0.utf8) })
        wantedActions = Set(actions)
        wantedNames = references
        self.everyName = everyName
        // A void's line names its target's id, not the thing: every void is decoded.
        let raw = wanted.union(actions.map { Array($0.utf8) }).union(references.map { Array($0.name.utf8) })
        let voids = [Array(EventType.eventVoided.rawValue.utf8)]
        if everyName {
            // Every name opened: only lines naming an opening type (or a void) can hold one.
            rawIDs = ReferenceKind.allCases.map { Array($0.openedBy.rawValue.utf8) } + voids
        } else {
            rawIDs = raw.count <= 8 ? Array(raw) + voids : nil
        }
    }

    /// The line number the next line appended will have: every line read so far, and a torn
    /// last line (the appender ends it first, so it counts as one).
    public var nextLine: Int { splitter.linesCompleted + (splitter.partialLineBytes > 0 ? 1 : 0) + 1 }

    /// The line that already holds `id`, if one does.
    public func line(of id: String) -> Int? { found[Array(id.utf8)] }

    /// The meeting `action` belongs to in the file (its latest `action.assigned` not voided)
    /// and that line.
    public func meeting(of action: String) -> (meeting: String, line: Int)? {
        assignments[action]?.last { voided[$0.event] == nil }.map { ($0.meeting, $0.line) }
    }

    /// Whether a line no void removed opens `thing`.
    public func knows(_ thing: NamedThing) -> Bool {
        openers[thing]?.contains { voided[$0] == nil } ?? false
    }

    /// The ids of the lines that open `thing`, voided or not (`KnownSources` weighs them
    /// against the voids of every source).
    public func openerIDs(_ thing: NamedThing) -> [String] { openers[thing] ?? [] }

    /// Every name of `kind` some line opens, voided or not.
    public func openedNames(_ kind: ReferenceKind) -> [String] { openers.keys.filter { $0.kind == kind }.map(\.name) }

    /// The `event.voided` of this file that removes the event `id`, if one does.
    public func void(of id: String) -> String? { voided[id] }

    /// Whether `id` is an `event.voided` of this file.
    public func isVoid(_ id: String) -> Bool { voidLines.contains(id) }

    /// Every name of `kind` a line no void removed opens (all of them only with `everyName`).
    public func names(_ kind: ReferenceKind) -> [String] {
        openers.keys.filter { $0.kind == kind && knows($0) }.map(\.name)
    }

    /// Reads what was appended since the last call (all of the file the first time). A target
    /// that is not a regular file (a named pipe would wait for a writer, `/dev/zero` never
    /// ends) is refused here, in the appender's words, before anything is read.
    public mutating func update() throws(RegularFile.Refusal) {
        let fd: Int32
        do throws(RegularFile.Refusal) {
            fd = try RegularFile.openForReading(path, noFollow: true)
        } catch where error.code != 0 {
            return  // not there yet: nothing to find; unreadable or a link: the append says why
        }
        defer { close(fd) }
        var status = stat()
        if fstat(fd, &status) == 0, status.st_size < offset {
            // Truncated or replaced: read it again from the start.
            splitter = LineSplitter()
            found = [:]
            assignments = [:]
            openers = [:]
            voided = [:]
            voidLines = []
            offset = 0
        }
        var chunk = [UInt8](repeating: 0, count: 1 << 20)
        var splitter = self.splitter
        defer { self.splitter = splitter }
        while true {
            let n = chunk.withUnsafeMutableBytes { pread(fd, $0.baseAddress, $0.count, offset) }
            if n < 0 && errno == EINTR { continue }
            guard n > 0 else { break }
            offset += off_t(n)
            chunk.withUnsafeBytes { bytes in
                splitter.feed(UnsafeRawBufferPointer(rebasing: bytes[0..<n])) { line in consider(line) }
            }
        }
    }

    private mutating func consider(_ line: LineRef) {
        guard !wanted.isEmpty || !wantedActions.isEmpty || !wantedNames.isEmpty || everyName || wantsVoids else { return }
        if let rawIDs, !mayHold(line.bytes, rawIDs) { return }
        let outcome = LineDecoder.decode(line.bytes, length: line.length, memo: memo)
        if case .event(let event) = outcome {
            if case let .actionAssigned(meeting, action, _, _, _, _) = event.body, wantedActions.contains(action) {
                assignments[action, default: []].append((meeting, line.number, event.envelope.id))
            }
            if case let .eventVoided(target, _) = event.body {
                if voided[target] == nil { voided[target] = event.envelope.id }
                voidLines.insert(event.envelope.id)
            }
            if let thing = event.body.opens, everyName || wantedNames.contains(thing) {
                openers[thing, default: []].append(event.envelope.id)
            }
        }
        guard let id = outcome.id else { return }
        let bytes = Array(id.utf8)
        if wanted.contains(bytes), found[bytes] == nil { found[bytes] = line.number }
    }

    private func mayHold(_ line: UnsafeRawBufferPointer, _ ids: [[UInt8]]) -> Bool {
        guard let base = line.baseAddress, !line.isEmpty else { return false }
        if memchr(base, Int32(UInt8(ascii: "\\")), line.count) != nil { return true }
        return ids.contains { id in id.withUnsafeBytes { Self.contains(line, $0) } }
    }

    /// Whether `needle` occurs in `haystack` (memchr for its first byte, then memcmp).
    private static func contains(_ haystack: UnsafeRawBufferPointer, _ needle: UnsafeRawBufferPointer) -> Bool {
        guard let needleBase = needle.baseAddress, let first = needle.first else { return true }
        guard let base = haystack.baseAddress, haystack.count >= needle.count else { return false }
        var start = 0
        while let hit = memchr(base + start, Int32(first), haystack.count - needle.count + 1 - start) {
            if memcmp(hit, needleBase, needle.count) == 0 { return true }
            start = base.distance(to: UnsafeRawPointer(hit)) + 1
            if start > haystack.count - needle.count { return false }
        }
        return false
    }
}
