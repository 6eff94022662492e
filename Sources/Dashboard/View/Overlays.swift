import BorderOps
import Words

/// Help, bad lines, the posts chooser, the alerts list and detail views, drawn over the panes.
enum Overlays {
    /// A box of at most `width` × `height` in the middle of the screen.
    static func box(_ grid: Grid, width: Int, height: Int) -> Rect {
        let w = min(grid.width - 4, width), h = min(grid.height - 4, height)
        return Rect(x: (grid.width - w) / 2, y: (grid.height - h) / 2, width: w, height: h)
    }

    static func draw(_ overlay: Overlay, into grid: inout Grid, context: ViewContext) {
        if case .describe(let target) = overlay {
            DetailView.draw(target, into: &grid, context: context)
            return
        }
        if overlay == .search {
            SearchView.draw(into: &grid, rect: box(grid, width: 100, height: 30), context: context)
            return
        }
        if overlay == .alerts {
            let rect = box(grid, width: 100, height: 30)
            guard rect.width > 10, rect.height > 4 else { return }
            grid.fill(rect)
            let name = "\(context.t(.alerts)) (\(context.count(context.input.alerts.count))) ·"
            // The box's title holds what fits of the hints, each whole.
            let title = name + KeyContext.of(context.model, input: context.input).hints(context.language, width: rect.width - 4 - DisplayWidth.of(name))
            grid.box(rect, title: title, role: .focus, titleRole: .focus, titleStyle: .bold)
            AlertsList.draw(into: &grid, rect: rect, context: context)
            return
        }
        let rect = box(grid, width: overlay == .posts ? 150 : 100, height: 30)
        guard rect.width > 10, rect.height > 4 else { return }
        grid.fill(rect)
        // Lines are written only for the rows shown: the bad-lines list can hold thousands.
        let count: Int
        let line: (Int) -> (String, Role)
        let title: String
        switch overlay {
        case .help:
            title = "\(context.t(.help)) · Esc"
            let help = HelpLines.lines(context.model.helpKeys(context.input), language: context.language, width: rect.inner.width - 1)
            (count, line) = (help.count, { (help[$0], .text) })
        case .badLines:
            let problems = context.input.fold.problems
            title = "\(context.t(.badLines)) (\(context.count(context.input.fold.counts.malformed))) · Esc"
            if problems.isEmpty {
                (count, line) = (1, { _ in (context.t(.noBadLines), .muted) })
            } else {
                // Newest first.
                (count, line) = (problems.count, { i in
                    let problem = problems[problems.count - 1 - i]
                    return ("\(problem.origin.source):\(problem.origin.line): \(context.t(.lineProblem(problem.reason)))", .warn)
                })
            }
        case .alerts, .describe, .search:
            return
        case .posts:
            title = PostsView.title(context)
            let posts = PostsView.lines(context)
            (count, line) = (posts.count, { posts[$0] })
        }
        grid.box(rect, title: title, role: .focus, titleRole: .focus, titleStyle: .bold)
        let inner = rect.inner
        let selected = min(context.model.overlaySelection, max(0, count - 1))
        let range = PaneFrame.scrolled(count: count, selected: selected, height: inner.height)
        for (row, i) in range.enumerated() {
            let (text, role) = line(i)
            let isSelected = overlay != .help && i == selected
            if overlay != .help { grid.clickable(.overlayRow(i), x: inner.x, y: inner.y + row, width: inner.width) }
            if isSelected {
                grid.fill(Rect(x: inner.x, y: inner.y + row, width: inner.width, height: 1), role: .selection, style: .reverse)
                grid.cursor = (inner.x, inner.y + row)  // as on a pane's row: screen readers follow it
            }
            grid.text(text, x: inner.x + 1, y: inner.y + row, maxWidth: inner.width - 1,
                      role: isSelected ? .selection : role, style: isSelected ? .reverse : .plain)
        }
    }
}
