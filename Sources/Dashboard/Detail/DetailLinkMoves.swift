import BorderOps

/// ↑↓ PgUp PgDn Home End in a detail view that lists items Enter opens (the desk's seizures).
/// ↑↓ select the previous or next item while the selected one is on screen, scrolling so the new
/// one shows; past the first or last, or while the selected one is off screen, they scroll a line,
/// so the rest of the document reads as in any detail view. A page scrolls ten lines and selects
/// the first item then on screen; Home and End go to either end and select the first or last.
enum DetailLinkMoves {
    /// False: the view has nothing to select (it scrolls by lines, `DashboardModel.updateOverlay`).
    static func move(_ move: ListMove, _ target: DetailTarget, model: inout DashboardModel, input: DashboardInput,
                     size: (width: Int, height: Int)) -> Bool {
        let document = DetailView.document(target, context: ViewContext(input: input, model: model))
        let links = document.links
        guard !links.isEmpty else { return false }
        let inner = DetailView.box(width: size.width, height: size.height).inner
        let lines = document.lines(width: DetailView.textWidth(inner))
        let height = max(1, inner.height)
        let lastTop = max(0, lines.count - height)
        var top = min(model.overlaySelection, lastTop)
        var link = min(model.detailLink, links.count - 1)
        // Each link's lines, in one pass.
        var spans = [ClosedRange<Int>?](repeating: nil, count: links.count)
        for (i, line) in lines.enumerated() {
            guard let l = line.link else { continue }
            spans[l] = spans[l].map { $0.lowerBound...i } ?? i...i
        }
        func shown(_ l: Int) -> Bool { spans[l].map { $0.upperBound >= top && $0.lowerBound < top + height } ?? false }
        func show(_ l: Int) {
            guard let span = spans[l] else { return }
            top = min(max(top, span.upperBound - height + 1), span.lowerBound)
        }
        switch move {
        case .up:
            if link > 0 && shown(link) { link -= 1; show(link) } else { top -= 1 }
        case .down:
            if link + 1 < links.count && shown(link) { link += 1; show(link) } else { top += 1 }
        case .pageUp, .pageDown:
            top += move == .pageUp ? -10 : 10
            top = max(0, min(lastTop, top))
            link = links.indices.first(where: shown) ?? link
        case .top:
            (top, link) = (0, 0)
        case .bottom:
            top = lastTop
            link = links.indices.last(where: shown) ?? links.count - 1
        }
        model.overlaySelection = max(0, min(lastTop, top))
        model.detailLink = link
        return true
    }
}
