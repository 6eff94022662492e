import BorderOps
import ExactKeys

/// One selectable row of an operation open in detail: its checklist's steps in order, then its
/// findings, the latest first (what was just recorded is what an officer corrects). Step keys
/// act on a step; `e` corrects and `v` voids the selected finding.
public enum OperationRow: Sendable, Equatable {
    case step(String)
    case finding(Finding)

    /// The rows of `op` with its checklist (if it has one).
    public static func rows(_ op: JointOperation, checklist: Checklist?) -> [OperationRow] {
        (checklist?.steps ?? []).map { .step($0.step) } + latestFindings(op).map(OperationRow.finding)
    }

    /// The operation's findings, the latest first (ties by id, so the order is stable).
    public static func latestFindings(_ op: JointOperation) -> [Finding] {
        op.findings.values.sorted { ($0.recorded, ExactKey($0.finding)) > ($1.recorded, ExactKey($1.finding)) }
    }

    /// What the selection follows (`DashboardModel.selectedStep`): a step's own id, as before
    /// findings were rows; a finding's id after a control byte, so no step id can equal it.
    public var key: String {
        switch self {
        case .step(let id): return id
        case .finding(let finding): return "\u{1F}finding:" + finding.finding
        }
    }

    public var step: String? {
        if case .step(let id) = self { return id }
        return nil
    }
}
