/// A left click: the pane under it takes the focus, and the row under it (as the frame drew
/// it: `Grid.clickRegions`) is selected, as ↑↓ would select it. Selecting never writes: Enter,
/// `d` and the other keys then act on the clicked row.
extension Loop {
    static func click(at point: (x: Int, y: Int), _ model: inout LoopModel, input: DashboardInput, size: (width: Int, height: Int)) {
        // Typing a filter, or a form, keeps the keyboard's place: a stray click changes nothing.
        guard !model.ui.editingFilter else { return }
        if case .form = model.ui.operatorMode { return }
        let frame = DashboardView.render(input, model: model.ui, width: size.width, height: size.height)
        let target = frame.clickTarget(at: point)
        if let overlay = model.ui.overlay {
            // Over an overlay only its own list answers (the alerts, the bad lines, the posts).
            guard overlay == .alerts || overlay == .badLines || overlay == .posts || overlay == .search, model.ui.operatorMode == .browsing,
                  case .overlayRow(let line)? = target else { return }
            model.ui.overlaySelection = line
            return
        }
        let layout = DashboardView.layout(input, model: model.ui, width: size.width, height: size.height)
        model.ui.focus(at: point, panes: layout.panes.map { ($0.pane, $0.rect) })
        // Typing a note or a reason, or answering a question, is about the row already selected.
        guard model.ui.operatorMode == .browsing, let target else { return }
        switch target {
        case .pane(let pane):
            if model.ui.focus != pane { model.ui.detail = nil }
            model.ui.focus = pane
        case .row(let pane, let index, let id):
            model.ui.selection[pane] = index
            model.ui.selectedIDs[pane] = id
        case .check(let index):
            model.ui.checkSelection = index
        case .step(let index, let id):
            model.ui.stepSelection = index
            model.ui.selectedStep = id
        case .meetingRow(let index, let key):
            model.ui.meetingRow.position = index
            model.ui.meetingRow.key = key
        case .overlayRow:
            break
        }
    }
}
