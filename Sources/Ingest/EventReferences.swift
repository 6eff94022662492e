import BorderOps

/// The things an event opens and the things it refers to by name, as `append` checks them: a
/// check on a voyage no source opened makes a phantom voyage, a step of an unknown checklist
/// is lost, so such a reference is refused (unless `--force`).
public enum ReferenceKind: String, Sendable, CaseIterable {
    case voyage, operation, meeting, checklist, action

    /// The field that names it, as the format spells it.
    public var field: String {
        switch self {
        case .voyage: return "voyage"
        case .operation: return "op"
        case .meeting: return "meeting"
        case .checklist: return "checklist"
        case .action: return "action"
        }
    }

    /// The event type that opens one (`voyage.opened` for a voyage).
    public var openedBy: EventType {
        switch self {
        case .voyage: return .voyageOpened
        case .operation: return .opPlanned
        case .meeting: return .meetingOpened
        case .checklist: return .checklistStarted
        case .action: return .actionAssigned
        }
    }
}

/// One thing named: its kind and its name.
public struct NamedThing: Hashable, Sendable {
    public var kind: ReferenceKind
    public var name: String

    public init(_ kind: ReferenceKind, _ name: String) {
        self.kind = kind
        self.name = name
    }
}

extension EventBody {
    /// What this event opens, if anything.
    public var opens: NamedThing? {
        switch self {
        case .voyageOpened(let voyage, _, _, _, _, _, _): return NamedThing(.voyage, voyage)
        case .opPlanned(let op, _, _, _, _, _): return NamedThing(.operation, op)
        case .meetingOpened(let meeting, _, _, _, _): return NamedThing(.meeting, meeting)
        case .checklistStarted(let checklist, _, _, _): return NamedThing(.checklist, checklist)
        case .actionAssigned(_, let action, _, _, _, _): return NamedThing(.action, action)
        default: return nil
        }
    }

    /// What this event refers to and must have been opened before (by any line, in any order
    /// in the file: the fold does not mind the order, only that something opened it).
    public var refers: [NamedThing] {
        switch self {
        case .passengerChecked(let voyage, _, _, _, _, _), .voyageClosed(let voyage, _): return [NamedThing(.voyage, voyage)]
        case .opPhase(let op, _, _), .opTeam(let op, _, _, _, _), .opFinding(let op, _, _, _, _): return [NamedThing(.operation, op)]
        case .checklistStarted(_, let op?, _, _): return [NamedThing(.operation, op)]
        case .checklistStep(let checklist, _, _, _): return [NamedThing(.checklist, checklist)]
        case .agendaItem(let meeting, _, _, _, _, _), .actionAssigned(let meeting, _, _, _, _, _), .meetingClosed(let meeting):
            return [NamedThing(.meeting, meeting)]
        case .actionState(let action, _, _): return [NamedThing(.action, action)]
        default: return []
        }
    }
}
