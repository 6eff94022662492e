/// A part of the state one folded line can have changed. Said once here, for every event type
/// and every correction, and read by whoever keeps something derived from the state up to
/// date: the alerts and the kept orders (`AlertTouches`), the panes' memos (the dashboard's
/// `StateRevisions`). Each decides what a reach costs it.
public enum LineReach: Sendable, Equatable {
    /// A voyage's own fields (opened, closed, or voided).
    case voyage(String)
    /// A voyage's passenger checks.
    case checks(voyage: String)
    /// An operation, its phases, teams or findings.
    case operation(String)
    /// A checklist, with the operation it belongs to when the line says it.
    case checklist(op: String?)
    case action(String)
    /// A meeting or its agenda (its post sets the zone of its actions' due dates).
    case meeting
    /// KPI reports and seizures.
    case desk
    /// An event type Borderdesk adds to the format (`alert.ack`), or one added later.
    case extensionEvent
    /// An acknowledgement taken back by a void.
    case acknowledgementVoided
}

extension LineOutcome {
    /// Every part of the state this folded line can have changed. `voided`: the corrections the
    /// fold recorded while folding it (`state.corrections` past their count before the line),
    /// which say what a void took out, or that a target read after its void was taken out as
    /// it arrived. Lines no reader derives from (blank, malformed, unknown types) reach nothing.
    public func reaches(voided: ArraySlice<Correction>, _ reach: (LineReach) -> Void) {
        switch self {
        case .blank, .malformed, .unknown:
            return
        case .extended:
            reach(.extensionEvent)
        case .event(let event):
            switch event.body {
            case .voyageOpened(let voyage, _, _, _, _, _, _), .voyageClosed(let voyage, _):
                reach(.voyage(voyage))
            case .passengerChecked(let voyage, _, _, _, _, _):
                reach(.checks(voyage: voyage))
            case .opPlanned(let op, _, _, _, _, _), .opPhase(let op, _, _), .opTeam(let op, _, _, _, _), .opFinding(let op, _, _, _, _):
                reach(.operation(op))
            case .checklistStarted(_, let op, _, _):
                reach(.checklist(op: op))
            case .checklistStep:
                reach(.checklist(op: nil))
            case .actionAssigned(_, let action, _, _, _, _), .actionState(let action, _, _):
                reach(.action(action))
            case .kpiReported, .seizureRecorded:
                reach(.desk)
            case .meetingOpened, .agendaItem, .meetingClosed:
                reach(.meeting)
            case .eventVoided:
                break
            }
            for correction in voided { reach(correction.subject.reach) }
        }
    }
}

extension CorrectionSubject {
    /// The part of the state taking the event out changed.
    var reach: LineReach {
        switch self {
        case .passenger(let voyage, _): return .checks(voyage: voyage)
        case .voyage(let voyage): return .voyage(voyage)
        case .operation(let op): return .operation(op)
        case .checklist(_, let op): return .checklist(op: op)
        case .action(let action, _): return .action(action)
        case .meeting: return .meeting
        case .kpi, .seizure: return .desk
        case .alert: return .acknowledgementVoided
        }
    }
}
