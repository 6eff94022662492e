import BorderOps
import EventLog
import SafeText

#if canImport(Glibc)
import Glibc
#endif

/// Events checked together and written in one locked write, each carrying `prev`
/// (`EventWriter.appendChained`), or none written: an id given twice in the batch or already in
/// the file, a voyage, operation, meeting, checklist or action that neither a known source (the
/// file, `--known`) nor the batch before it opens (or whose opening was voided), a void of a
/// void or of a voided event, or an action moved to another meeting, refuses the whole batch,
/// naming the file and line where the earlier one is (or the closest known name).
public struct AppendBatch {
    public var events: [PendingEvent]
    /// `--force`: a reference to something not opened is written, and an `action.assigned`
    /// may move an action to another meeting.
    public var force: Bool
    /// Other event files whose openings and voids count (`append --known`), besides the file
    /// written; read once, before the lock (`KnownSources.files` lists a folder's).
    public var known: [String]

    public init(_ events: [PendingEvent], force: Bool = false, known: [String] = []) {
        self.events = events
        self.force = force
        self.known = known
    }

    /// What a write did: the line the first event went to (the others follow it, one a line),
    /// and the notes to say about an append that happened but needs a word (`AppendNotes`).
    public struct Written: Equatable, Sendable {
        public var firstLine: Int
        public var notes: [String]

        public init(firstLine: Int, notes: [String]) {
            self.firstLine = firstLine
            self.notes = notes
        }
    }

    /// Writes the batch to `file`.
    public func write(to file: String) throws(AppendRefusal) -> Written {
        try refuseRepeatedIDs()
        // The file is read for the given ids once before the lock (most of a large file), then
        // under the lock only for what was appended since. The other known sources are read
        // once: they are not ours to lock.
        let references = force ? [] : Set(events.flatMap(\.refers))
        let voids = !force && events.contains { $0.voids != nil }
        var sources = KnownSources(target: ExistingEventIDs(path: file, ids: events.compactMap(\.givenID),
                                                            actions: force ? [] : events.compactMap(\.assigned?.action),
                                                            references: references, voids: voids))
        do {
            try sources.target.update()
            if !references.isEmpty || voids {
                for path in known {
                    guard access(path, R_OK) == 0 else { throw AppendRefusal(message: "not appended: --known: cannot read \(path)") }
                    var other = ExistingEventIDs(path: path, ids: [], references: references, voids: voids)
                    try other.update()
                    sources.others.append(other)
                }
            }
        } catch let refusal as AppendRefusal {
            throw refusal
        } catch {
            throw AppendRefusal(message: "not appended: \(error)", exitCode: 1)
        }
        if let refusal = refusal(sources) { throw refusal }
        var refusal: AppendRefusal?
        do {
            let appended = try EventWriter.appendChained(events.map(\.line), to: file) {
                do throws(RegularFile.Refusal) {
                    try sources.target.update()
                } catch {
                    return error.message
                }
                refusal = self.refusal(sources)
                return refusal?.message
            }
            return Written(firstLine: sources.target.nextLine, notes: AppendNotes.lines(appended, file: file))
        } catch {
            if let refusal { throw refusal }
            throw AppendRefusal(message: "not appended: \(error)", exitCode: 1)
        }
    }

    /// An id given twice in one batch would be ignored as a duplicate by every reader: refused,
    /// naming where it is. Ids compare by their exact bytes.
    func refuseRepeatedIDs() throws(AppendRefusal) {
        var first: [[UInt8]: String] = [:]
        for event in events {
            guard let id = event.givenID else { continue }
            if let earlier = first.updateValue(event.origin ?? "the command line", forKey: Array(id.utf8)) {
                throw AppendRefusal(message: "not appended: \(event.origin ?? "the event"): id \"\(DisplayText.shortened(id, limit: 80))\" is also on \(earlier)")
            }
        }
    }

    /// The first event whose id is already in the file, else the first reference to something
    /// not opened (or voided), else the first void of a void or of a voided event, else the
    /// first moved action.
    func refusal(_ sources: KnownSources) -> AppendRefusal? {
        events.lazy.compactMap { alreadyThere($0, sources.target) }.first ?? unknownReference(sources) ?? movedAction(sources.target)
    }

    /// A reference to something neither a known source nor an earlier event of the batch opens
    /// (or whose opening was voided): a typo'd voyage would make a phantom row. Refused with the
    /// closest known name, unless `force` (the opening event may be in a source not named). A
    /// void whose target is a void (it would have no effect) or an event already voided is
    /// refused too. Voids earlier in the batch count, as the fold will read them.
    private func unknownReference(_ sources: KnownSources) -> AppendRefusal? {
        guard !force else { return nil }
        var opened: [NamedThing: [String]] = [:]
        var batchVoids: [String: String] = [:]
        var batchVoidIDs: Set<String> = []
        func voided(_ id: String) -> String? { batchVoids[id] ?? sources.void(of: id) }
        let places = sources.paths.joined(separator: ", ")
        for event in events {
            let which = event.origin.map { "\($0): " } ?? ""
            if let target = event.voids {
                if sources.isVoid(target) || batchVoidIDs.contains(target) {
                    return AppendRefusal(message: "not appended: \(which)target \"\(DisplayText.shortened(target, limit: 80))\" is an event.voided: a void cannot be voided (it would have no effect); append the voided event again with a new id to restore it")
                }
                if let earlier = voided(target) {
                    return AppendRefusal(message: "not appended: \(which)target \"\(DisplayText.shortened(target, limit: 80))\" is already voided (event.voided \"\(DisplayText.shortened(earlier, limit: 80))\")")
                }
                batchVoids[target] = event.id
                batchVoidIDs.insert(event.id)
            }
            for thing in event.refers {
                if opened[thing]?.contains(where: { voided($0) == nil }) ?? false { continue }
                let fileOpeners = sources.all.flatMap { $0.openerIDs(thing) }
                if fileOpeners.contains(where: { voided($0) == nil }) { continue }
                let name = "\(thing.kind.field) \"\(DisplayText.shortened(thing.name, limit: 40))\""
                if let opener = (fileOpeners + (opened[thing] ?? [])).first, let void = voided(opener) {
                    return AppendRefusal(message: "not appended: \(which)\(name) was voided (\(thing.kind.openedBy.rawValue) \"\(DisplayText.shortened(opener, limit: 80))\" by event.voided \"\(DisplayText.shortened(void, limit: 80))\"); --force appends it anyway")
                }
                let known = sources.everyName(thing.kind) + opened.filter { $0.key.kind == thing.kind }.map(\.key.name)
                let guess = ClosestName.to(thing.name, among: known).map { " (did you mean \"\(DisplayText.shortened($0, limit: 40))\"?)" } ?? ""
                return AppendRefusal(message: "not appended: \(which)\(name) is not opened in \(places) (no \(thing.kind.openedBy.rawValue))\(guess); --force appends it anyway")
            }
            if let thing = event.opens { opened[thing, default: []].append(event.id) }
        }
        return nil
    }

    private func alreadyThere(_ event: PendingEvent, _ existing: ExistingEventIDs) -> AppendRefusal? {
        guard let id = event.givenID, let line = existing.line(of: id) else { return nil }
        let which = event.origin.map { "\($0): " } ?? ""
        return AppendRefusal(message: "not appended: \(which)id \"\(DisplayText.shortened(id, limit: 80))\" is already in \(existing.path) at line \(line)")
    }

    /// An action id names one action across meetings: an `action.assigned` in another meeting
    /// than the action's latest (in the file, or earlier in the batch) would quietly move it,
    /// most likely a reused id. Refused unless `force`; the same meeting again (a new owner or
    /// due date) is fine.
    private func movedAction(_ existing: ExistingEventIDs) -> AppendRefusal? {
        guard !force else { return nil }
        var current: [String: (meeting: String, place: String)] = [:]
        for event in events {
            guard let (action, meeting) = event.assigned else { continue }
            let earlier = current[action] ?? existing.meeting(of: action).map { ($0.meeting, "\(existing.path) line \($0.line)") }
            if let earlier, earlier.meeting != meeting {
                let which = event.origin.map { "\($0): " } ?? ""
                return AppendRefusal(message: "not appended: \(which)action \"\(DisplayText.shortened(action, limit: 40))\" belongs to meeting \"\(DisplayText.shortened(earlier.meeting, limit: 40))\" (\(earlier.place)); --force moves it")
            }
            current[action] = (meeting, event.origin ?? "the command line")
        }
        return nil
    }
}
