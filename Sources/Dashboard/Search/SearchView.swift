import Words

/// The search across panes (`s`): the query as typed on top, then the hits grouped by pane (then
/// the alerts), each with its kind's word; the selected hit reversed, scrolled into view with its
/// group's heading when that fits.
enum SearchView {
    static func draw(into grid: inout Grid, rect: Rect, context: ViewContext) {
        guard rect.width > 10, rect.height > 4 else { return }
        let hits = GlobalSearch.hits(context)
        grid.fill(rect)
        let name = "\(context.t(.searchTitle)) (\(context.count(hits.count))) ·"
        let hints = KeyContext.of(context.model, input: context.input).hints(context.language, width: rect.width - 4 - DisplayWidth.of(name))
        grid.box(rect, title: name + hints, role: .focus, titleRole: .focus, titleStyle: .bold)
        let inner = rect.inner
        let prompt = "› " + context.model.searchQuery
        let used = grid.text(prompt, x: inner.x + 1, y: inner.y, maxWidth: inner.width - 2, role: .focus, style: .bold)
        grid.cursor = (min(inner.x + 1 + used, inner.maxX - 1), inner.y)
        let list = Rect(x: inner.x, y: inner.y + 2, width: inner.width, height: inner.height - 2)
        guard list.height > 0 else { return }
        guard !hits.isEmpty else {
            let word: Word = context.model.searchQuery.isEmpty ? .searchEmpty : .noMatch
            grid.text(context.t(word), x: list.x + 1, y: list.y, maxWidth: list.width - 1, role: .muted)
            return
        }
        let lines = lines(hits, width: list.width - 2, context: context)
        let selected = min(context.model.overlaySelection, hits.count - 1)
        let first = lines.firstIndex { $0.hit == selected } ?? 0
        let last = lines.lastIndex { $0.hit == selected } ?? first
        for (row, i) in GroupedListWindow.rows(first: first, last: last, lineCount: lines.count, height: list.height).enumerated() {
            let line = lines[i]
            let y = list.y + row
            let isSelected = line.hit == selected
            if let hit = line.hit { grid.clickable(.overlayRow(hit), x: list.x, y: y, width: list.width) }
            if isSelected { grid.fill(Rect(x: list.x, y: y, width: list.width, height: 1), role: .selection, style: .reverse) }
            grid.text(line.text, x: list.x + 1, y: y, maxWidth: list.width - 1, role: isSelected ? .selection : (line.hit == nil ? .accent : .text),
                      style: isSelected ? .reverse : (line.hit == nil ? .bold : .plain))
        }
    }

    /// A heading per group with its count, then its hits: the kind's word (one column width for
    /// every kind in this language) and the text about it, wrapped at `width` (what matched may
    /// be at its end); with the position of each line's hit.
    static func lines(_ hits: [GlobalSearch.Hit], width: Int, context: ViewContext) -> [(text: String, hit: Int?)] {
        let kindWidth = hits.map { DisplayWidth.of(context.t($0.kind)) }.max() ?? 0
        let hang = String(repeating: " ", count: kindWidth + 4)
        var lines: [(String, Int?)] = []
        var group: Word?
        for (i, hit) in hits.enumerated() {
            if hit.group != group {
                group = hit.group
                lines.append(("\(context.t(hit.group)) (\(context.count(hits.filter { $0.group == hit.group }.count)))", nil))
            }
            let kind = "  \(DisplayWidth.pad(context.t(hit.kind), kindWidth))  "
            for (n, piece) in WrappedText.lines(hit.text, width: max(10, width - hang.count)).enumerated() {
                lines.append(((n == 0 ? kind : hang) + piece, i))
            }
        }
        return lines
    }
}
