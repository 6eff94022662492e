import Words

/// The list chrome the voyages, operations and Timpora panes share: the frame titled with the
/// row count, the inside, the empty message, the selected row (reversed, the terminal cursor on
/// it for screen readers while the pane has focus) and the window of rows that scrolls with it.
struct ListPane {
    let pane: PaneID
    let inner: Rect
    let count: Int
    let selected: Int

    /// Draws the frame; nil when nothing more is to be drawn: the inside is narrower than
    /// `minimumWidth` or flat, or there are no rows (then `empty` says so).
    /// `outOf`: how many rows there are with every one shown (the title says `12 dari 4.485` when
    /// only the working ones are).
    init?<IDs: RandomAccessCollection<String>>(_ pane: PaneID, ids: IDs, outOf: Int, empty: Word, minimumWidth: Int = 3, into grid: inout Grid, rect: Rect,
                                               context: ViewContext)
    where IDs.Index == Int {
        let room = PaneFrame.room(pane, width: rect.width, context: context)
        let shown = outOf > ids.count ? WorkingRows.count(ids.count, of: outOf, room: room, context: context) : context.count(ids.count)
        PaneFrame.draw(pane, into: &grid, rect: rect, context: context, extra: shown)
        let inner = rect.inner
        guard inner.width >= minimumWidth, inner.height > 0 else { return nil }
        guard !ids.isEmpty else {
            // A filter that matches nothing says so, not "no meetings yet"; rows all closed and
            // of other days say where they are.
            let message: Word = !context.model.filter(pane).isEmpty ? .noMatch : outOf > 0 ? .nothingOpenToday : empty
            grid.text(context.t(message), x: inner.x + 1, y: inner.y, maxWidth: inner.width - 1, role: .muted)
            return nil
        }
        self.pane = pane
        self.inner = inner
        count = ids.count
        selected = context.model.selectedIndex(pane, ids: ids)
    }

    /// The rows that fit in `height` lines, scrolled so the selected one shows.
    func visible(height: Int) -> Range<Int> { PaneFrame.scrolled(count: count, selected: selected, height: height) }

    /// Whether row `i` (the item `id`) is the selected one of the focused pane; if so its line
    /// `y` is reversed and the cursor rests on it. Every row drawn is marked for a click.
    func highlight(_ i: Int, id: String, y: Int, into grid: inout Grid, context: ViewContext) -> Bool {
        grid.clickable(.row(pane, index: i, id: id), x: inner.x, y: y, width: inner.width)
        guard i == selected && context.model.focus == pane else { return false }
        grid.fill(Rect(x: inner.x, y: y, width: inner.width, height: 1), role: .selection, style: .reverse)
        grid.cursor = (inner.x, y)
        return true
    }
}
