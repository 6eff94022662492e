import BorderOps
import Words

/// The form `v` opens on a recorded item: what will be voided (the item in words, who recorded
/// it and when, the event's id and type) and the reason being typed. Enter appends the
/// `event.voided`; nothing is written before.
public struct VoidForm: Sendable, Equatable {
    /// What the voided event recorded, as the screen names it.
    public enum Item: Sendable, Equatable {
        case check(voyage: String, passenger: String, result: CheckResult)
        case step(checklist: String, step: String, state: StepState)
        case seizure(case: String, commodity: Commodity)
        case finding(op: String, finding: String, severity: Severity, summary: String)
        case agendaItem(meeting: String, item: String, title: String)
        case team(op: String, team: String, status: TeamStatus)
        case action(meeting: String, action: String, title: String)
        /// An alert's acknowledgement (`alert.ack`): voided, the alert is in force again.
        case acknowledgement(alert: String)
        /// A voyage, operation or meeting opened by mistake: its opening, with every record
        /// that hangs on it (`OpeningVoid`).
        case voyage(voyage: String, vessel: String)
        case operation(op: String, title: String)
        case meeting(meeting: String, title: String)
    }

    public var item: Item
    /// The event to void: its id (the void's `target`) and type.
    public var target: String
    public var type: String
    /// The item's post: the void is written for it, with its zone's offset.
    public var post: String
    public var at: Timestamp
    public var by: String?
    /// Events that shaped the item; the form voids the latest of them.
    public var shapedBy = 1
    public var reason = LineEditor()
    /// Voiding an opening: the records that hang on it, voided in the same batch (`OpeningVoid`).
    public var alsoVoids: [ShapingEvent] = []
    /// A voyage's checks still being read from the files: the form waits for them.
    public var checksPending = false
    /// Why they could not be read (nothing is voided then).
    public var checksProblem: String?

    public init(item: Item, target: String, type: String, post: String, at: Timestamp, by: String?, shapedBy: Int = 1) {
        self.item = item
        self.target = target
        self.type = type
        self.post = post
        self.at = at
        self.by = by
        self.shapedBy = shapedBy
    }

    /// "passenger check: P-0002 (cleared) · thalia-20".
    public func itemLine(_ language: Language) -> String {
        switch item {
        case let .check(voyage, passenger, result):
            return "\(Word.voidPassengerCheck.text(language)): \(passenger) (\(Word.code(result).text(language))) · \(voyage)"
        case let .step(checklist, step, state):
            return "\(Word.voidStepMark.text(language)): \(step) (\(Word.code(state).text(language))) · \(checklist)"
        case let .seizure(caseID, commodity):
            return "\(Word.voidSeizure.text(language)): \(caseID) (\(Word.code(commodity).text(language)))"
        case let .team(op, team, status):
            return "\(Word.voidTeam.text(language)): \(team) (\(Word.code(status).text(language))) · \(op)"
        case let .agendaItem(meeting, item, title):
            return "\(Word.voidAgendaItem.text(language)): \(item) \(title) · \(meeting)"
        case let .action(meeting, action, title):
            return "\(Word.voidAction.text(language)): \(action) \(title) · \(meeting)"
        case let .acknowledgement(alert):
            return "\(Word.voidAcknowledgement.text(language)): \(alert)"
        case let .voyage(voyage, vessel):
            return "\(Word.voidVoyage.text(language)): \(voyage) \(vessel)"
        case let .operation(op, title):
            return "\(Word.voidOperation.text(language)): \(op) \(title)"
        case let .meeting(meeting, title):
            return "\(Word.voidMeeting.text(language)): \(meeting) \(title)"
        case let .finding(op, finding, severity, summary):
            return "\(Word.voidFinding.text(language)): \(finding) (\(Word.code(severity).text(language))) \(summary) · \(op)"
        }
    }

    /// Whether it voids a voyage's, operation's or meeting's opening (and what hangs on it).
    public var isOpening: Bool {
        switch item {
        case .voyage, .operation, .meeting: return true
        default: return false
        }
    }
}
