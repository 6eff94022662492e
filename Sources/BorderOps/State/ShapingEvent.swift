import ExactKeys

/// The event that last shaped an item shown on screen (a step's mark, a finding): what a
/// correction from the dashboard voids (`event.voided` targets its id), and how many events
/// shaped the item, so the form can say it voids the latest of them.
public struct ShapingEvent: Sendable, Equatable {
    public var id: String
    public var type: String
    public var at: Timestamp
    public var by: String?
    /// Events that shaped the item (this one the latest in reading order, as the fold reads it).
    public var count: Int

    public init(id: String, type: String, at: Timestamp, by: String?, count: Int) {
        (self.id, self.type, self.at, self.by, self.count) = (id, type, at, by, count)
    }
}

extension BorderState {
    /// The latest `checklist.step` of `step` in `checklist` (the one its mark shows).
    public func shapingEvent(checklist: String, step: String) -> ShapingEvent? {
        guard let positions = checklists[checklist]?.keptPositions else { return nil }
        return latest(positions) { body in
            if case let .checklistStep(_, id, _, _) = body { return ExactKey.bytesEqual(id, step) }
            return false
        }
    }

    /// The latest `op.finding` of `finding` in `operation` (the one the operation shows).
    public func shapingEvent(operation: String, finding: String) -> ShapingEvent? {
        guard let positions = operations[operation]?.keptPositions else { return nil }
        return latest(positions) { body in
            if case let .opFinding(_, id, _, _, _) = body { return ExactKey.bytesEqual(id, finding) }
            return false
        }
    }

    /// The latest `agenda.item` of `item` in `meeting` (its state and minutes as shown).
    public func shapingEvent(meeting: String, item: String) -> ShapingEvent? {
        guard let positions = meetings[meeting]?.keptPositions else { return nil }
        return latest(positions) { body in
            if case let .agendaItem(_, id, _, _, _, _) = body { return ExactKey.bytesEqual(id, item) }
            return false
        }
    }

    /// The latest `op.team` of `team` in `operation` (its agency, status and place as shown).
    public func shapingEvent(operation: String, team: String) -> ShapingEvent? {
        guard let positions = operations[operation]?.keptPositions else { return nil }
        return latest(positions) { body in
            if case let .opTeam(_, id, _, _, _) = body { return ExactKey.bytesEqual(id, team) }
            return false
        }
    }

    /// Every `op.team` of `team` in `operation`, in reading order: a team renamed from the screen
    /// voids them all, or the old name would stand on with its earlier records.
    public func teamRecords(operation: String, team: String) -> [ShapingEvent] {
        guard let positions = operations[operation]?.keptPositions else { return [] }
        return positions.compactMap { position in
            guard case let .opTeam(_, id, _, _, _) = kept[position].body, ExactKey.bytesEqual(id, team) else { return nil }
            let env = kept[position].envelope
            return ShapingEvent(id: env.id, type: env.type, at: env.ts, by: env.by, count: 1)
        }
    }

    /// The `alert.ack` that stands for `alert` (the latest by time, the later read on a tie, as
    /// the fold applies them): what undoing the acknowledgement voids.
    public func shapingEvent(acknowledgement alert: String) -> ShapingEvent? {
        guard let positions = acknowledgementsKept[alert], !positions.isEmpty else { return nil }
        var standing = positions[0]
        for position in positions.dropFirst() where !(keptAcknowledgements[position].envelope.ts < keptAcknowledgements[standing].envelope.ts) {
            standing = position
        }
        let env = keptAcknowledgements[standing].envelope
        return ShapingEvent(id: env.id, type: env.type, at: env.ts, by: env.by, count: positions.count)
    }

    /// The latest `seizure.recorded` of case `caseID` (the record the desk shows).
    public func shapingEvent(seizure caseID: String) -> ShapingEvent? {
        guard let positions = desk.seizureKept[ExactKey(caseID)] else { return nil }
        return latest(positions) { _ in true }
    }

    /// The latest `action.assigned` of `action` (the title, owner and due date shown).
    public func shapingEvent(action: String) -> ShapingEvent? {
        guard let positions = actions[action]?.keptPositions else { return nil }
        return latest(positions) { body in
            if case .actionAssigned = body { return true }
            return false
        }
    }

    /// The `kpi.reported` events of one agency's day at a post, in reading order, each with its
    /// event: what a correction of that day's figures voids.
    public func kpiReports(date: CivilDate, agency: String, post: String) -> [(report: KPIReport, event: ShapingEvent)] {
        zip(desk.reports, desk.reportKept).compactMap { report, position in
            guard report.date == date, ExactKey.bytesEqual(report.agency, agency), ExactKey.bytesEqual(report.post, post) else { return nil }
            let env = kept[position].envelope
            return (report, ShapingEvent(id: env.id, type: env.type, at: env.ts, by: env.by, count: 1))
        }
    }

    /// Among the kept events at `positions` (reading order), the last that `matches`.
    private func latest(_ positions: [Int], matching matches: (EventBody) -> Bool) -> ShapingEvent? {
        let found = positions.filter { matches(kept[$0].body) }
        guard let last = found.last else { return nil }
        let env = kept[last].envelope
        return ShapingEvent(id: env.id, type: env.type, at: env.ts, by: env.by, count: found.count)
    }
}
