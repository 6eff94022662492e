import BorderOps
import EventLog
import SafeText

/// Events checked together and written in one locked write, each carrying `prev`
/// (`EventWriter.appendChained`), or none written: an id given twice in the batch or already in
/// the file, a voyage, operation, meeting, checklist or action that neither the file nor the
/// batch before it opens, or an action moved to another meeting, refuses the whole batch,
/// naming the file and line where the earlier one is (or the closest known name).
public struct AppendBatch {
    public var events: [PendingEvent]
    /// `--force`: a reference to something not opened is written, and an `action.assigned`
    /// may move an action to another meeting.
    public var force: Bool

    public init(_ events: [PendingEvent], force: Bool = false) {
        self.events = events
        self.force = force
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
        // under the lock only for what was appended since.
        var existing = ExistingEventIDs(path: file, ids: events.compactMap(\.givenID),
                                        actions: force ? [] : events.compactMap(\.assigned?.action),
                                        references: force ? [] : Set(events.flatMap(\.refers)))
        do {
            try existing.update()
        } catch {
            throw AppendRefusal(message: "not appended: \(error)", exitCode: 1)
        }
        if let refusal = refusal(existing) { throw refusal }
        var refusal: AppendRefusal?
        do {
            let appended = try EventWriter.appendChained(events.map(\.line), to: file) {
                do throws(RegularFile.Refusal) {
                    try existing.update()
                } catch {
                    return error.message
                }
                refusal = self.refusal(existing)
                return refusal?.message
            }
            return Written(firstLine: existing.nextLine, notes: AppendNotes.lines(appended, file: file))
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
    /// not opened, else the first moved action.
    func refusal(_ existing: ExistingEventIDs) -> AppendRefusal? {
        events.lazy.compactMap { alreadyThere($0, existing) }.first ?? unknownReference(existing) ?? movedAction(existing)
    }

    /// A reference to something neither the file nor an earlier event of the batch opens: a
    /// typo'd voyage would make a phantom row. Refused with the closest known name, unless
    /// `force` (the opening event may be in another file).
    private func unknownReference(_ existing: ExistingEventIDs) -> AppendRefusal? {
        guard !force else { return nil }
        var opened: Set<NamedThing> = []
        for event in events {
            for thing in event.refers where !opened.contains(thing) && !existing.knows(thing) {
                // Every name the file opens, read again only now that one is missing.
                var everything = ExistingEventIDs(path: existing.path, ids: [], everyName: true)
                try? everything.update()
                let known = everything.names(thing.kind) + opened.filter { $0.kind == thing.kind }.map(\.name)
                let which = event.origin.map { "\($0): " } ?? ""
                let guess = ClosestName.to(thing.name, among: known).map { " (did you mean \"\(DisplayText.shortened($0, limit: 40))\"?)" } ?? ""
                return AppendRefusal(message: "not appended: \(which)\(thing.kind.field) \"\(DisplayText.shortened(thing.name, limit: 40))\" is not opened in \(existing.path) (no \(thing.kind.openedBy.rawValue))\(guess); --force appends it anyway")
            }
            if let thing = event.opens { opened.insert(thing) }
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
