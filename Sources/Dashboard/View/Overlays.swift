import BorderOps
import Words

/// Help, bad lines and the posts chooser, drawn over the panes.
enum Overlays {
    static func draw(_ overlay: Overlay, into grid: inout Grid, context: ViewContext) {
        if case .describe(let target) = overlay {
            DetailView.draw(target, into: &grid, context: context)
            return
        }
        let width = min(grid.width - 4, overlay == .posts ? 150 : 100)
        let height = min(grid.height - 4, 30)
        guard width > 10, height > 4 else { return }
        let rect = Rect(x: (grid.width - width) / 2, y: (grid.height - height) / 2, width: width, height: height)
        grid.fill(rect)
        let lines: [(String, Role)]
        let title: String
        switch overlay {
        case .help:
            title = "\(context.t(.help)) · Esc"
            lines = context.model.helpKeys(context.input).helpLines(context.language).map { ($0, .text) }
        case .badLines:
            let problems = context.input.fold.problems
            title = "\(context.t(.badLines)) (\(context.input.fold.counts.malformed)) · Esc"
            lines = problems.isEmpty ? [(context.t(.noBadLines), .muted)]
                : problems.reversed().map { ("\($0.origin.source):\($0.origin.line): \($0.reason)", .warn) }
        case .alerts:
            title = "\(context.t(.alerts)) (\(context.input.alerts.count)) ·\(KeyContext.of(context.model, input: context.input).hints(context.language))"
            lines = context.input.alerts.isEmpty ? [(context.t(.noAlerts), .muted)]
                : context.input.alerts.map { AlertStrip.label($0, context: context, ascii: grid.ascii) }
        case .posts:
            title = PostsView.title(context)
            lines = PostsView.lines(context)
        case .describe:
            return
        }
        grid.box(rect, title: title, role: .focus, titleRole: .focus, titleStyle: [.bold])
        var inner = rect.inner
        if case .acknowledging(let alert, let editor) = context.model.operatorMode, overlay == .alerts, inner.height > 3 {
            // The note editor takes the box's last two lines.
            let y = inner.maxY - 2
            grid.fill(Rect(x: inner.x, y: y, width: inner.width, height: 2))
            grid.text("\(context.t(.ackPrompt)) · \(alert)", x: inner.x + 1, y: y, maxWidth: inner.width - 1, role: .accent, style: [.bold])
            ChecklistView.drawEditor(editor, into: &grid, x: inner.x + 1, y: y + 1, width: inner.width - 1)
            inner.height -= 2
        }
        let selected = min(context.model.overlaySelection, max(0, lines.count - 1))
        let range = PaneFrame.scrolled(count: lines.count, selected: selected, height: inner.height)
        for (row, i) in range.enumerated() {
            let isSelected = overlay != .help && i == selected
            if isSelected { grid.fill(Rect(x: inner.x, y: inner.y + row, width: inner.width, height: 1), role: .selection, style: [.reverse]) }
            grid.text(lines[i].0, x: inner.x + 1, y: inner.y + row, maxWidth: inner.width - 1,
                      role: isSelected ? .selection : lines[i].1, style: isSelected ? [.reverse] : [])
        }
    }
}
