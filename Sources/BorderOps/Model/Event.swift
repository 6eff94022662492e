/// Fields every event carries.
public struct EventEnvelope: Sendable, Equatable {
    public var id: String
    public var ts: Timestamp
    /// The type as written. A known type is kept as its case, not as a string: an event is
    /// copied several times between its line and the fold, and a string of over 15 bytes
    /// ("passenger.checked") costs a retain and a release at every copy.
    public var type: String {
        get {
            switch typeName {
            case .known(let known): return known.rawValue
            case .other(let text): return text
            }
        }
        set { typeName = TypeName(newValue) }
    }
    private var typeName: TypeName
    public var post: String
    public var by: String?
    public var exercise: Bool

    public init(id: String, ts: Timestamp, type: String, post: String, by: String? = nil, exercise: Bool = false) {
        self.init(id: id, ts: ts, typeName: TypeName(type), post: post, by: by, exercise: exercise)
    }

    /// For the decoder: `known` when the type's bytes matched a known type, else `type` as
    /// written. Fields are assigned here, not through another initialiser, so that the
    /// strings move into the envelope instead of being copied.
    init(id: String, ts: Timestamp, known: EventType?, type: String, post: String, by: String?, exercise: Bool) {
        self.id = id
        self.ts = ts
        if let known {
            typeName = .known(known)
        } else {
            typeName = TypeName(type)
        }
        self.post = post
        self.by = by
        self.exercise = exercise
    }

    private init(id: String, ts: Timestamp, typeName: TypeName, post: String, by: String?, exercise: Bool) {
        self.id = id
        self.ts = ts
        self.typeName = typeName
        self.post = post
        self.by = by
        self.exercise = exercise
    }

    /// The type's case when it is one this version knows.
    public var knownType: EventType? {
        if case .known(let known) = typeName { return known }
        return nil
    }

    private enum TypeName: Sendable, Equatable {
        case known(EventType)
        case other(String)

        /// A known type only on exactly its bytes (no Unicode equivalence, as for every field).
        init(_ text: String) {
            if let known = EventType(rawValue: text), known.rawValue.utf8.elementsEqual(text.utf8) {
                self = .known(known)
            } else {
                self = .other(text)
            }
        }
    }
}

/// One valid event of a known type.
public struct Event: Sendable, Equatable {
    public var envelope: EventEnvelope
    public var body: EventBody

    public init(envelope: EventEnvelope, body: EventBody) {
        self.envelope = envelope
        self.body = body
    }
}

public struct ChecklistStepDefinition: Sendable, Equatable {
    public var step: String
    public var title: String
    /// The phase the step belongs to (a Borderdesk addition, optional: docs/event-format.md).
    public var phase: String?
    public init(step: String, title: String, phase: String? = nil) {
        self.step = step
        self.title = title
        self.phase = phase
    }
}

/// What a known event type says, field by field as `docs/event-format.md` lists them.
public enum EventBody: Sendable, Equatable {
    case voyageOpened(voyage: String, vessel: String, from: String, to: String, departs: Timestamp, manifest: Int64, checkpoint: String?)
    case passengerChecked(voyage: String, passenger: String, doc: DocumentKind, nationality: String?, result: CheckResult, note: String?)
    case voyageClosed(voyage: String, departed: Timestamp?)
    case opPlanned(op: String, title: String, location: String, lead: String, agencies: [String], starts: Timestamp)
    case opPhase(op: String, phase: OperationPhase, note: String?)
    case opTeam(op: String, team: String, agency: String, status: TeamStatus, location: String?)
    case opFinding(op: String, finding: String, category: FindingCategory, severity: Severity, summary: String)
    case checklistStarted(checklist: String, op: String?, title: String, steps: [ChecklistStepDefinition])
    case checklistStep(checklist: String, step: String, state: StepState, note: String?)
    case meetingOpened(meeting: String, title: String, chair: String, location: String, attendees: [String])
    /// `minutes`: what was discussed and decided (Borderdesk's optional fields, docs/event-format.md).
    case agendaItem(meeting: String, item: String, title: String, owner: String, state: AgendaState, minutes: AgendaMinutes)
    case actionAssigned(meeting: String, action: String, title: String, owner: String, due: DueDate, item: String?)
    /// `reason`: why an action was dropped (a Borderdesk optional field).
    case actionState(action: String, state: ActionState, reason: String?)
    case meetingClosed(meeting: String)
    case kpiReported(date: CivilDate, agency: String, metric: KPIMetric, count: Int64)
    /// `details`: quantity, unit, place, modus, loss prevented (Borderdesk's optional fields).
    case seizureRecorded(caseID: String, commodity: Commodity, valueIDR: Int64, suspects: Int64, agency: String, details: SeizureDetails)
    /// A correction (format version 2): the event whose id is `target` is read as if its line
    /// were not there.
    case eventVoided(target: String, reason: String)
}

/// The event types this version knows, in the spec's order.
public enum EventType: String, Sendable, CaseIterable, FormatVocabulary {
    case voyageOpened = "voyage.opened"
    case passengerChecked = "passenger.checked"
    case voyageClosed = "voyage.closed"
    case opPlanned = "op.planned"
    case opPhase = "op.phase"
    case opTeam = "op.team"
    case opFinding = "op.finding"
    case checklistStarted = "checklist.started"
    case checklistStep = "checklist.step"
    case meetingOpened = "meeting.opened"
    case agendaItem = "agenda.item"
    case actionAssigned = "action.assigned"
    case actionState = "action.state"
    case meetingClosed = "meeting.closed"
    case kpiReported = "kpi.reported"
    case seizureRecorded = "seizure.recorded"
    case eventVoided = "event.voided"
    public static let table = VocabularyTable<EventType>()
}
