import BorderOps
import Words

/// The new-voyage form in the port pane: one line a field, the reason beside a field that is
/// not valid yet, vessels seen before under the vessel, the discard question at the bottom.
enum VoyageFormView {
    static func draw(_ form: VoyageForm, into grid: inout Grid, rect: Rect, context: ViewContext) {
        let x = rect.x + 1
        let w = rect.width - 1
        guard rect.height > 2 else { return }
        grid.text(context.t(.voyageFormTitle), x: x, y: rect.y, maxWidth: w, role: .accent, style: [.bold])
        grid.text("  " + context.t(.voyageFormHelp), x: x + DisplayWidth.of(context.t(.voyageFormTitle)), y: rect.y,
                  maxWidth: max(0, w - DisplayWidth.of(context.t(.voyageFormTitle))), role: .muted)
        let post = VoyageFormKeys.newVoyagePost(context.model, context.input)
        let zone = context.zone(of: post)
        let label = VoyageForm.Field.allCases.map { DisplayWidth.of(context.t(VoyageFormKeys.fieldWord($0))) }.max()! + 3
        let input = 28
        var cursorRow: (LineEditor, Int)?
        var y = rect.y + 2
        for field in VoyageForm.Field.allCases where y < rect.maxY {
            let active = field == form.field
            grid.text((active ? "▶ " : "  ") + context.t(VoyageFormKeys.fieldWord(field)), x: x, y: y, maxWidth: label, role: active ? .focus : .text)
            let editor = form.editors[field.rawValue]
            if active { cursorRow = (editor, y) } else { grid.text("  " + editor.text, x: x + label, y: y, maxWidth: input) }
            let after = x + label + input + 1
            switch form.value(field, today: context.input.now, zone: zone) {
            case .failure(let problem):
                // An empty field not reached yet is not an error yet.
                if !(problem == .empty && field.rawValue > form.field.rawValue) {
                    grid.text("✗ " + context.t(.problem(problem)), x: after, y: y, maxWidth: rect.maxX - after, role: .warn)
                }
            case .success(.time(let t)):
                grid.text("✓ \(t.rfc3339()) (\(zone.name))", x: after, y: y, maxWidth: rect.maxX - after, role: .ok)
            case .success(.count(let n)):
                grid.text("✓ \(n)", x: after, y: y, maxWidth: rect.maxX - after, role: .ok)
            case .success(.text):
                grid.text("✓", x: after, y: y, maxWidth: rect.maxX - after, role: .ok)
            }
            y += 1
            if field == .vessel, active, y < rect.maxY {
                let seen = form.suggestions(context.input.state)
                if !seen.isEmpty {
                    grid.text("  \(context.t(.vesselsSeen)): \(seen.joined(separator: ", "))", x: x + label, y: y, maxWidth: w - label, role: .muted)
                    y += 1
                }
            }
        }
        if form.confirmingDiscard, y + 1 < rect.maxY {
            grid.text(context.t(.discardPrompt), x: x, y: y + 1, maxWidth: w, role: .warn, style: [.bold, .reverse])
        } else if let (editor, row) = cursorRow {
            ChecklistView.drawEditor(editor, into: &grid, x: x + label, y: row, width: input)
        }
    }
}
