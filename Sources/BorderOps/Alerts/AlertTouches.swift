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

    /// Notes what one folded line can have changed (`LineOutcome.reaches`); a target arriving
    /// after its void is noted as itself.
    public mutating func note(_ outcome: LineOutcome, voided: ArraySlice<Correction>) {
        guard !everything else { return }
        outcome.reaches(voided: voided) { note($0) }
    }

    private mutating func note(_ reach: LineReach) {
        switch reach {
        case .voyage(let voyage), .checks(let voyage):
            subjects.insert(.voyage(voyage))
        case .operation(let op), .checklist(op: let op?):
            subjects.insert(.operation(op))
        case .action(let action):
            subjects.insert(.action(action))
        case .checklist(op: nil), .desk:
            return
        case .meeting, .extensionEvent, .acknowledgementVoided:
            touchEverything()
        }
    }
}
