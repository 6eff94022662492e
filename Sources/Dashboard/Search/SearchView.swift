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
        let selected = min(context.model.overlaySelection, hits.count - 1)
        // Only the hits that can be on screen are written: as many before and after the selected
        // one as the list has lines, so the window below is the one the whole list would give.
        let window = max(0, selected - list.height)..<min(hits.count, selected + list.height + 1)
        let lines = lines(hits, window: window, width: list.width - 2, context: context)
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
    /// be at its end); with the position of each line's hit. `window`: the hits written (the
    /// lines of the others are left out; a group's heading is written with its first hit).
    static func lines(_ hits: [GlobalSearch.Hit], window: Range<Int>? = nil, width: Int, context: ViewContext) -> [(text: String, hit: Int?)] {
        let kinds = Set(hits.map { context.t($0.kind) })
        let kindWidth = kinds.map { DisplayWidth.of($0) }.max() ?? 0
        let hang = String(repeating: " ", count: kindWidth + 4)
        var counts: [String: Int] = [:]
        for hit in hits { counts[context.t(hit.group), default: 0] += 1 }
        var lines: [(String, Int?)] = []
        for i in window ?? hits.indices {
            let hit = hits[i]
            if i == 0 || hits[i - 1].group != hit.group {
                lines.append(("\(context.t(hit.group)) (\(context.count(counts[context.t(hit.group)] ?? 0)))", nil))
            }
            let kind = "  \(DisplayWidth.pad(context.t(hit.kind), kindWidth))  "
            for (n, piece) in WrappedText.lines(GlobalSearch.text(hit, context: context), width: max(10, width - hang.count)).enumerated() {
                lines.append(((n == 0 ? kind : hang) + piece, i))
            }
        }
        return lines
    }
}
