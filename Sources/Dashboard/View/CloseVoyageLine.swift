import BorderOps
import Words

/// The line under the question before a voyage is closed: the hour it left as typed, and as it
/// will be written (`✓ 2024-12-17T09:34:00+08:00 (WITA)`) or why not, as a form's field says it.
enum CloseVoyageLine {
    /// Draws it at `y`; the rows used.
    static func draw(_ departed: LineEditor, post: String, into grid: inout Grid, x: Int, y: Int, width: Int, context: ViewContext) -> Int {
        let label = context.t(.fieldDeparted)
        let labelWidth = DisplayWidth.of(label) + 1
        grid.text(label, x: x, y: y, maxWidth: width, role: .focus)
        let editorWidth = min(20, max(0, width - labelWidth))
        let after = x + labelWidth + editorWidth + 1
        let formContext = FormContext(context.input, post: post)
        if departed.characters.isEmpty {
            grid.text("  " + context.t(.departedHint), x: x + labelWidth, y: y, maxWidth: max(0, width - labelWidth), role: .muted)
        } else {
            switch CloseVoyageKeys.departedValue(departed, formContext) {
            case .failure(let problem): grid.text("✗ " + context.t(.problem(problem)), x: after, y: y, maxWidth: max(0, x + width - after), role: .warn)
            case .success(let value):
                grid.text(FormView.shown(value, zone: formContext.zone, context: context), x: after, y: y, maxWidth: max(0, x + width - after), role: .ok)
            }
        }
        // Last: the terminal's cursor rests in the hour typed.
        ChecklistView.drawEditor(departed, into: &grid, x: x + labelWidth, y: y, width: editorWidth)
        return 1
    }
}
