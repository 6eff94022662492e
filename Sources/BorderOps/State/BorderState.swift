/// An `alert.ack`: who acknowledged which alert, when, and why.
public struct AlertAcknowledgement: Sendable, Equatable {
    public var alert: String
    public var at: Timestamp
    public var by: String?
    public var note: String?

    public init(alert: String, at: Timestamp, by: String?, note: String?) {
        self.alert = alert
        self.at = at
        self.by = by
        self.note = note
    }
}

/// When a post was last heard from.
public struct PostActivity: Sendable, Equatable, Identified {
    public var post: String
    public var id: String { post }
    public var events = 0
    public var lastEvent: Timestamp?

    init(post: String) { self.post = post }

    /// Events per calendar day as the post wrote its times (days since 1970 in each event's
    /// own offset): "today" on the posts pane. The day being written is counted apart, so the
    /// fold's hot path does no hashing while events keep to one day.
    private var earlierDays: [Int64: Int] = [:]
    private var currentDay = Int64.min
    /// `currentDay` in seconds (a day no event falls in until the first one is counted).
    private var currentDayStart = Int64.min
    private var currentDayCount = 0

    public func events(on date: CivilDate) -> Int {
        let day = date.daysSinceEpoch
        return (earlierDays[day] ?? 0) + (day == currentDay ? currentDayCount : 0)
    }

    /// One more event stamped `ts`.
    mutating func record(_ ts: Timestamp) {
        events += 1
        if lastEvent.map({ $0 < ts }) ?? true { lastEvent = ts }
        // Seconds since 1970 in the event's own offset; within the day being written (nearly
        // always) one comparison counts it, without dividing.
        let local = ts.epochSeconds + Int64(ts.offsetSeconds)
        let offset = local &- currentDayStart
        if offset >= 0 && offset < 86_400 {
            currentDayCount += 1
        } else {
            countEvent(onDay: local >= 0 ? local / 86_400 : (local - 86_399) / 86_400)
        }
    }

    private mutating func countEvent(onDay day: Int64) {
        if day != currentDay {
            if currentDayCount > 0 { earlierDays[currentDay, default: 0] += currentDayCount }
            currentDay = day
            currentDayStart = day * 86_400
            currentDayCount = 0
        }
        currentDayCount += 1
    }
}

/// Everything the events say, folded. `apply` is the reducer: a pure function of the state and
/// one valid event, in the order the events are read. Things exist from their first mention;
/// opening events fill in their details whenever they arrive.
public struct BorderState: Sendable {
    public private(set) var voyages = KeyedTable<Voyage>()
    public private(set) var operations = KeyedTable<JointOperation>()
    public private(set) var checklists = KeyedTable<Checklist>()
    public private(set) var meetings = KeyedTable<Meeting>()
    public private(set) var actions = KeyedTable<ActionItem>()
    public var desk = Desk()
    /// When each post was last heard from.
    public private(set) var posts = KeyedTable<PostActivity>()
    /// Folded events marked `exercise`: the dashboard shows the EXERCISE / LATIHAN banner when > 0.
    public var exerciseEvents = 0
    public var lastEventTime: Timestamp?
    /// The latest `alert.ack` of each alert id (a Borderdesk extension event).
    public private(set) var acknowledgements: [String: AlertAcknowledgement] = [:]

    public init() {}

    /// Applies a Borderdesk extension event (counted as an unknown type in the summary).
    public mutating func apply(_ body: ExtensionBody, envelope env: EventEnvelope) {
        // Not post activity: acknowledging `stale:POST` at headquarters must not make the silent
        // post look heard from.
        if lastEventTime.map({ $0 < env.ts }) ?? true { lastEventTime = env.ts }
        switch body {
        case let .alertAck(alert, note):
            // The latest acknowledgement by time stands, whatever order the files are read in.
            if acknowledgements[alert].map({ !(env.ts < $0.at) }) ?? true {
                acknowledgements[alert] = AlertAcknowledgement(alert: alert, at: env.ts, by: env.by, note: note)
            }
        }
    }

    public mutating func apply(_ event: Event) {
        apply(event.body, envelope: event.envelope)
    }

    /// The envelope is borrowed, not copied: a copy retains and releases each of its strings,
    /// for every event of a large log.
    private mutating func apply(_ body: EventBody, envelope env: EventEnvelope) {
        let exercise = env.exercise
        if exercise { exerciseEvents += 1 }
        if lastEventTime.map({ $0 < env.ts }) ?? true { lastEventTime = env.ts }
        noteActivity(post: env.post, at: env.ts)

        switch body {
        case let .voyageOpened(voyage, vessel, from, to, departs, manifest, checkpoint):
            updateVoyage(voyage, env) {
                $0.opened = true
                $0.vessel = vessel
                $0.from = from
                $0.to = to
                $0.departs = departs
                $0.manifest = manifest
                $0.checkpoint = checkpoint
                $0.expectPassengers(manifest)
            }
        case let .passengerChecked(voyage, passenger, doc, _, result, note):
            // Nearly every event of a large log: no closures here (see `KeyedTable[at:]`).
            let position = voyages.locate(voyage) ?? voyages.append(Voyage(id: voyage, post: env.post))
            voyages[at: position].record(PassengerCheck(passenger: passenger, result: result, doc: doc, at: env.ts, by: env.by, note: note))
            if exercise { voyages[at: position].exercise = true }
        case let .voyageClosed(voyage, departed):
            updateVoyage(voyage, env) {
                $0.closed = true
                if let departed { $0.departed = departed }
            }
        case let .opPlanned(op, title, location, lead, agencies, starts):
            updateOperation(op, env) {
                $0.planned = true
                $0.title = title
                $0.location = location
                $0.lead = lead
                $0.agencies = agencies
                $0.starts = starts
            }
        case let .opPhase(op, phase, note):
            updateOperation(op, env) {
                $0.phase = phase
                $0.phaseChanges.append(PhaseChange(phase: phase, at: env.ts, note: note, by: env.by))
            }
        case let .opTeam(op, team, agency, status, location):
            updateOperation(op, env) {
                $0.teams[ExactKey(team)] = OperationTeam(team: team, agency: agency, status: status, location: location, updated: env.ts)
            }
        case let .opFinding(op, finding, category, severity, summary):
            updateOperation(op, env) {
                $0.findings[ExactKey(finding)] = Finding(
                    finding: finding, category: category, severity: severity, summary: summary, recorded: env.ts, by: env.by)
            }
        case let .checklistStarted(checklist, op, title, steps):
            updateChecklist(checklist, env) {
                $0.started = true
                $0.op = op
                $0.title = title
                $0.replaceSteps(steps)
            }
        case let .checklistStep(checklist, step, state, note):
            updateChecklist(checklist, env) {
                $0.marks[ExactKey(step)] = StepMark(state: state, at: env.ts, by: env.by, note: note)
            }
        case let .meetingOpened(meeting, title, chair, location, attendees):
            updateMeeting(meeting, env) {
                $0.opened = true
                $0.title = title
                $0.chair = chair
                $0.location = location
                $0.attendees = attendees
            }
        case let .agendaItem(meeting, item, title, owner, state):
            updateMeeting(meeting, env) {
                $0.upsert(AgendaItem(item: item, title: title, owner: owner, state: state, updated: env.ts))
            }
        case let .actionAssigned(meeting, action, title, owner, due, item):
            updateMeeting(meeting, env) { _ in }
            updateAction(action) {
                $0.assigned = true
                $0.meeting = meeting
                $0.title = title
                $0.owner = owner
                $0.due = due
                $0.item = item
            }
        case let .actionState(action, state):
            updateAction(action) {
                $0.state = state
                $0.stateChanged = env.ts
            }
        case let .meetingClosed(meeting):
            updateMeeting(meeting, env) { $0.closed = true }
        case let .kpiReported(date, agency, metric, count):
            desk.add(KPIReport(date: date, agency: agency, metric: metric, count: count, post: env.post, exercise: exercise))
        case let .seizureRecorded(caseID, commodity, valueIDR, suspects, agency):
            let key = ExactKey(caseID)
            let first = desk.seizures[key].map { min($0.firstRecorded, env.ts) } ?? env.ts
            desk.seizures[key] = Seizure(
                caseID: caseID, commodity: commodity, valueIDR: valueIDR, suspects: suspects, agency: agency,
                recorded: env.ts, firstRecorded: first, post: env.post, exercise: exercise)
        }
    }

    private mutating func noteActivity(post: String, at ts: Timestamp) {
        let position = posts.locate(post) ?? posts.append(PostActivity(post: post))
        posts[at: position].record(ts)
    }

    private static func change<T: ExerciseMarked>(_ thing: inout T, exercise: Bool, _ change: (inout T) -> Void) {
        change(&thing)
        if exercise { thing.exercise = true }
    }

    // Each update creates the thing on first mention, then changes it in place.

    private mutating func updateVoyage(_ id: String, _ env: EventEnvelope, _ change: (inout Voyage) -> Void) {
        voyages.update(id, make: { Voyage(id: id, post: env.post) }) { Self.change(&$0, exercise: env.exercise, change) }
    }

    private mutating func updateOperation(_ id: String, _ env: EventEnvelope, _ change: (inout JointOperation) -> Void) {
        operations.update(id, make: { JointOperation(id: id, post: env.post) }) { Self.change(&$0, exercise: env.exercise, change) }
    }

    private mutating func updateChecklist(_ id: String, _ env: EventEnvelope, _ change: (inout Checklist) -> Void) {
        checklists.update(id, make: { Checklist(id: id, post: env.post) }) { Self.change(&$0, exercise: env.exercise, change) }
    }

    private mutating func updateMeeting(_ id: String, _ env: EventEnvelope, _ change: (inout Meeting) -> Void) {
        meetings.update(id, make: {
            var meeting = Meeting(id: id, post: env.post)
            meeting.firstMention = env.ts
            return meeting
        }) { Self.change(&$0, exercise: env.exercise, change) }
    }

    private mutating func updateAction(_ id: String, _ change: (inout ActionItem) -> Void) {
        actions.update(id, make: { ActionItem(id: id) }, change)
    }

    /// The actions of a meeting (by each action's latest assignment), in order of first mention.
    public func actions(of meeting: String) -> [ActionItem] {
        actions.values.filter { action in action.meeting.map { ExactKey.bytesEqual($0, meeting) } ?? false }
    }

    /// Open and done actions of a meeting.
    public func actionCounts(meeting: String) -> (open: Int, done: Int) {
        let list = actions(of: meeting)
        return (list.filter { $0.state == .open }.count, list.filter { $0.state == .done }.count)
    }

    /// Open and done actions of every meeting, in one pass over the actions (asking meeting by
    /// meeting walks every action for each).
    public func actionCountsByMeeting() -> [ExactKey: (open: Int, done: Int)] {
        var counts: [ExactKey: (open: Int, done: Int)] = [:]
        for action in actions.values {
            guard let meeting = action.meeting else { continue }
            switch action.state {
            case .open: counts[ExactKey(meeting), default: (0, 0)].open += 1
            case .done: counts[ExactKey(meeting), default: (0, 0)].done += 1
            case .dropped: break
            }
        }
        return counts
    }
}

/// Things that show the EXERCISE banner once any event about them was exercise data.
protocol ExerciseMarked {
    var exercise: Bool { get set }
}

extension Voyage: ExerciseMarked, Identified {}
extension JointOperation: ExerciseMarked, Identified {}
extension Checklist: ExerciseMarked, Identified {}
extension Meeting: ExerciseMarked, Identified {}
extension ActionItem: Identified {}
