import ExactKeys

/// A voyage's, operation's or meeting's own records and every kept record that names it: what
/// voiding one opened by mistake voids in the same batch. By the fold rule a thing that other
/// lines still mention goes on existing, so voiding only its opening would leave an
/// opening-less row; voiding all of them leaves nothing. A voyage's passenger checks are not
/// here: the state keeps only its latest 16, the rest are read from the files
/// (`VoyageCheckFiles`).
public struct HangingRecords: Sendable, Equatable {
    /// The opening (`voyage.opened`, `op.planned`, `meeting.opened`), the latest if several;
    /// nil for a row that only other records made (a check naming a voyage nobody opened).
    public var opening: ShapingEvent?
    /// Every other remaining record, in reading order, each once.
    public var others: [ShapingEvent]

    public init(opening: ShapingEvent?, others: [ShapingEvent]) {
        self.opening = opening
        self.others = others
    }

    /// How many of `others` are of `type` (an event type's code).
    public func count(_ type: String) -> Int { others.reduce(0) { $0 + ($1.type == type ? 1 : 0) } }
}

extension BorderState {
    /// The voyage's `voyage.opened` and `voyage.closed` (its checks are read from the files).
    public func hangingRecords(voyage id: String) -> HangingRecords? {
        guard let voyage = voyages[id] else { return nil }
        return split(voyage.keptPositions, opening: EventType.voyageOpened)
    }

    /// The operation's own records (plan, phases, teams, findings) and its checklists' (start
    /// and step marks).
    public func hangingRecords(operation id: String) -> HangingRecords? {
        guard let op = operations[id] else { return nil }
        return split(op.keptPositions + checklistPositions(of: id), opening: EventType.opPlanned)
    }

    /// The meeting's own records (opening, agenda items, actions assigned in it, closing), the
    /// states of actions assigned only in it (an action also assigned in another meeting lives
    /// on there), and its run-of-show's records.
    public func hangingRecords(meeting id: String) -> HangingRecords? {
        guard let meeting = meetings[id] else { return nil }
        var positions = meeting.keptPositions
        var seen = Set(positions)
        for position in meeting.keptPositions {
            guard case let .actionAssigned(_, action, _, _, _, _) = kept[position].body, let item = actions[action] else { continue }
            let assignedElsewhere = item.keptPositions.contains { p in
                if case let .actionAssigned(other, _, _, _, _, _) = kept[p].body { return !ExactKey.bytesEqual(other, id) }
                return false
            }
            guard !assignedElsewhere else { continue }
            for p in item.keptPositions where seen.insert(p).inserted { positions.append(p) }
        }
        return split(positions.sorted() + checklistPositions(of: id), opening: EventType.meetingOpened)
    }

    /// The kept records of every checklist started for `owner` (an operation or a meeting).
    private func checklistPositions(of owner: String) -> [Int] {
        checklists.values.filter { $0.op.map { ExactKey.bytesEqual($0, owner) } ?? false }.flatMap(\.keptPositions)
    }

    /// The latest record of type `opening` as the opening, the rest as the others.
    private func split(_ positions: [Int], opening: EventType) -> HangingRecords {
        let events = positions.map { position in
            let env = kept[position].envelope
            return ShapingEvent(id: env.id, type: env.type, at: env.ts, by: env.by, count: 1)
        }
        guard let last = events.lastIndex(where: { $0.type == opening.rawValue }) else { return HangingRecords(opening: nil, others: events) }
        var others = events
        let found = others.remove(at: last)
        return HangingRecords(opening: ShapingEvent(id: found.id, type: found.type, at: found.at, by: found.by,
                                                    count: events.count { $0.type == opening.rawValue }), others: others)
    }
}
