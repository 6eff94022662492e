import BorderOps
import ExactKeys
import JSON
import Words

/// Keys in an operation's detail view (Enter on an operation): the checklist, team status,
/// findings and the phase. A pure function: the model changes, and at most one event to append.
public enum OperatorKeys {
    public enum Result: Sendable, Equatable {
        /// Not an operator key here: the general key table handles it.
        case notHandled
        case handled
        case append(OperatorIntent)
        /// Something to tell the operator (read-only terminal, no checklist yet...).
        case notice(String)
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

    public static func handle(_ key: Key, model: inout DashboardModel, target: Target) -> Result {
        let op = target.operation
        let steps = target.checklist?.steps ?? []
        let language = model.language
        let t = { (key: UIText) in key.text(language) }
        func step(_ id: String, _ state: StepState, note: String? = nil) -> Result {
            guard let checklist = target.checklist else { return .notice(t(.noChecklist)) }
            var fields = [JSONMember("checklist", .string(checklist.id)), JSONMember("step", .string(id)), JSONMember("state", .string(state.rawValue))]
            if let note, !note.isEmpty { fields.append(JSONMember("note", .string(note))) }
            return .append(OperatorIntent(type: .checklistStep, post: op.post, fields: fields))
        }
        // Typing and forms take every key first.
        switch model.operatorMode {
        case .note(let id, var editor):
            switch editor.handle(key) {
            case .editing: model.operatorMode = .note(step: id, editor: editor); return .handled
            case .cancelled: model.operatorMode = .browsing; return .handled
            case .saved(let text):
                model.operatorMode = .browsing
                return step(id, target.checklist?.state(of: id) ?? .open, note: text)
            }
        case .skipReason(let id, var editor):
            switch editor.handle(key) {
            case .editing: model.operatorMode = .skipReason(step: id, editor: editor); return .handled
            case .cancelled: model.operatorMode = .browsing; return .handled
            case .saved(let text):
                guard !text.trimmingCharacters(in: " ").isEmpty else { return .notice(t(.reasonNeeded)) }
                model.operatorMode = .browsing
                return step(id, .skipped, note: text)
            }
        case .team(let index, let status):
            let teams = sortedTeams(op)
            guard !teams.isEmpty else { model.operatorMode = .browsing; return .notice(t(.noTeams)) }
            switch key {
            case .up, .character("k"): model.operatorMode = .team(index: (index + teams.count - 1) % teams.count, status: teams[(index + teams.count - 1) % teams.count].status)
            case .down, .character("j"): model.operatorMode = .team(index: (index + 1) % teams.count, status: teams[(index + 1) % teams.count].status)
            case .left: model.operatorMode = .team(index: index, status: cycle(status, by: -1))
            case .right, .character(" "): model.operatorMode = .team(index: index, status: cycle(status, by: 1))
            case .escape: model.operatorMode = .browsing
            case .enter:
                model.operatorMode = .browsing
                let team = teams[min(index, teams.count - 1)]
                var fields = [JSONMember("op", .string(op.id)), JSONMember("team", .string(team.team)),
                              JSONMember("agency", .string(team.agency)), JSONMember("status", .string(status.rawValue))]
                if let location = team.location { fields.append(JSONMember("location", .string(location))) }
                return .append(OperatorIntent(type: .opTeam, post: op.post, fields: fields))
            default: break
            }
            return .handled
        case .finding(let category, let severity, var summary, let field):
            switch key {
            case .escape: model.operatorMode = .browsing; return .handled
            case .tab, .down: model.operatorMode = .finding(category: category, severity: severity, summary: summary, field: (field + 1) % 3); return .handled
            case .backTab, .up: model.operatorMode = .finding(category: category, severity: severity, summary: summary, field: (field + 2) % 3); return .handled
            case .left where field < 2, .right where field < 2:
                let delta = key == .left ? -1 : 1
                model.operatorMode = field == 0
                    ? .finding(category: cycle(category, by: delta), severity: severity, summary: summary, field: field)
                    : .finding(category: category, severity: cycle(severity, by: delta), summary: summary, field: field)
                return .handled
            case .enter:
                let text = summary.text
                guard !text.trimmingCharacters(in: " ").isEmpty else { return .notice(t(.summaryNeeded)) }
                model.operatorMode = .browsing
                let id = "f-\(op.findings.count + 1)-\(text.unicodeScalars.reduce(UInt32(5381)) { ($0 &* 33) &+ $1.value } % 100_000)"
                return .append(OperatorIntent(type: .opFinding, post: op.post, fields: [
                    JSONMember("op", .string(op.id)), JSONMember("finding", .string(id)),
                    JSONMember("category", .string(category.rawValue)), JSONMember("severity", .string(severity.rawValue)),
                    JSONMember("summary", .string(text)),
                ]))
            default:
                if field == 2 { _ = summary.handle(key) }
                model.operatorMode = .finding(category: category, severity: severity, summary: summary, field: field)
                return .handled
            }
        case .confirmClose:
            model.operatorMode = .browsing
            if key == .character("y") || key == .character("Y") || key == .enter {
                return .append(OperatorIntent(type: .opPhase, post: op.post, fields: [JSONMember("op", .string(op.id)), JSONMember("phase", .string("closed"))]))
            }
            return .handled
        case .browsing, .acknowledging:
            break
        }

        // Moving through the steps.
        let ids = steps.map(\.step)
        let selected = model.stepIndex(ids: ids)
        switch key {
        case .up, .character("k"): model.selectStep(selected - 1, ids: ids); return .handled
        case .down, .character("j"): model.selectStep(selected + 1, ids: ids); return .handled
        case .pageUp: model.selectStep(selected - 10, ids: ids); return .handled
        case .pageDown: model.selectStep(selected + 10, ids: ids); return .handled
        default: break
        }
        let writes: Set<Key> = [.character(" "), .enter, .character("s"), .character("u"), .character("n"), .character("c"),
                                .character("T"), .character("f"), .character(">")]
        guard writes.contains(key) else { return .notHandled }
        if target.readOnly { return .notice(t(.readOnlyInput)) }
        let current = ids.indices.contains(selected) ? ids[selected] : nil
        switch key {
        case .character(" "), .enter:
            guard let id = current else { return .notice(t(.noChecklist)) }
            return step(id, .done)
        case .character("u"):
            guard let id = current else { return .notice(t(.noChecklist)) }
            return step(id, .open)
        case .character("s"):
            guard let id = current else { return .notice(t(.noChecklist)) }
            model.operatorMode = .skipReason(step: id, editor: LineEditor(target.checklist?.marks[ExactKey(id)]?.note ?? ""))
            return .handled
        case .character("n"):
            guard let id = current else { return .notice(t(.noChecklist)) }
            model.operatorMode = .note(step: id, editor: LineEditor(target.checklist?.marks[ExactKey(id)]?.note ?? ""))
            return .handled
        case .character("c"):
            guard target.checklist == nil else { return .notice(t(.checklistExists)) }
            guard let template = target.template else { return .notice(t(.noTemplate)) }
            return .append(OperatorIntent(type: .checklistStarted, post: op.post,
                                          fields: template.startedFields(checklist: checklistID(for: op.id), op: op.id)))
        case .character("T"):
            let teams = sortedTeams(op)
            guard let first = teams.first else { return .notice(t(.noTeams)) }
            model.operatorMode = .team(index: 0, status: first.status)
            return .handled
        case .character("f"):
            model.operatorMode = .finding(category: .immigration, severity: .info, summary: LineEditor(), field: 0)
            return .handled
        case .character(">"):
            guard let next = OperationPhase.allCases.first(where: { $0 > op.phase }) else { return .notice(t(.alreadyClosed)) }
            if next == .closed {
                model.operatorMode = .confirmClose
                return .handled
            }
            return .append(OperatorIntent(type: .opPhase, post: op.post, fields: [JSONMember("op", .string(op.id)), JSONMember("phase", .string(next.rawValue))]))
        default:
            return .notHandled
        }
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

extension String {
    func trimmingCharacters(in set: Character) -> String {
        String(drop(while: { $0 == set }).reversed().drop(while: { $0 == set }).reversed())
    }
}
