/// The things folded lines touched, as far as the alert rules and the kept orders
/// (`AlertIndex`, `VoyageOrder`) care: the voyage a check or a
/// voyage event is about, the operation of a finding, the action of an action event, and for a
/// void what its target touched (so a correction costs what the corrected line cost, not a
/// re-judging of every alert). Anything whose reach is wider or rarer (an acknowledgement or its
/// void, a meeting event, whose post sets the zone of its actions' due dates) asks for every
/// alert again; lines no rule reads (KPIs, seizures, unknown types, malformed lines, a void
/// with no effect yet) touch nothing. Touching more than needed only costs time; touching less
/// would leave an alert stale, so when in doubt: everything.
public struct AlertTouches: Sendable {
    public enum Subject: Hashable, Sendable {
        case voyage(String), action(String), operation(String)
    }

    public private(set) var subjects: Set<Subject> = []
    public private(set) var everything = false

    public init(everything: Bool = false) { self.everything = everything }

    public var isEmpty: Bool { !everything && subjects.isEmpty }

    /// Every alert is to be made again (a fold replaced, caught up, read from a checkpoint).
    public mutating func touchEverything() {
        everything = true
        subjects = []
    }

    /// Notes what one folded line can have changed. `voided`: the corrections the fold recorded
    /// while folding it (`state.corrections` past their count before the line), which say what a
    /// void took out; a target arriving after its void is noted as itself.
    public mutating func note(_ outcome: LineOutcome, voided: ArraySlice<Correction>) {
        guard !everything else { return }
        switch outcome {
        case .blank, .malformed, .unknown:
            return
        case .extended:
            touchEverything()
        case .event(let event):
            switch event.body {
            case .voyageOpened(let voyage, _, _, _, _, _, _), .passengerChecked(let voyage, _, _, _, _, _), .voyageClosed(let voyage, _):
                subjects.insert(.voyage(voyage))
            case .opPlanned(let op, _, _, _, _, _), .opPhase(let op, _, _), .opTeam(let op, _, _, _, _), .opFinding(let op, _, _, _, _):
                subjects.insert(.operation(op))
            case .checklistStarted(_, let op, _, _):
                if let op { subjects.insert(.operation(op)) }
            case .actionAssigned(_, let action, _, _, _, _), .actionState(let action, _, _):
                subjects.insert(.action(action))
            case .checklistStep, .kpiReported, .seizureRecorded:
                return
            case .meetingOpened, .agendaItem, .meetingClosed:
                touchEverything()
            case .eventVoided:
                for correction in voided { note(correction.subject) }
            }
        }
    }

    private mutating func note(_ subject: CorrectionSubject) {
        switch subject {
        case .passenger(let voyage, _), .voyage(let voyage):
            subjects.insert(.voyage(voyage))
        case .operation(let op), .checklist(_, op: let op?):
            subjects.insert(.operation(op))
        case .action(let action, _):
            subjects.insert(.action(action))
        case .checklist(_, op: nil), .kpi, .seizure:
            return
        case .meeting, .alert:
            touchEverything()
        }
    }
}
