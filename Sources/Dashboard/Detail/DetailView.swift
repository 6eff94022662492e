import BorderOps
import ExactKeys
import Words

/// A detail view ("describe", `d`) over the screen: the item's document wrapped to the box,
/// scrolled by `overlaySelection` (the top line), its keys on the bottom border.
enum DetailView {
    /// The item's document; an item no longer in the state (voided, hidden) says so, with its
    /// corrections.
    static func document(_ target: DetailTarget, context: ViewContext) -> DetailDocument {
        let state = context.input.state
        switch target {
        case .voyage(let id): if let v = state.voyages[id] { return VoyageDetail.document(v, context: context) }
        case .operation(let id): if let op = state.operations[id] { return OperationDetail.document(op, context: context) }
        case .meeting(let id): if let m = state.meetings[id] { return MeetingDetail.document(m, context: context) }
        case .desk: return DeskDetail.document(context: context)
        case .seizure(let caseID): if let s = state.desk.seizures[ExactKey(caseID)] { return SeizureDetail.document(s, context: context) }
        case .alert(let id): if let alert = context.input.alerts.first(where: { $0.id == id }) { return AlertDetail.document(alert, context: context) }
        case .badLine(let origin):
            if let problem = context.input.fold.problems.first(where: { $0.origin == origin }) {
                return BadLineDetail.document(problem, text: context.input.detailLine, context: context)
            }
        }
        var gone = DetailDocument(title: label(target), id: label(target))
        gone.text(context.t(.detailGone), role: .muted)
        DetailCorrections.add(DetailCorrections.of(target, in: state), to: &gone, context: context)
        return gone
    }

    static func label(_ target: DetailTarget) -> String {
        switch target {
        case .voyage(let id), .operation(let id), .meeting(let id), .alert(let id), .seizure(let id): return id
        case .desk: return "desk"
        case .badLine(let origin): return "\(origin.source):\(origin.line)"
        }
    }

    /// The box: the whole screen but a column each side and the header and hints rows.
    static func box(width: Int, height: Int) -> Rect {
        Rect(x: 0, y: 1, width: width, height: max(0, height - 2))
    }

    /// A column of margin each side of the text.
    static func textWidth(_ inner: Rect) -> Int { max(1, inner.width - 2) }

    /// How many positions the top line can take: lines less the rows shown, plus one.
    static func scrollPositions(_ target: DetailTarget, context: ViewContext, width: Int, height: Int) -> Int {
        let inner = box(width: width, height: height).inner
        let lines = document(target, context: context).lines(width: textWidth(inner)).count
        return max(1, lines - inner.height + 1)
    }

    /// Whether the view is drawn at this size: it then covers all but the header and hints rows.
    static func coversScreen(width: Int, height: Int) -> Bool {
        let rect = box(width: width, height: height)
        return rect.width > 10 && rect.height > 3
    }

    static func draw(_ target: DetailTarget, into grid: inout Grid, context: ViewContext) {
        let rect = box(width: grid.width, height: grid.height)
        guard coversScreen(width: grid.width, height: grid.height) else { return }
        let doc = document(target, context: context)
        grid.fill(rect)
        let inner = rect.inner
        let lines = doc.lines(width: textWidth(inner))
        let top = max(0, min(context.model.overlaySelection, lines.count - inner.height))
        let shown = top + inner.height < lines.count ? "\(top + 1)–\(top + inner.height)/\(lines.count)" : (top > 0 ? "\(top + 1)–\(lines.count)/\(lines.count)" : "")
        // Where the view is first: a long title is cut at its end on a narrow screen.
        grid.box(rect, title: (shown.isEmpty ? "" : "\(shown) · ") + doc.title, role: .focus, titleRole: .focus, titleStyle: .bold)
        // The view covers the status line, so its bottom edge says a drag selects text here.
        if !context.model.reportsMouse {
            let mouse = " \(context.t(.mouseSelectsText)) "
            let width = DisplayWidth.of(mouse)
            if rect.width >= width + 4 { grid.text(mouse, x: rect.maxX - 2 - width, y: rect.maxY - 1, role: .muted) }
        }
        // The selected link (a seizure in the desk's detail) in reverse, the cursor on its first line.
        let selected = doc.links.isEmpty ? nil : min(context.model.detailLink, doc.links.count - 1)
        var cursorSet = false
        for (row, line) in lines[top..<min(lines.count, top + inner.height)].enumerated() {
            if let link = line.link, link == selected {
                if !cursorSet { (grid.cursor, cursorSet) = ((inner.x, inner.y + row), true) }
                grid.fill(Rect(x: inner.x, y: inner.y + row, width: inner.width, height: 1), role: .selection, style: .reverse)
                grid.text(line.text, x: inner.x + 1, y: inner.y + row, maxWidth: inner.width - 1, role: .selection, style: .reverse)
            } else {
                grid.text(line.text, x: inner.x + 1, y: inner.y + row, maxWidth: inner.width - 1, role: line.role, style: line.style)
            }
        }
    }
}
