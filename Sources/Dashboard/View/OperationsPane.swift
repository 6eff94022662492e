import BorderOps
import ExactKeys
import Words

/// Joint operations: the list, then the selected operation's phase line, teams and findings.
enum OperationsPane {
    static func rows(_ context: ViewContext) -> [JointOperation] {
        context.input.state.operations.values
            .filter { op in
                context.visible(post: op.post) && context.matches(.operations, [op.id, op.title, op.location, op.lead] + op.agencies
                    + op.findings.values.flatMap { [$0.finding, $0.summary, $0.by ?? ""] } + op.teams.values.flatMap { [$0.team, $0.agency, $0.location ?? ""] })
            }
            .sorted(byKey: { ($0.phase == .closed ? 1 : 0, $0.starts?.epochSeconds ?? 0) }, by: <)
    }

    static func draw(into grid: inout Grid, rect: Rect, context: ViewContext) {
        let ops = rows(context)
        guard let list = ListPane(.operations, ids: ops.map(\.id), empty: .noOperations, into: &grid, rect: rect, context: context) else { return }
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
                let isSelected = list.highlight(i, y: y, into: &grid, context: context)
                let critical = op.criticalFindings
                let mark = isSelected ? "▶ " : (critical > 0 ? "‼ " : "  ")
                let text = "\(mark)\(op.title.isEmpty ? op.id : op.title)  [\(op.phase.rawValue)]"
                grid.text(text, x: inner.x, y: y, maxWidth: inner.width, role: isSelected ? .selection : (op.phase == .closed ? .muted : .text),
                          style: isSelected ? [.reverse] : (op.phase == .closed ? [.dim] : []))
                y += 1
            }
            y += 1
        }
        guard y < inner.maxY else { return }
        if ops.count == 1 && context.model.focus == .operations { grid.cursor = (inner.x, y) }
        drawDetail(ops[selected], into: &grid, rect: Rect(x: inner.x, y: y, width: inner.width, height: inner.maxY - y), context: context)
    }

    /// `compact`: title, facts, phase line and findings only (above a checklist).
    static func drawDetail(_ op: JointOperation, into grid: inout Grid, rect: Rect, context: ViewContext, compact: Bool = false) {
        var y = rect.y
        let x = rect.x + 1
        let w = rect.width - 1
        func line(_ text: String, role: Role = .text, style: CellStyle = []) {
            grid.line(text, at: &y, in: rect, role: role, style: style)
        }
        line(op.title.isEmpty ? op.id : op.title, role: .accent, style: [.bold])
        var facts: [String] = []
        if !op.location.isEmpty { facts.append("\(context.t(.location)) \(op.location)") }
        if !op.lead.isEmpty { facts.append("\(context.t(.lead)) \(op.lead)") }
        if let starts = op.starts {
            facts.append("\(context.time(starts))")
            if starts <= context.input.now { facts.append("\(context.t(.sinceStart)) \(context.duration(from: starts))") }
        }
        line(facts.joined(separator: " · "), role: .muted)
        // The phase step line: the current phase in brackets and bold, done phases with ✓.
        guard y < rect.maxY else { return }
        var px = x
        // Whole words when they fit, else the first four letters of the others.
        let fullWidth = OperationPhase.allCases.reduce(0) { $0 + $1.rawValue.count + 4 }
        let short = fullWidth > w
        for (i, phase) in OperationPhase.allCases.enumerated() {
            let current = phase == op.phase
            let done = phase < op.phase
            let name = short && !current ? String(phase.rawValue.prefix(4)) : phase.rawValue
            let label = current ? "[\(name)]" : (done ? "✓\(name)" : name)
            if i > 0 { px += grid.text(short ? (grid.ascii ? ">" : "→") : (grid.ascii ? " > " : " → "), x: px, y: y, maxWidth: rect.maxX - px, role: .muted) }
            px += grid.text(label, x: px, y: y, maxWidth: rect.maxX - px, role: current ? .focus : (done ? .ok : .muted), style: current ? [.bold, .underline] : [])
        }
        y += 1
        // Findings by severity; critical ones listed with a mark and a word, not colour alone.
        let findings = op.findings.values.sorted { ($0.severity == .critical ? 0 : $0.severity == .warning ? 1 : 2, $0.finding) < ($1.severity == .critical ? 0 : $1.severity == .warning ? 1 : 2, $1.finding) }
        let bySeverity = Severity.allCases.reversed().map { s in "\(s.rawValue) \(findings.filter { $0.severity == s }.count)" }
        line("\(context.t(.findings)): " + bySeverity.joined(separator: " · "), role: op.criticalFindings > 0 ? .critical : .text, style: op.criticalFindings > 0 ? [.bold] : [])
        if compact {
            let teams = op.teams.values.sorted { ExactKey($0.team) < ExactKey($1.team) }.map { "\($0.team) \($0.status.rawValue)" }
            line("\(context.t(.teams)): " + teams.joined(separator: " · "), role: .muted)
            return
        }
        for f in findings.prefix(3) where y < rect.maxY {
            let mark = f.severity == .critical ? "‼ CRITICAL" : (f.severity == .warning ? "! warning" : "· info")
            line("  \(mark) [\(f.category.rawValue)] \(f.summary)", role: f.severity == .critical ? .critical : (f.severity == .warning ? .warn : .text), style: f.severity == .critical ? [.bold] : [])
        }
        guard y < rect.maxY else { return }
        line("\(context.t(.teams)) (\(op.teams.count))", role: .muted)
        for team in op.teams.values.sorted(by: { ExactKey($0.team) < ExactKey($1.team) }) where y < rect.maxY {
            let role: Role = team.status == .returned ? .muted : (team.status == .checking || team.status == .deployed ? .ok : .text)
            let nameWidth = max(8, min(22, (w - 12) * 5 / 9))
            let agencyWidth = max(6, min(16, w - 12 - nameWidth))
            line("  \(DisplayWidth.pad(team.team, nameWidth)) \(DisplayWidth.pad(team.agency, agencyWidth)) \(team.status.rawValue)", role: role)
        }
    }
}
