import BorderOps
import ExactKeys
import JSON
import Words

/// Keys in an operation's detail view (Enter on an operation): the checklist, team status,
/// findings and the phase. The keys are the key table's (`KeyTable`, the operation, editor and
/// form scopes); these are what their commands do. Pure: the model changes, and at most one
/// event to append.
public enum OperatorKeys {
    public enum Result: Sendable, Equatable {
        /// Not an operator key here: the general key table handles it.
        case notHandled
        case handled
        case append(OperatorIntent)
        /// Several events, appended as one batch (all or none).
        case appendAll([OperatorIntent])
        /// Something to tell the operator (read-only terminal, no checklist yet...).
        case notice(String)
        /// A valid form: its events, appended as one batch.
        case submit(FormSubmission)
    }

    /// The data the keys act on.
    public struct Target: Sendable {
        public var operation: JointOperation
        public var checklist: Checklist?
        /// The operation-kind template `c` starts when the operation has no checklist.
        public var template: ChecklistTemplate?
        public var readOnly: Bool

        public init(operation: JointOperation, checklist: Checklist?, template: ChecklistTemplate?, readOnly: Bool) {
            self.operation = operation
            self.checklist = checklist
            self.template = template
            self.readOnly = readOnly
        }
    }

    /// The id a checklist started from the dashboard gets: one per operation.
    public static func checklistID(for op: String) -> String { "cl-\(op)" }

    /// The scopes these keys live in (the key table's).
    static let scopes: Set<KeyScope> = [.operation, .editor, .teamForm]

    /// One key, looked up in the key table's operation scopes of `model`'s context.
    public static func handle(_ key: Key, model: inout DashboardModel, target: Target) -> Result {
        let all = KeyContext.of(model, canWrite: !target.readOnly, operationOpen: true)
        let context = KeyContext(scopes: all.scopes.filter(scopes.contains), canWrite: all.canWrite)
        switch context.lookup(key) {
        case .command(let command): return perform(command, key: key, model: &model, target: target)
        case .refused: return .notice(Word.readOnlyInput.text(model.language))
        // Typing and forms take every key: one they do not use does nothing.
        case .none: return model.operatorMode == .browsing ? .notHandled : .handled
        }
    }

    /// Does one command of the operation scopes (the key only for typing).
    public static func perform(_ command: KeyCommand, key: Key, model: inout DashboardModel, target: Target) -> Result {
        let op = target.operation
        let language = model.language
        let t = { (key: Word) in key.text(language) }
        func step(_ id: String, _ state: StepState, note: String? = nil) -> Result {
            guard let checklist = target.checklist else { return .notice(t(.noChecklist)) }
            var fields = [JSONMember("checklist", .string(checklist.id)), JSONMember("step", .string(id)), JSONMember("state", .string(state.rawValue))]
            if let note, !note.isEmpty { fields.append(JSONMember("note", .string(note))) }
            return .append(OperatorIntent(type: .checklistStep, post: op.post, fields: fields))
        }
        switch model.operatorMode {
        case .note(let id, _), .skipReason(let id, _):
            // A skip needs a reason; a note may be emptied.
            let skipping = model.operatorMode.isSkipReason
            switch ReasonEditing.perform(command, key: key, model: &model, required: skipping) {
            case .failure(let needed)?: return .notice(needed.notice)
            case .success(.saved(let text))?:
                model.operatorMode = .browsing
                return step(id, skipping ? .skipped : target.checklist?.state(of: id) ?? .open, note: text)
            case .success(.done)?, nil: return .handled
            }
        case .team(let index, let status):
            return teamForm(command, index: index, status: status, model: &model, op: op)
        case .browsing, .acknowledging, .gate, .form, .closeVoyage, .voiding, .dropReason, .closeMeeting:
            return browsing(command, model: &model, target: target, step: step)
        }
    }

    /// The checklist's keys while no form is open: moving through the steps, and writing.
    static func browsing(_ command: KeyCommand, model: inout DashboardModel, target: Target,
                         step: (String, StepState, String?) -> Result) -> Result {
        let op = target.operation
        let language = model.language
        let t = { (key: Word) in key.text(language) }
        // The rows are the steps, then the findings (`OperationRow`): step keys act on steps only.
        let rows = OperationRow.rows(op, checklist: target.checklist)
        let ids = rows.map(\.key)
        let selected = model.stepIndex(ids: ids)
        let current = rows.indices.contains(selected) ? rows[selected].step : nil
        switch command {
        case .stepUp, .stepDown, .stepPageUp, .stepPageDown, .stepTop, .stepBottom:
            if let move = command.listMove { model.selectStep(move.index(from: selected, count: ids.count, page: 10), ids: ids) }
        case .stepDone, .stepUndo, .stepSkip, .stepNote:
            guard target.checklist != nil else { return .notice(t(.noChecklist)) }
            guard let id = current else { return .notice(t(.stepKeysOnSteps)) }
            if command == .stepDone, let checklist = target.checklist, checklist.state(of: id) == .done {
                // Pressed twice (or on a step already done): nothing is written again; the
                // selection moves on to the next open step, after this one or from the top.
                let open = rows.indices.filter { rows[$0].step.map { checklist.state(of: $0) == .open } ?? false }
                if let next = open.first(where: { $0 > selected }) ?? open.first { model.selectStep(next, ids: ids) }
                return .handled
            }
            if command == .stepDone { return step(id, .done, nil) }
            if command == .stepUndo { return step(id, .open, nil) }
            let editor = LineEditor(target.checklist?.marks[ExactKey(id)]?.note ?? "")
            model.operatorMode = command == .stepSkip ? .skipReason(step: id, editor: editor) : .note(step: id, editor: editor)
        case .startChecklist:
            guard target.checklist == nil else { return .notice(t(.checklistExists)) }
            guard let template = target.template else { return .notice(t(.noTemplate)) }
            return .append(OperatorIntent(type: .checklistStarted, post: op.post,
                                          fields: template.startedFields(checklist: checklistID(for: op.id), op: op.id)))
        case .teamStatus:
            guard let first = sortedTeams(op).first else { return .notice(t(.noTeams)) }
            model.operatorMode = .team(index: 0, status: first.status)
        case .nextPhase:
            // The phase form: the next phase with its note (the form asks before closing).
            guard let form = PhaseForm.make(op) else { return .notice(t(.alreadyClosed)) }
            model.operatorMode = .form(form)
        default:
            return .notHandled
        }
        return .handled
    }

    /// The team status form: which team, which status, Enter appends.
    static func teamForm(_ command: KeyCommand, index: Int, status: TeamStatus, model: inout DashboardModel, op: JointOperation) -> Result {
        let teams = sortedTeams(op)
        guard !teams.isEmpty else { model.operatorMode = .browsing; return .notice(Word.noTeams.text(model.language)) }
        let previous = (index + teams.count - 1) % teams.count, next = (index + 1) % teams.count
        switch command {
        case .previousTeam: model.operatorMode = .team(index: previous, status: teams[previous].status)
        case .nextTeam: model.operatorMode = .team(index: next, status: teams[next].status)
        case .previousStatus: model.operatorMode = .team(index: index, status: cycle(status, by: -1))
        case .nextStatus: model.operatorMode = .team(index: index, status: cycle(status, by: 1))
        case .cancel: model.operatorMode = .browsing
        case .save:
            model.operatorMode = .browsing
            let team = teams[min(index, teams.count - 1)]
            var fields = [JSONMember("op", .string(op.id)), JSONMember("team", .string(team.team)),
                          JSONMember("agency", .string(team.agency)), JSONMember("status", .string(status.rawValue))]
            if let location = team.location { fields.append(JSONMember("location", .string(location))) }
            return .append(OperatorIntent(type: .opTeam, post: op.post, fields: fields))
        default: break
        }
        return .handled
    }

    public static func sortedTeams(_ op: JointOperation) -> [OperationTeam] {
        op.teams.values.sorted { ExactKey($0.team) < ExactKey($1.team) }
    }

    static func cycle<E: CaseIterable & Equatable>(_ value: E, by delta: Int) -> E where E.AllCases == [E] {
        let all = E.allCases
        let i = all.firstIndex(of: value) ?? 0
        return all[(i + delta + all.count) % all.count]
    }
}
