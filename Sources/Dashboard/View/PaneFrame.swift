/// The frame every pane shares: a box whose title shows the pane number, its name, the active
/// filter, and a ▶ mark when focused (focus is never shown by colour alone).
enum PaneFrame {
    static func draw(_ pane: PaneID, into grid: inout Grid, rect: Rect, context: ViewContext, extra: String = "") {
        let focused = context.model.focus == pane
        var title = name(pane, context: context)
        if !extra.isEmpty { title += " · \(extra)" }
        let filter = context.model.filter(pane)
        if !filter.isEmpty || (focused && context.model.editingFilter) {
            title += " /\(filter)" + (context.model.editingFilter && focused ? "▏" : "")
        }
        let mark = focused ? "▶ " : ""
        grid.box(rect, title: mark + title, role: focused ? .focus : .border,
                 titleRole: focused ? .focus : .accent, titleStyle: focused ? .bold : .plain)
    }

    /// The title's start: the pane's number and name (`1 Pemeriksaan pelabuhan`).
    static func name(_ pane: PaneID, context: ViewContext) -> String { "\(pane.rawValue + 1) \(context.t(pane.title))" }

    /// The columns the title leaves for its `extra` in a frame `width` wide: less the corners,
    /// the focus mark, the pane's name and the `·` before the extra.
    static func room(_ pane: PaneID, width: Int, context: ViewContext) -> Int {
        width - DisplayWidth.of("┌ ▶ \(name(pane, context: context)) ·  ┐")
    }

    /// Draws `count` rows from `first`, scrolling so the selected row stays visible. Returns
    /// the rows drawn (for the cursor).
    static func scrolled(count: Int, selected: Int, height: Int) -> Range<Int> {
        guard count > 0, height > 0 else { return 0..<0 }
        let first = max(0, min(selected - height + 1, count - height))
        return max(0, first)..<min(count, max(0, first) + height)
    }
}

/// A text bar of `width` cells: `██████░░░░`.
func progressBar(_ done: Int64, of total: Int64, width: Int) -> String {
    guard width > 0 else { return "" }
    let filled = total > 0 ? Int(min(done, total) * Int64(width) / total) : 0
    return String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
}
