/// The things folded lines touched, as far as the alert rules and the kept orders
/// (`AlertIndex`, `VoyageOrder`) care: the voyage a check or a
/// voyage event is about, the operation of a finding, the action of an action event. Anything
/// whose reach is wider or rarer (a void, an acknowledgement, a meeting event, whose post sets
/// the zone of its actions' due dates) asks for every alert again; lines no rule reads (KPIs,
/// seizures, unknown types, malformed lines) touch nothing. Touching more than needed only
/// costs time; touching less would leave an alert stale, so when in doubt: everything.
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

    /// Notes what one folded line can have changed.
    public mutating func note(_ outcome: LineOutcome) {
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
            case .meetingOpened, .agendaItem, .meetingClosed, .eventVoided:
                touchEverything()
            }
        }
    }
}
