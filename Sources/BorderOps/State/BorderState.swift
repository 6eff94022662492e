import ExactKeys

/// Everything the events say, folded. `apply` is the reducer: a function of the state and one
/// valid event, in the order the events are read. Things exist from their first mention;
/// opening events fill in their details whenever they arrive.
///
/// Corrections (`event.voided`): `remove` takes a folded event's effect out again, re-reading
/// only the things it touched. For that the state keeps every event other than a passenger
/// check whole (`kept`: a few percent of a large log), each thing the positions of its kept
/// events, and each voyage its passengers' results by check; the fold keeps an
/// `EventLocator` per event id saying where to look.
public struct BorderState: Sendable {
    public internal(set) var voyages = KeyedTable<Voyage>()
    public internal(set) var operations = KeyedTable<JointOperation>()
    public internal(set) var checklists = KeyedTable<Checklist>()
    public internal(set) var meetings = KeyedTable<Meeting>()
    public internal(set) var actions = KeyedTable<ActionItem>()
    public internal(set) var desk = Desk()
    /// When each post was last heard from (voided events included: the post's terminal did
    /// write them).
    public internal(set) var posts = KeyedTable<PostActivity>()
    /// Folded events marked `exercise`, voided ones left out: the dashboard shows the
    /// EXERCISE / LATIHAN banner when > 0.
    public internal(set) var exerciseEvents = 0
    /// The latest `ts` of any event read (voided ones included, as for `posts`).
    public internal(set) var lastEventTime: Timestamp?
    /// The latest `alert.ack` of each alert id (a Borderdesk extension event).
    public internal(set) var acknowledgements: [String: AlertAcknowledgement] = [:]
    /// Every voided event, in the order the voids took effect.
    public internal(set) var corrections: [Correction] = []
    /// What a preview of the state leaves out (`preview(for:)`); nothing in a whole state.
    public internal(set) var leftOut = LeftOut()
    /// Whether this is a preview: a part of the state for the first frame, not the fold.
    public var isPreview: Bool { leftOut.since != nil }

    /// Every folded event but passenger checks, whole, in reading order: what a thing is read
    /// again from when one of its events is voided.
    var kept = ChunkedArray<Event>(chunkShift: 10)
    /// The `alert.ack` events, likewise; and each alert's acks as positions there.
    var keptAcknowledgements: [(envelope: EventEnvelope, alert: String, note: String?)] = []
    var acknowledgementsKept: [String: [Int]] = [:]
    /// Voyages ever made (the next one's serial), and the serials of those removed since, in
    /// ascending order: a voyage's position is its serial less the removed ones before it.
    var voyageSerials = 0
    var removedVoyageSerials: [Int] = []
    /// How many voyages a void has taken out so far (their positions moved up): what kept
    /// orders by position check to know that their positions still stand.
    public var removedVoyages: Int { removedVoyageSerials.count }

    public init() {}

    // MARK: - Folding

    /// Applies a Borderdesk extension event (counted as an unknown type in the summary).
    mutating func apply(_ body: ExtensionBody, envelope env: EventEnvelope) -> EventLocator {
        // Not post activity: acknowledging `stale:POST` at headquarters must not make the silent
        // post look heard from.
        if lastEventTime.map({ $0 < env.ts }) ?? true { lastEventTime = env.ts }
        switch body {
        case let .alertAck(alert, note):
            let position = keptAcknowledgements.count
            keptAcknowledgements.append((env, alert, note))
            acknowledgementsKept[alert, default: []].append(position)
            acknowledge(alert, env, note)
            return EventLocator(kind: .keptExtension, index: position)
        }
    }

    /// The latest acknowledgement by time stands, whatever order the files are read in.
    mutating func acknowledge(_ alert: String, _ env: EventEnvelope, _ note: String?) {
        if acknowledgements[alert].map({ !(env.ts < $0.at) }) ?? true {
            acknowledgements[alert] = AlertAcknowledgement(alert: alert, at: env.ts, by: env.by, note: note)
        }
    }

    /// Folds one valid event; where to find what it changed, for a later void.
    /// The event is borrowed, not copied: a copy retains and releases each of its strings, for
    /// every event of a large log.
    mutating func apply(_ event: Event) -> EventLocator {
        let exercise = event.envelope.exercise
        if exercise { exerciseEvents += 1 }
        if lastEventTime.map({ $0 < event.envelope.ts }) ?? true { lastEventTime = event.envelope.ts }
        noteActivity(post: event.envelope.post, at: event.envelope.ts)

        switch event.body {
        case let .passengerChecked(voyage, passenger, doc, nationality, result, note):
            // Nearly every event of a large log: no closures here (see `KeyedTable[at:]`).
            let position = voyages.locate(voyage) ?? appendVoyage(voyage, post: event.envelope.post)
            let number = voyages[at: position].record(
                PassengerCheck(passenger: passenger, result: result, doc: doc, at: event.envelope.ts, by: event.envelope.by, note: note,
                               nationality: nationality, id: event.envelope.id),
                exercise: exercise)
            return EventLocator(kind: .check, exercise: exercise, voyage: voyages[at: position].serial, index: number)
        case .eventVoided:
            // The fold finds the target (it holds the ids); a void itself cannot be voided.
            return .void
        default:
            let position = kept.count
            kept.append(event)
            foldKept(position)
            return EventLocator(kind: .keptEvent, exercise: exercise, index: position)
        }
    }

    /// An event kept whole: into every thing it is about.
    private mutating func foldKept(_ position: Int) {
        let env = kept[position].envelope
        switch kept[position].body {
        case let .voyageOpened(voyage, _, _, _, _, _, _), let .voyageClosed(voyage, _):
            let at = voyages.locate(voyage) ?? appendVoyage(voyage, post: env.post)
            voyages[at: at].keptPositions.append(position)
            voyages[at: at].fold(kept[position])
        case let .opPlanned(op, _, _, _, _, _), let .opPhase(op, _, _), let .opTeam(op, _, _, _, _), let .opFinding(op, _, _, _, _):
            Self.fold(position, kept[position], into: &operations, op)
        case let .checklistStarted(checklist, _, _, _), let .checklistStep(checklist, _, _, _):
            Self.fold(position, kept[position], into: &checklists, checklist)
        case let .meetingOpened(meeting, _, _, _, _), let .agendaItem(meeting, _, _, _, _, _), let .meetingClosed(meeting):
            Self.fold(position, kept[position], into: &meetings, meeting)
        case let .actionAssigned(meeting, action, _, _, _, _):
            Self.fold(position, kept[position], into: &meetings, meeting)
            Self.fold(position, kept[position], into: &actions, action)
        case let .actionState(action, _, _):
            Self.fold(position, kept[position], into: &actions, action)
        case let .kpiReported(date, agency, metric, count):
            desk.add(KPIReport(date: date, agency: agency, metric: metric, count: count, post: env.post, exercise: env.exercise), kept: position)
        case .seizureRecorded:
            desk.record(kept[position], kept: position)
        case .passengerChecked, .eventVoided:
            break
        }
    }

    /// Creates the thing on first mention, then lets it read the event.
    private static func fold<Thing: KeptEventFolding>(_ position: Int, _ event: Event, into table: inout KeyedTable<Thing>, _ id: String) {
        let at = table.locate(id) ?? table.append(Thing(id: id, post: event.envelope.post))
        table[at: at].keptPositions.append(position)
        table[at: at].fold(event)
    }

    private mutating func appendVoyage(_ id: String, post: String) -> Int {
        defer { voyageSerials += 1 }
        return voyages.append(Voyage(id: id, post: post, serial: voyageSerials))
    }

    private mutating func noteActivity(post: String, at ts: Timestamp) {
        let position = posts.locate(post) ?? posts.append(PostActivity(post: post))
        posts[at: position].record(ts)
    }

    // MARK: - Corrections

    /// What an event was about (nil for a void, which cannot be voided).
    func subject(of event: Event) -> CorrectionSubject? {
        switch event.body {
        case let .passengerChecked(voyage, passenger, _, _, _, _): return .passenger(voyage: voyage, passenger: passenger)
        case let .voyageOpened(voyage, _, _, _, _, _, _), let .voyageClosed(voyage, _): return .voyage(voyage)
        case let .opPlanned(op, _, _, _, _, _), let .opPhase(op, _, _), let .opTeam(op, _, _, _, _), let .opFinding(op, _, _, _, _):
            return .operation(op)
        case let .checklistStarted(checklist, op, _, _): return .checklist(checklist, op: op ?? checklists[checklist]?.op)
        case let .checklistStep(checklist, _, _, _): return .checklist(checklist, op: checklists[checklist]?.op)
        case let .meetingOpened(meeting, _, _, _, _), let .agendaItem(meeting, _, _, _, _, _), let .meetingClosed(meeting):
            return .meeting(meeting)
        case let .actionAssigned(meeting, action, _, _, _, _): return .action(action, meeting: meeting)
        case let .actionState(action, _, _): return .action(action, meeting: actions[action]?.meeting)
        case let .kpiReported(date, agency, metric, count): return .kpi(date: date, metric: metric, agency: agency, count: count)
        case let .seizureRecorded(caseID, _, _, _, _, _): return .seizure(case: caseID)
        case .eventVoided: return nil
        }
    }

    /// Records a void that took effect.
    mutating func record(_ correction: Correction) {
        corrections.append(correction)
    }

    /// An event voided when it arrived: it is not folded, but its post was heard from (as for
    /// an event voided later, whose activity stays); `activity` false for an `alert.ack`.
    mutating func heard(_ env: EventEnvelope, activity: Bool) {
        if lastEventTime.map({ $0 < env.ts }) ?? true { lastEventTime = env.ts }
        if activity { noteActivity(post: env.post, at: env.ts) }
    }

    /// Takes the effect of a folded event out again (`locator` from `apply`): the things it
    /// touched are read again without it; a thing nothing else mentions is gone. Returns what it
    /// was (type, subject, time), or nil when the locator names nothing that can be voided.
    mutating func remove(_ locator: EventLocator) -> (type: String, subject: CorrectionSubject, time: Timestamp?, post: String?)? {
        switch locator.kind {
        case .check:
            return removeCheck(serial: locator.voyage, number: locator.index, exercise: locator.exercise)
        case .keptEvent:
            let event = kept[locator.index]
            guard let subject = subject(of: event) else { return nil }
            removeKept(locator.index)
            if event.envelope.exercise { exerciseEvents -= 1 }
            return (event.envelope.type, subject, event.envelope.ts, event.envelope.post)
        case .keptExtension:
            let ack = keptAcknowledgements[locator.index]
            removeAcknowledgement(locator.index, alert: ack.alert)
            return (ExtensionType.alertAck.rawValue, .alert(ack.alert), ack.envelope.ts, ack.envelope.post)
        case .unknown, .void, .voided, .pending:
            return nil
        }
    }

    private mutating func removeCheck(serial: Int, number: Int, exercise: Bool) -> (type: String, subject: CorrectionSubject, time: Timestamp?, post: String?) {
        if exercise { exerciseEvents -= 1 }
        let position = serial - removedVoyageSerials.partitioningIndex { $0 >= serial }
        let (passenger, at) = voyages[at: position].removeCheck(number: number, exercise: exercise)
        let id = voyages[at: position].id
        if exercise {
            voyages[at: position].refold(from: kept)
        }
        removeVoyageIfUnmentioned(position)
        return (EventType.passengerChecked.rawValue, .passenger(voyage: id, passenger: passenger), at, nil)
    }

    private mutating func removeVoyageIfUnmentioned(_ position: Int) {
        guard voyages[at: position].isUnmentioned else { return }
        let serial = voyages[at: position].serial
        removedVoyageSerials.insert(serial, at: removedVoyageSerials.partitioningIndex { $0 >= serial })
        voyages.remove(at: position)
    }

    /// A kept event out of every thing it is about.
    private mutating func removeKept(_ position: Int) {
        switch kept[position].body {
        case let .voyageOpened(voyage, _, _, _, _, _, _), let .voyageClosed(voyage, _):
            guard let at = voyages.locate(voyage) else { return }
            voyages[at: at].keptPositions.removeAll { $0 == position }
            voyages[at: at].refold(from: kept)
            removeVoyageIfUnmentioned(at)
        case let .opPlanned(op, _, _, _, _, _), let .opPhase(op, _, _), let .opTeam(op, _, _, _, _), let .opFinding(op, _, _, _, _):
            Self.refold(without: position, kept, in: &operations, op)
        case let .checklistStarted(checklist, _, _, _), let .checklistStep(checklist, _, _, _):
            Self.refold(without: position, kept, in: &checklists, checklist)
        case let .meetingOpened(meeting, _, _, _, _), let .agendaItem(meeting, _, _, _, _, _), let .meetingClosed(meeting):
            Self.refold(without: position, kept, in: &meetings, meeting)
        case let .actionAssigned(meeting, action, _, _, _, _):
            Self.refold(without: position, kept, in: &meetings, meeting)
            Self.refold(without: position, kept, in: &actions, action)
        case let .actionState(action, _, _):
            Self.refold(without: position, kept, in: &actions, action)
        case .kpiReported:
            _ = desk.removeReport(kept: position)
        case let .seizureRecorded(caseID, _, _, _, _, _):
            desk.removeSeizure(case: caseID, kept: position, from: kept)
        case .passengerChecked, .eventVoided:
            break
        }
    }

    /// The thing read again from its other kept events, or gone when it has none: the latest
    /// remaining event about it wins, and its post and first mention are those of its first.
    private static func refold<Thing: KeptEventFolding>(without position: Int, _ store: ChunkedArray<Event>, in table: inout KeyedTable<Thing>, _ id: String) {
        guard let at = table.locate(id) else { return }
        let remaining = table[at: at].keptPositions.filter { $0 != position }
        guard let first = remaining.first else {
            table.remove(at: at)
            return
        }
        var thing = Thing(id: id, post: store[first].envelope.post)
        for i in remaining { thing.fold(store[i]) }
        thing.keptPositions = remaining
        table[at: at] = thing
    }

    private mutating func removeAcknowledgement(_ position: Int, alert: String) {
        let remaining = (acknowledgementsKept[alert] ?? []).filter { $0 != position }
        acknowledgementsKept[alert] = remaining.isEmpty ? nil : remaining
        acknowledgements[alert] = nil
        for i in remaining {
            let ack = keptAcknowledgements[i]
            acknowledge(ack.alert, ack.envelope, ack.note)
        }
    }
}

extension Voyage: Identified {}
