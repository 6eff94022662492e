import BorderOps
import ExactKeys
import Words

/// A checklist in a detail view: its id, title and progress, then every step with its state,
/// who marked it and when, and the note or skip reason in full. An operation's checklist and a
/// meeting's run-of-show (`checklist.started` whose `op` is the meeting) read the same.
enum DetailChecklist {
    /// The checklist started for `owner` (an operation's or a meeting's id), the first if several.
    static func of(_ owner: String, in state: BorderState) -> Checklist? {
        state.checklists.values.first { $0.op.map { ExactKey.bytesEqual($0, owner) } ?? false }
    }

    static func add(_ checklist: Checklist, to d: inout DetailDocument, post: String, context: ViewContext) {
        let t = context.t
        d.field(t(.detailID), checklist.id)
        d.text("\(checklist.title)  \(checklist.done + checklist.skipped)/\(checklist.total) (✓\(checklist.done) –\(checklist.skipped))", role: .accent)
        for (n, step) in checklist.steps.enumerated() {
            let mark = checklist.marks[ExactKey(step.step)]
            let state = mark?.state ?? .open
            let symbol = state == .done ? "✓" : (state == .skipped ? "–" : "○")
            d.item(symbol, "\(n + 1). \(step.title) · \(t(.code(state)))", role: state == .open ? .text : (state == .done ? .ok : .muted))
            guard let mark, state != .open else { continue }
            d.item("", "\(mark.by ?? "?") · \(DetailTime.full(mark.at, post: post, context: context))", role: .muted, indent: 4)
            if let note = mark.note, !note.isEmpty {
                d.item("", (state == .skipped ? "\(t(.detailSkipReason)): " : "\(t(.note)): ") + note, indent: 4)
            }
        }
    }
}
