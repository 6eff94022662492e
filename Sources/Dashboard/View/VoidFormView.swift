import BorderOps
import Words

/// The void form (`v`), drawn over the panes: what will be voided, in words, and the reason's
/// editor last (the terminal's cursor rests on it).
enum VoidFormView {
    static func draw(_ form: VoidForm, into grid: inout Grid, context: ViewContext) {
        let width = min(grid.width - 4, 90)
        // An opening's warning, wrapped to the box: how much goes with it.
        let warning = form.isOpening ? OpeningVoid.warning(form, language: context.language).flatMap { WrappedText.lines($0, width: width - 3) } : []
        let height = 6 + (form.shapedBy > 1 ? 1 : 0) + warning.count
        guard width > 20, grid.height - 2 >= height else { return }
        let rect = Rect(x: (grid.width - width) / 2, y: (grid.height - height) / 2, width: width, height: height)
        grid.fill(rect)
        grid.box(rect, title: "\(context.t(.voidTitle)) · \(context.t(.voidKeys))", role: .warn, titleRole: .warn, titleStyle: .bold)
        let inner = rect.inner
        let x = inner.x + 1, w = inner.width - 1
        var y = inner.y
        grid.text(form.itemLine(context.language), x: x, y: y, maxWidth: w, role: .accent, style: .bold)
        y += 1
        let zone = context.zone(of: form.post)
        grid.text("\(context.t(.voidRecordedBy)) \(form.by ?? "?"), \(context.time(form.at, in: zone)) · \(form.type) \(form.target)",
                  x: x, y: y, maxWidth: w)
        y += 1
        for line in warning {
            grid.text(line, x: x, y: y, maxWidth: w, role: .warn, style: .bold)
            y += 1
        }
        if form.shapedBy > 1 {
            grid.text("\(context.t(.voidLatestOf)) \(form.shapedBy)", x: x, y: y, maxWidth: w, role: .muted)
            y += 1
        }
        let label = "\(context.t(.voidReason)): "
        grid.text(label, x: x, y: y + 1, maxWidth: w, role: .focus, style: .bold)
        let at = DisplayWidth.of(label)
        ChecklistView.drawEditor(form.reason, into: &grid, x: x + at, y: y + 1, width: w - at)
    }
}
