import BorderOps
import ExactKeys
import Words

/// An operation opened in detail: its summary on top, then its checklist grouped by phase
/// (✓ done, – skipped, ○ open; who and when; the next open step marked), its findings (the
/// latest first; selectable, so `e` and `v` act on one), then the line the operator types into
/// or the form being filled. Keys: `OperatorKeys`.
enum ChecklistView {
    static func draw(_ op: JointOperation, into grid: inout Grid, rect: Rect, context: ViewContext) {
        let checklist = checklist(of: op, in: context.input.state)
        // The summary: title, facts, phase line, findings, teams on one line.
        let summaryHeight = min(5, max(0, rect.height - 6))
        OperationsPane.drawDetail(op, into: &grid, rect: Rect(x: rect.x, y: rect.y, width: rect.width, height: summaryHeight), context: context, compact: true)
        var y = rect.y + summaryHeight
        let modeHeight = modeLines(context.model.operatorMode)
        let listEnd = rect.maxY - modeHeight - 1
        let x = rect.x + 1
        let w = rect.width - 1
        if let checklist {
            grid.text(progress(checklist, context: context, title: true), x: x, y: y, maxWidth: w, role: .accent, style: .bold)
        } else {
            grid.text(context.t(.noChecklist), x: x, y: y, maxWidth: w, role: .warn, style: .bold)
        }
        y += 1
        let steps = checklist?.steps ?? []
        let next = steps.first { checklist?.state(of: $0.step) == .open }?.step
        // Rows: a phase header before the first step of each phase, then the findings under
        // their own header (`OperationRow`: both are selectable).
        let operationRows = OperationRow.rows(op, checklist: checklist)
        var rows: [(text: String, row: OperationRow?)] = []
        var lastPhase: String?? = .none
        for step in steps {
            if lastPhase != .some(step.phase) {
                rows.append(("", nil))
                rows.append((step.phase.map { phaseTitle($0, checklist: checklist!) } ?? "", nil))
                lastPhase = .some(step.phase)
            }
            rows.append((step.step, .step(step.step)))
        }
        let findings = operationRows.filter { $0.step == nil }
        if !findings.isEmpty {
            rows.append(("", nil))
            rows.append(("\(context.t(.findings)) (\(context.count(findings.count)))", nil))
            rows += findings.map { ("", $0) }
        }
        if rows.first?.text == "", rows.first?.row == nil { rows.removeFirst() }
        let selectedIndex = context.model.stepIndex(ids: operationRows.map(\.key))
        let selected = operationRows.indices.contains(selectedIndex) ? operationRows[selectedIndex] : nil
        let selectedRow = rows.firstIndex { $0.row != nil && $0.row == selected } ?? 0
        let visible = PaneFrame.scrolled(count: rows.count, selected: selectedRow, height: max(0, listEnd - y))
        for i in visible {
            let row = rows[i]
            let isSelected = row.row != nil && row.row == selected
            if let target = row.row, let index = operationRows.firstIndex(of: target) {
                grid.clickable(.step(index: index, id: target.key), x: rect.x, y: y, width: rect.width)
            }
            if isSelected {
                grid.fill(Rect(x: rect.x, y: y, width: rect.width, height: 1), role: .selection, style: .reverse)
                grid.cursor = (x, y)
            }
            switch row.row {
            case nil:
                grid.text(row.text, x: x, y: y, maxWidth: w, role: .muted, style: .bold)
            case .finding(let f)?:
                let who = "\(f.by ?? "?") \(context.time(f.recorded))"
                let line = "\(isSelected ? "▶" : " ") \(severityMark(f.severity)) \(context.t(.code(f.severity))) [\(context.t(.code(f.category)))] \(f.summary)"
                let lineWidth = max(10, w - whoRoom(w, who: who, stamp: who))
                grid.text(DisplayWidth.pad(line, lineWidth) + "  " + who, x: x, y: y, maxWidth: w,
                          role: isSelected ? .selection : severityRole(f.severity), style: isSelected ? .reverse : (f.severity == .critical ? .bold : .plain))
            case .step(let id)?:
                guard let checklist, let step = steps.first(where: { $0.step == id }) else { break }
                let mark = checklist.marks[ExactKey(id)]
                let state = mark?.state ?? .open
                let symbol = state == .done ? "✓" : (state == .skipped ? "–" : "○")
                let isNext = id == next
                var who = ""
                if let mark, state != .open {
                    who = "\(mark.by ?? "?") \(context.time(mark.at))"
                }
                let stamp = who
                if let note = mark?.note, !note.isEmpty { who += (who.isEmpty ? "" : " · ") + note }
                let tag = isNext ? " ← \(context.t(.nextStep))" : ""
                let titleWidth = max(10, w - 8 - whoRoom(w, who: who, stamp: stamp) - DisplayWidth.of(tag))
                let line = "\(isSelected ? "▶" : " ") \(symbol) \(DisplayWidth.pad(step.title, titleWidth))\(tag)  \(who)"
                let role: Role = isSelected ? .selection : (isNext ? .focus : (state == .done ? .ok : (state == .skipped ? .muted : .text)))
                grid.text(line, x: x, y: y, maxWidth: w, role: role, style: isSelected ? .reverse : (isNext ? .bold : .plain))
            }
            y += 1
        }
        drawMode(into: &grid, rect: rect, context: context, op: op)
    }

    /// The operation's checklist (one per operation: the first started for it).
    static func checklist(of op: JointOperation, in state: BorderState) -> Checklist? {
        state.checklists.values.first { $0.op.map { ExactKey.bytesEqual($0, op.id) } ?? false }
    }

    /// `Daftar periksa 1/21 (✓1 –0)`, with its title when asked; the steps marked (done or
    /// skipped) out of all, then how many of each.
    static func progress(_ checklist: Checklist, context: ViewContext, title: Bool = false) -> String {
        let name = title && !checklist.title.isEmpty ? "\(context.t(.checklist)): \(checklist.title) " : "\(context.t(.checklist)) "
        return name + "\(context.count(checklist.done + checklist.skipped))/\(context.count(checklist.total)) "
            + "(✓\(context.count(checklist.done)) –\(context.count(checklist.skipped)))"
    }

    static func phaseTitle(_ phase: String, checklist: Checklist) -> String {
        phase.prefix(1).uppercased() + phase.dropFirst()
    }

    static func modeLines(_ mode: OperatorMode) -> Int {
        switch mode {
        case .browsing, .acknowledging, .gate, .form, .closeVoyage, .voiding, .dropReason, .closeMeeting: return 1
        case .note, .skipReason: return 2
        case .team: return 3
        }
    }

    static func drawFooter(into grid: inout Grid, rect: Rect, context: ViewContext) {
        // The operation's own keys from the key table: none that write on a read-only terminal.
        let keys = KeyContext(scopes: [.operation], canWrite: context.input.writer != nil).hints(context.language, width: rect.width)
        grid.text(String(keys.dropFirst()), x: rect.x + 1, y: rect.maxY - 1, maxWidth: rect.width - 1, role: .muted)
    }

    /// The editor, form or question at the bottom of the pane.
    static func drawMode(into grid: inout Grid, rect: Rect, context: ViewContext, op: JointOperation) {
        let x = rect.x + 1
        let w = rect.width - 1
        let mode = context.model.operatorMode
        let top = rect.maxY - modeLines(mode)
        grid.fill(Rect(x: rect.x, y: top, width: rect.width, height: modeLines(mode)))
        switch mode {
        case .browsing, .acknowledging, .gate, .form, .closeVoyage, .voiding, .dropReason, .closeMeeting:
            drawFooter(into: &grid, rect: rect, context: context)
        case .note(let step, let editor), .skipReason(let step, let editor):
            let prompt = mode == .note(step: step, editor: editor) ? context.t(.notePrompt) : context.t(.skipPrompt)
            grid.text("\(prompt) (\(step)) · Enter · Esc", x: x, y: top, maxWidth: w, role: .accent, style: .bold)
            drawEditor(editor, into: &grid, x: x, y: top + 1, width: w)
        case .team(let index, let status):
            let teams = OperatorKeys.sortedTeams(op)
            grid.text(context.t(.teamPrompt), x: x, y: top, maxWidth: w, role: .accent, style: .bold)
            if teams.indices.contains(index) {
                let team = teams[index]
                grid.text("\(team.team) (\(team.agency)):  \(context.t(.code(team.status))) → [\(context.t(.code(status)))]", x: x, y: top + 1, maxWidth: w,
                          role: .focus, style: .bold)
            }
        }
    }

    /// The text being typed, scrolled so the cursor shows; the terminal cursor rests on it.
    /// The room for who marked a row, when and a note (`who`, after two blanks): at most 40
    /// columns, but who and when (`stamp`) whole where the title keeps 22, so another year's
    /// time (`imigrasi-01 Rab 20/11/2024 16.00`) is not cut at 80 columns. A long note is.
    static func whoRoom(_ width: Int, who: String, stamp: String) -> Int {
        max(min(40, DisplayWidth.of(who) + 2), min(DisplayWidth.of(stamp) + 2, width - 30))
    }

    static func drawEditor(_ editor: LineEditor, into grid: inout Grid, x: Int, y: Int, width: Int) {
        let before = String(editor.characters.prefix(editor.cursor))
        var shown = editor.text
        var offset = 0
        while DisplayWidth.of(String(shown.prefix(max(0, editor.cursor - offset)))) > width - 2, !shown.isEmpty {
            shown.removeFirst()
            offset += 1
        }
        grid.text("› " + shown, x: x, y: y, maxWidth: width, role: .focus)
        grid.cursor = (x + 2 + DisplayWidth.of(String(before.dropFirst(offset))), y)
    }
}
