import ExactKeys

/// What a state leaves out of its preview (`BorderState.preview(since:)`): how many of each
/// list, for the panes' "12 of 44,869" titles, and from which instant the things of a day are
/// all there. A whole state leaves nothing out (`since` nil).
public struct LeftOut: Sendable, Equatable {
    public internal(set) var voyages = 0
    public internal(set) var operations = 0
    public internal(set) var meetings = 0
    /// The preview holds every voyage departing, operation starting or changing phase, and
    /// meeting first mentioned from this instant on: a frame whose "today" starts at or after it
    /// lists the same working rows as the whole state's.
    public internal(set) var since: Timestamp?
    /// The desk's reports and seizures left out, summed.
    public internal(set) var desk = DeskLeftOut()

    public init() {}
}

/// The part of a state the dashboard's first frame shows (issue 19, docs/checkpoints.md
/// "The preview"): what officers work on (`WorkingRows`: open, and of the days from `since`
/// on) and everything an alert rule judges, with the kept events those are made of, the posts
/// and the acknowledgements whole, and of the desk what its pane shows (`Desk.preview`). Written beside a checkpoint, it is read in a few
/// milliseconds however long the history, and drawn while the whole state is read.
extension BorderState {
    /// Whether a frame drawn at `now` may be drawn from a preview made `since`: every post's
    /// "today" starts at or after `since`.
    public static func preview(since: Timestamp, serves now: Timestamp) -> Bool {
        !(now.epochSeconds - Self.day < since.epochSeconds)
    }

    /// Any zone's midnight (UTC−12 to UTC+14) lies less than a day before now.
    static let day: Int64 = 86_400

    /// The preview for frames drawn from `now` on, or up to a day before (a clock set back):
    /// what they may show as today begins after `since = now − 2 days`.
    /// The desk keeps its `seizures` newest seizures: more than any pane shows.
    public func preview(for now: Timestamp, seizures: Int = Desk.previewSeizures) -> BorderState {
        preview(since: now.adding(minutes: -2 * Self.day / 60), seizures: seizures)
    }

    /// The working things from `since` on, their kept events renumbered in the order they had.
    func preview(since: Timestamp, seizures: Int = Desk.previewSeizures) -> BorderState {
        let operations = self.operations.values.filter { Self.isWorking($0, since: since) }
        let shownOperations = Set(operations.map { ExactKey($0.id) })
        let actions = self.actions.values.filter { $0.state == .open }
        // Strings, as the pane compares them (`WorkingRows.meetingsWithOpenActions`).
        let meetingsWithOpenActions = Set(actions.compactMap(\.meeting))
        let meetings = self.meetings.values.filter {
            !$0.closed || meetingsWithOpenActions.contains($0.id) || $0.firstMention.map { !($0 < since) } == true
        }
        let shownMeetings = Set(meetings.map { ExactKey($0.id) })
        let voyages = self.voyages.values.filter { !$0.closed || $0.departs.map { !($0 < since) } == true }

        var preview = BorderState()
        preview.leftOut.voyages = self.voyages.count - voyages.count + leftOut.voyages
        preview.leftOut.operations = self.operations.count - operations.count + leftOut.operations
        preview.leftOut.meetings = self.meetings.count - meetings.count + leftOut.meetings
        preview.leftOut.since = since

        let checklists = self.checklists.values.filter { $0.op.map { shownOperations.contains(ExactKey($0)) } ?? true }
        let actionsShown = self.actions.values.filter { $0.meeting.map { shownMeetings.contains(ExactKey($0)) } ?? true }
        preview.leftOut.desk = leftOut.desk
        let desk = self.desk.preview(seizures: seizures, leftOut: &preview.leftOut.desk)
        var taken = Set(desk.reportKept)
        for positions in desk.seizureKept.values { taken.formUnion(positions) }
        for voyage in voyages { taken.formUnion(voyage.keptPositions) }
        for op in operations { taken.formUnion(op.keptPositions) }
        for checklist in checklists { taken.formUnion(checklist.keptPositions) }
        for meeting in meetings { taken.formUnion(meeting.keptPositions) }
        for action in actionsShown { taken.formUnion(action.keptPositions) }
        // The kept events taken, in the order they had: each thing's positions stay ascending.
        let order = taken.sorted()
        func renumbered(_ positions: [Int]) -> [Int] { positions.map { p in order.partitioningIndex { $0 >= p } } }
        for position in order { preview.kept.append(kept[position]) }
        preview.voyages = Self.table(voyages, renumbered)
        preview.operations = Self.table(operations, renumbered)
        preview.checklists = Self.table(checklists, renumbered)
        preview.meetings = Self.table(meetings, renumbered)
        preview.actions = Self.table(actionsShown, renumbered)
        preview.desk = desk
        preview.desk.reportKept = renumbered(desk.reportKept)
        preview.desk.seizureKept = desk.seizureKept.mapValues(renumbered)

        preview.posts = posts
        preview.exerciseEvents = exerciseEvents
        preview.lastEventTime = lastEventTime
        preview.acknowledgements = acknowledgements
        preview.keptAcknowledgements = keptAcknowledgements
        preview.acknowledgementsKept = acknowledgementsKept
        // Serials as they were (the voyages' order breaks ties by them); corrections only
        // appear in detail views, which a preview never draws.
        preview.voyageSerials = voyageSerials
        preview.removedVoyageSerials = removedVoyageSerials
        return preview
    }

    /// Listed as working (`WorkingRows.holds`) on a day from `since` on, or judged by an alert
    /// rule (a critical finding stands whatever the phase).
    private static func isWorking(_ op: JointOperation, since: Timestamp) -> Bool {
        op.phase != .closed || op.starts.map { !($0 < since) } == true || op.phaseChanges.last.map { !($0.at < since) } == true
            || op.findings.values.contains { $0.severity == .critical }
    }

    private static func table<Thing: KeepsEvents>(_ things: [Thing], _ renumbered: ([Int]) -> [Int]) -> KeyedTable<Thing> {
        var table = KeyedTable<Thing>(reservingCapacity: things.count)
        for var thing in things {
            thing.keptPositions = renumbered(thing.keptPositions)
            _ = table.append(thing)
        }
        return table
    }
}

extension EventFold {
    /// The fold with its state's preview for frames drawn from `now` on: the counts and the
    /// malformed lines as they are, no ids: the lines written since are folded into it only for
    /// the frames drawn while the checkpoint is read, then the whole fold judges them again.
    public func preview(for now: Timestamp, seizures: Int = Desk.previewSeizures) -> EventFold {
        var preview = EventFold(decodePath: decodePath, problems: problems)
        preview.counts = counts
        preview.malformedBySource = malformedBySource
        preview.state = state.preview(for: now, seizures: seizures)
        return preview
    }
}
