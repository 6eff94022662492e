import BorderOps
import Words

/// The alerts list (`a`): grouped by rule with a count each (the group of the most urgent
/// alert first, each group in screen order), every alert in full (wrapped, not cut). The keys
/// select among the alerts in this order (`ordered`), so Enter, `A` and `d` act on the alert
/// the officer sees selected.
enum AlertsList {
    static func ordered(_ alerts: [Alert]) -> [Alert] {
        var rules: [String] = []
        var byRule: [String: [Alert]] = [:]
        for alert in alerts {
            if byRule[alert.rule] == nil { rules.append(alert.rule) }
            byRule[alert.rule, default: []].append(alert)
        }
        return rules.flatMap { byRule[$0] ?? [] }
    }

    /// The list's lines at `width`: a heading per rule, then each alert's wrapped lines, with
    /// the position in `ordered` of the alert each line belongs to.
    static func lines(_ context: ViewContext, width: Int) -> [(text: String, role: Role, alert: Int?)] {
        let alerts = ordered(context.input.alerts)
        var lines: [(String, Role, Int?)] = []
        var rule: String?
        for (i, alert) in alerts.enumerated() {
            if alert.rule != rule {
                rule = alert.rule
                let count = alerts.filter { $0.rule == alert.rule }.count
                let open = alerts.filter { $0.rule == alert.rule && !$0.acknowledged }.count
                lines.append(("\(context.t(.alertRule(alert.rule))) (\(count), \(open) \(context.t(.alertsOpen)))", .accent, nil))
            }
            let (text, role) = AlertStrip.label(alert, context: context)
            let hang = 3
            for (n, piece) in WrappedText.lines(text, width: max(1, width - hang), firstWidth: width).enumerated() {
                lines.append(((n == 0 ? "" : String(repeating: " ", count: hang)) + piece, role, i))
            }
        }
        return lines
    }

    static func draw(into grid: inout Grid, rect: Rect, context: ViewContext) {
        var inner = rect.inner
        if case .acknowledging(let alert, let editor) = context.model.operatorMode, inner.height > 3 {
            // The note editor takes the box's last two lines.
            let y = inner.maxY - 2
            grid.fill(Rect(x: inner.x, y: y, width: inner.width, height: 2))
            grid.text("\(context.t(.ackPrompt)) · \(alert)", x: inner.x + 1, y: y, maxWidth: inner.width - 1, role: .accent, style: .bold)
            ChecklistView.drawEditor(editor, into: &grid, x: inner.x + 1, y: y + 1, width: inner.width - 1)
            inner.height -= 2
        }
        let alerts = context.input.alerts
        guard !alerts.isEmpty else {
            grid.text(context.t(.noAlerts), x: inner.x + 1, y: inner.y, maxWidth: inner.width - 1, role: .muted)
            return
        }
        let lines = lines(context, width: inner.width - 2)
        let selected = min(context.model.overlaySelection, alerts.count - 1)
        let first = lines.firstIndex { $0.alert == selected } ?? 0
        let last = lines.lastIndex { $0.alert == selected } ?? first
        for (row, i) in GroupedListWindow.rows(first: first, last: last, lineCount: lines.count, height: inner.height).enumerated() {
            let line = lines[i]
            let isSelected = line.alert == selected
            if let alert = line.alert { grid.clickable(.overlayRow(alert), x: inner.x, y: inner.y + row, width: inner.width) }
            if isSelected { grid.fill(Rect(x: inner.x, y: inner.y + row, width: inner.width, height: 1), role: .selection, style: .reverse) }
            // The terminal cursor rests on the selected alert's first line, as on a pane's row.
            if i == first { grid.cursor = (inner.x, inner.y + row) }
            grid.text(line.text, x: inner.x + 1, y: inner.y + row, maxWidth: inner.width - 1, role: isSelected ? .selection : line.role,
                      style: isSelected ? .reverse : (line.alert == nil ? .bold : .plain))
        }
    }
}
