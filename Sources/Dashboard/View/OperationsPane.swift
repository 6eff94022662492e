import BorderOps
import ExactKeys
import Words

/// Joint operations: the list, then the selected operation's phase line, teams and findings.
enum OperationsPane {
    static func rows(_ context: ViewContext) -> IndexedRows<JointOperation> {
        let all = context.input.state.operations.values
        let working = context.showsWorkingRows(.operations) ? WorkingDay(context) : nil
        let (order, outOf) = context.kept(.operationsRows, pane: .operations, reading: \.operations,
                                            extra: WorkingRows.MemoKey(day: working?.span, opened: WorkingRows.opened(.operations, context))) {
            let matching = context.filtered(.operations, .operationsIndex, reading: \.operations, count: all.count) {
                SearchIndex(count: all.count) { searchTexts(all[$0]) }
            }
            let visible = (matching ?? Array(all.indices)).filter { context.visible(post: all[$0].post) }
            let key = { (all[$0].phase == .closed ? 1 : 0, all[$0].starts?.epochSeconds ?? 0) }
            let order = (working.map { day in visible.filter { WorkingRows.holds(all, at: $0, day) } } ?? visible).sorted(byKey: key, by: <)
            return (WorkingRows.keepingOpened(order, .operations, in: context.input.state.operations, context: context, key: key, by: <),
                    visible.count + context.input.state.leftOut.operations)
        }
        return IndexedRows(all: all, order: order, outOf: outOf)
    }

    /// What `/` looks in: the operation's own fields, agencies, findings and teams.
    static func searchTexts(_ op: JointOperation) -> [String] {
        [op.id, op.title, op.location, op.lead] + op.agencies
            + op.findings.values.flatMap { [$0.finding, $0.summary, $0.by ?? ""] } + op.teams.values.flatMap { [$0.team, $0.agency, $0.location ?? ""] }
    }

    static func draw(into grid: inout Grid, rect: Rect, context: ViewContext) {
        let ops = rows(context)
        guard let list = ListPane(.operations, ids: ops.ids, outOf: ops.outOf, empty: .noOperations, into: &grid, rect: rect, context: context) else { return }
        let (inner, selected) = (list.inner, list.selected)
        if context.model.detail == .operations {
            ChecklistView.draw(ops[selected], into: &grid, rect: inner, context: context)
            return
        }
        var y = inner.y
        // The list (when there is a choice): at most three rows unless the detail is open.
        if ops.count > 1 && context.model.detail != .operations {
            let listHeight = min(ops.count, 3, max(1, inner.height / 3))
            for i in list.visible(height: listHeight) {
                let op = ops[i]
                let isSelected = list.highlight(i, id: op.id, y: y, into: &grid, context: context)
                let critical = op.criticalFindings
                // The selected row keeps its `‼` beside the arrow.
                let mark = isSelected ? (critical > 0 ? "▶‼" : "▶ ") : (critical > 0 ? "‼ " : "  ")
                let text = "\(mark)\(op.title.isEmpty ? op.id : op.title)  [\(context.t(.shortCode(op.phase)))]"
                grid.text(text, x: inner.x, y: y, maxWidth: inner.width, role: isSelected ? .selection : (op.phase == .closed ? .muted : .text),
                          style: isSelected ? .reverse : (op.phase == .closed ? .dim : .plain))
                y += 1
            }
            y += 1
        }
        guard y < inner.maxY else { return }
        if ops.count == 1 && context.model.focus == .operations { grid.cursor = (inner.x, y) }
        drawDetail(ops[selected], into: &grid, rect: Rect(x: inner.x, y: y, width: inner.width, height: inner.maxY - y), context: context)
    }

    /// `compact`: title, facts, phase line, findings and teams on one line each (above a
    /// checklist). Otherwise the checklist's progress and the latest findings follow, so an
    /// officer watching the overview sees a step done or a finding recorded without opening it.
    static func drawDetail(_ op: JointOperation, into grid: inout Grid, rect: Rect, context: ViewContext, compact: Bool = false) {
        var y = rect.y
        let w = rect.width - 1
        func line(_ text: String, role: Role = .text, style: CellStyle = .plain) {
            grid.line(text, at: &y, in: rect, role: role, style: style)
        }
        line(op.title.isEmpty ? op.id : op.title, role: .accent, style: .bold)
        line(facts(op, context: context).joined(separator: " · "), role: .muted)
        guard y < rect.maxY else { return }
        drawPhases(op, into: &grid, x: rect.x + 1, y: y, width: w, context: context)
        y += 1
        let findings = op.findings.values
        let bySeverity = Severity.allCases.reversed().map { s in "\(context.t(.code(s))) \(context.count(findings.filter { $0.severity == s }.count))" }
        line("\(context.t(.findings)): " + bySeverity.joined(separator: " · "), role: op.criticalFindings > 0 ? .critical : .text, style: op.criticalFindings > 0 ? .bold : .plain)
        if compact {
            let teams = OperatorKeys.sortedTeams(op).map { "\($0.team) \(context.t(.code($0.status)))" }
            line("\(context.t(.teams)): " + teams.joined(separator: " · "), role: .muted)
            return
        }
        // The latest findings first: what was just recorded is what a second officer looks for.
        let latest = findings.sorted { ($0.recorded, ExactKey($0.finding)) > ($1.recorded, ExactKey($1.finding)) }
        for f in latest.prefix(3) where y < rect.maxY {
            line("  \(severityMark(f.severity)) \(context.t(.code(f.severity))) [\(context.t(.code(f.category)))] \(f.summary)",
                 role: severityRole(f.severity), style: f.severity == .critical ? .bold : .plain)
        }
        if y < rect.maxY, let checklist = ChecklistView.checklist(of: op, in: context.input.state) {
            line(ChecklistView.progress(checklist, context: context), role: .accent)
        }
        guard y < rect.maxY else { return }
        line("\(context.t(.teams)) (\(op.teams.count))", role: .muted)
        for team in OperatorKeys.sortedTeams(op) where y < rect.maxY {
            let role: Role = team.status == .returned ? .muted : (team.status == .checking || team.status == .deployed ? .ok : .text)
            let nameWidth = max(8, min(22, (w - 12) * 5 / 9))
            let agencyWidth = max(6, min(16, w - 12 - nameWidth))
            line("  \(DisplayWidth.pad(team.team, nameWidth)) \(DisplayWidth.pad(team.agency, agencyWidth)) \(context.t(.code(team.status)))", role: role)
        }
    }

    /// Where, who, when it started, and how long it has run (or, once closed, how long it took).
    static func facts(_ op: JointOperation, context: ViewContext) -> [String] {
        var facts: [String] = []
        if !op.location.isEmpty { facts.append("\(context.t(.location)) \(op.location)") }
        if !op.lead.isEmpty { facts.append("\(context.t(.lead)) \(op.lead)") }
        guard let starts = op.starts else { return facts }
        facts.append(context.time(starts))
        if op.phase == .closed, let closed = op.phaseChanges.last(where: { $0.phase == .closed })?.at {
            facts.append("\(context.t(.code(OperationPhase.closed))) \(context.time(closed))")
            if starts <= closed { facts.append("\(context.t(.lasted)) \(context.duration(from: starts, to: closed))") }
        } else if starts <= context.input.now {
            facts.append("\(context.t(.sinceStart)) \(context.duration(from: starts))")
        }
        return facts
    }

    /// The phase line: done phases with ✓, the current one in brackets, bold and underlined.
    /// Whole words when they fit (`✓perencanaan → ✓apel / pengarahan → …`), else one short word
    /// each (`✓rencana→✓apel→[gerak]→periksa→…`), else the current phase with its place
    /// (`tahap 3/6 [gerak]`): words are never cut in the middle.
    static func drawPhases(_ op: JointOperation, into grid: inout Grid, x: Int, y: Int, width: Int, context: ViewContext) {
        let phases = OperationPhase.allCases
        func label(_ phase: OperationPhase, _ word: Word) -> String {
            phase == op.phase ? "[\(context.t(word))]" : (phase < op.phase ? "✓" : "") + context.t(word)
        }
        let ways: [(labels: [String], separator: String)] = [
            (phases.map { label($0, .code($0)) }, " → "),
            (phases.map { label($0, .shortCode($0)) }, "→"),
        ]
        let fitting = ways.first { way in way.labels.reduce(0) { $0 + DisplayWidth.of($1) } + DisplayWidth.of(way.separator) * (phases.count - 1) <= width }
        var px = x
        let maxX = x + width
        guard let fitting else {
            let place = (phases.firstIndex(of: op.phase) ?? 0) + 1
            px += grid.text("\(context.t(.phase)) \(place)/\(phases.count) ", x: px, y: y, maxWidth: maxX - px, role: .muted)
            grid.text(label(op.phase, .shortCode(op.phase)), x: px, y: y, maxWidth: maxX - px, role: .focus, style: [.bold, .underline])
            return
        }
        for (i, phase) in phases.enumerated() {
            let current = phase == op.phase
            if i > 0 { px += grid.text(fitting.separator, x: px, y: y, maxWidth: maxX - px, role: .muted) }
            px += grid.text(fitting.labels[i], x: px, y: y, maxWidth: maxX - px, role: current ? .focus : (phase < op.phase ? .ok : .muted),
                            style: current ? [.bold, .underline] : .plain)
        }
    }
}

/// A mark per severity, the same for findings and alerts (`AlertSeverity.mark`), so severity
/// reads without colour beside its word.
func severityMark(_ severity: Severity) -> String {
    switch severity {
    case .critical: return AlertSeverity.critical.mark
    case .warning: return AlertSeverity.warning.mark
    case .info: return AlertSeverity.info.mark
    }
}

/// Critical as critical, warning as a warning, info as text.
func severityRole(_ severity: Severity) -> Role {
    severity == .critical ? .critical : (severity == .warning ? .warn : .text)
}
