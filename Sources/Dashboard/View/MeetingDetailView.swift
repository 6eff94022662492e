import BorderOps
import ExactKeys
import Words

/// A meeting open in detail (Enter in the Timpora pane), below its title, chair and attendees:
/// one list of its agenda items then its actions that scrolls with the secretary's selection,
/// the selected row's minutes (or a dropped action's reason) under it, and the question or the
/// reason's editor last.
enum MeetingDetailView {
    /// The lines a question and its answer take at the pane's foot.
    static func askedLines(_ mode: OperatorMode) -> Int {
        switch mode {
        case .dropReason, .skipReason: return 2
        case .closeMeeting: return 1
        default: return 0
        }
    }

    static func draw(_ meeting: Meeting, into grid: inout Grid, from top: Int, inner: Rect, context: ViewContext) {
        let rows = MeetingRow.rows(meeting, state: context.input.state)
        let selected = context.model.meetingRow.index(in: rows.map(\.key))
        let x = inner.x, w = inner.width
        var bottom = inner.maxY
        // A question is never answered blind: on a pane too short for it below the counts and a
        // row (40×12), the chair and attendees give way to it.
        var top = top
        let asked = askedLines(context.model.operatorMode)
        if asked > 0, bottom - top < asked + 2 {
            top = max(inner.y, bottom - asked - 2)
            grid.fill(Rect(x: x, y: top, width: w, height: bottom - top))
        }
        switch context.model.operatorMode {
        case .dropReason(_, let editor) where bottom - top >= 4:
            bottom -= 2
            grid.text(context.t(.dropReasonPrompt), x: x, y: bottom, maxWidth: w, role: .warn, style: .bold)
            ChecklistView.drawEditor(editor, into: &grid, x: x + 1, y: bottom + 1, width: w - 1)
        case .skipReason(_, let editor) where bottom - top >= 4:
            bottom -= 2
            grid.text(context.t(.skipStepPrompt), x: x, y: bottom, maxWidth: w, role: .warn, style: .bold)
            ChecklistView.drawEditor(editor, into: &grid, x: x + 1, y: bottom + 1, width: w - 1)
        case .closeMeeting where bottom - top >= 3:
            bottom -= 1
            grid.text(context.t(.closeMeetingPrompt), x: x, y: bottom, maxWidth: w, role: .warn, style: [.bold, .reverse])
        default: break
        }
        // The selected row's text gets at most a third of what is left.
        let about = rows.isEmpty ? [] : detailLines(rows[selected], context: context)
        let aboutRows = min(about.count, max(0, (bottom - top - 1) / 3))
        bottom -= aboutRows
        for (n, text) in about.prefix(aboutRows).enumerated() {
            grid.text(text, x: x + 1, y: bottom + n, maxWidth: w - 1, role: .muted)
        }
        var y = top
        guard y < bottom else { return }
        let actions = context.input.state.actions(of: meeting.id)
        let overdue = actions.filter { TimporaPane.isOverdue($0, context: context) }.count
        var counts = "\(context.t(.agenda)) \(context.count(meeting.itemsDone))/\(context.count(meeting.items.count)) · "
            + "\(context.t(.actions)) \(context.count(actions.filter { $0.state == .done }.count))/\(context.count(actions.count))"
        // The run-of-show's progress, when the meeting has one (its steps: `d`, the detail view).
        if let runOfShow = DetailChecklist.of(meeting.id, in: context.input.state) {
            counts += " · \(context.t(.runOfShow)) \(context.count(runOfShow.done + runOfShow.skipped))/\(context.count(runOfShow.total))"
        }
        grid.line(counts + (overdue > 0 ? "  ‼ \(context.count(overdue)) \(context.t(.overdue))" : ""), at: &y, in: inner, role: overdue > 0 ? .warn : .muted)
        if rows.isEmpty {
            grid.text(context.t(.meetingNothingSelected), x: x + 1, y: y, maxWidth: w - 1, role: .muted)
            return
        }
        let columns = Columns(actions, context: context)
        for i in PaneFrame.scrolled(count: rows.count, selected: selected, height: bottom - y) {
            let isSelected = i == selected
            grid.clickable(.meetingRow(index: i, key: rows[i].key), x: x, y: y, width: w)
            if isSelected {
                grid.fill(Rect(x: x, y: y, width: w, height: 1), role: .selection, style: .reverse)
                grid.cursor = (x, y)
            }
            let (text, role) = rowLine(rows[i], number: i + 1, width: w - 1, columns: columns, context: context)
            grid.text(text, x: x + 1, y: y, maxWidth: w - 1, role: isSelected ? .selection : role, style: isSelected ? .reverse : .plain)
            y += 1
        }
    }

    /// The widths of the columns after a row's title, the same on every row so owners, due dates
    /// and states line up whatever the state word (`TERLAMBAT`, `belum selesai`): each state word
    /// as wide as this language's longest, the due date as wide as the widest of the meeting's.
    struct Columns {
        var itemState: Int
        var actionState: Int
        var due: Int

        init(_ actions: [ActionItem], context: ViewContext) {
            itemState = AgendaState.allCases.map { DisplayWidth.of(context.t(.code($0))) }.max() ?? 0
            actionState = (ActionState.allCases.map { DisplayWidth.of(context.t(.code($0))) } + [DisplayWidth.of(context.t(.overdue))]).max() ?? 0
            due = actions.map { DisplayWidth.of(TimporaPane.due($0, context: context)) }.max() ?? 0
        }
    }

    /// A row: a mark that says its state without colour, the title, owner, due date, state.
    static func rowLine(_ row: MeetingRow, number: Int, width: Int, columns: Columns, context: ViewContext) -> (String, Role) {
        switch row {
        case .item(let item):
            let tail = " \(DisplayWidth.pad(item.owner, 14)) \(DisplayWidth.pad(Word.code(item.state).text(context.language), columns.itemState))"
            let head = "\(TimporaPane.mark(item.state)) \(number). "
            return (head + DisplayWidth.pad(item.title, max(8, width - DisplayWidth.of(head) - DisplayWidth.of(tail))) + tail,
                    item.state == .discussing ? .accent : (item.state == .done ? .muted : .text))
        case .action(let action):
            let late = TimporaPane.isOverdue(action, context: context)
            let state = late ? context.t(.overdue) : Word.code(action.state).text(context.language)
            let tail = " \(DisplayWidth.pad(action.owner, 14)) \(DisplayWidth.pad(TimporaPane.due(action, context: context), columns.due)) "
                + DisplayWidth.pad(state, columns.actionState)
            let head = "\(TimporaPane.mark(action, late: late)) → "
            return (head + DisplayWidth.pad(action.title, max(8, width - DisplayWidth.of(head) - DisplayWidth.of(tail))) + tail,
                    late ? .warn : (action.state == .open ? .text : .muted))
        case let .step(_, _, title, state):
            // A run-of-show step: the checklist's marks (✓ done, – skipped, ○ open) and its word.
            let head = "\(state == .done ? "✓" : (state == .skipped ? "–" : "○")) \(context.t(.runOfShow)): "
            let tail = " \(Word.code(state).text(context.language))"
            return (head + DisplayWidth.pad(title, max(8, width - DisplayWidth.of(head) - DisplayWidth.of(tail))) + tail,
                    state == .open ? .text : (state == .done ? .ok : .muted))
        }
    }

    /// What the list cannot show of the selected row: the minutes, or why an action was dropped.
    static func detailLines(_ row: MeetingRow, context: ViewContext) -> [String] {
        switch row {
        case .item(let item):
            let parts: [(Word, String?)] = [(.fieldDiscussion, item.minutes.discussion), (.fieldDecision, item.minutes.decision),
                                            (.fieldRecommendation, item.minutes.recommendation)]
            return parts.compactMap { word, text in text.map { "\(context.t(word)): \($0)" } }
        case .action(let action):
            guard action.state == .dropped, let reason = action.stateReason else { return [] }
            return ["\(context.t(.reason)): \(reason)"]
        case let .step(checklist, step, _, _):
            guard let mark = context.input.state.checklists[checklist]?.marks[ExactKey(step)], mark.state != .open else { return [] }
            return ["\(mark.by ?? "?") \(context.time(mark.at))" + (mark.note.map { " · \($0)" } ?? "")]
        }
    }
}
