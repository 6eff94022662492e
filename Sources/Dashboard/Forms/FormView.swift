import BorderOps
import Words

/// Any form, in the pane it was opened in: one line a field (label, what was typed or chosen,
/// then `✓` and the value as it will be written or `✗` and why not), values seen before under
/// a text field, the pick-list under a multi-pick in focus, the discard question at the bottom.
/// A form taller than the pane scrolls so the field in focus is always in view.
enum FormView {
    /// A line of the form below its title.
    enum Line: Equatable {
        case field(Int)
        case suggestions(Int, [String])
        /// Entries of a multi-pick's list (indices into its choices).
        case choices(Int, [Int])

        var field: Int {
            switch self {
            case .field(let i), .suggestions(let i, _), .choices(let i, _): return i
            }
        }
    }

    static func draw(_ form: Form, into grid: inout Grid, rect: Rect, context: ViewContext) {
        let x = rect.x + 1
        let w = rect.width - 1
        guard rect.height > 3, w > 20 else { return }
        let title = context.t(form.title)
        grid.text(title, x: x, y: rect.y, maxWidth: w, role: .accent, style: .bold)
        grid.text("  " + context.t(.formHelp), x: x + DisplayWidth.of(title), y: rect.y,
                  maxWidth: max(0, w - DisplayWidth.of(title)), role: .muted)
        let formContext = FormContext(context.input, post: form.post)
        let label = min(w / 3, (form.fields.map { DisplayWidth.of(context.t($0.label)) }.max() ?? 0) + 3)
        let input = max(12, min(30, w - label - 26))
        let lines = self.lines(form, width: w - label - 2, context: context)
        let top = rect.y + 2
        let bottom = rect.maxY - (form.confirmingDiscard ? 2 : 0)
        let (first, count) = window(lines, focus: form.focus, rows: bottom - top)
        if first > 0 {
            grid.text("▲ \(first) \(context.t(.formMoreAbove))", x: x, y: rect.y + 1, maxWidth: w, role: .muted)
        } else if let correcting = form.correcting {
            grid.text("\(context.t(.correcting)): \(correcting)", x: x, y: rect.y + 1, maxWidth: w, role: .warn)
        }
        var y = top
        for line in lines[first..<(first + count)] {
            drawLine(line, form: form, into: &grid, x: x, y: y, label: label, input: input, right: rect.maxX, context: context, formContext: formContext)
            y += 1
        }
        if first + count < lines.count {
            grid.text("▼ \(lines.count - first - count) \(context.t(.formMoreBelow))", x: x, y: y, maxWidth: w, role: .muted)
        }
        if form.confirmingDiscard {
            grid.text(context.t(.discardPrompt), x: x, y: rect.maxY - 1, maxWidth: w, role: .warn, style: [.bold, .reverse])
        }
    }

    /// Every line, in order: the fields, values seen before under the text field in focus, the
    /// list under the multi-pick in focus (wrapped to `width`).
    static func lines(_ form: Form, width: Int, context: ViewContext) -> [Line] {
        var lines: [Line] = []
        for (index, field) in form.fields.enumerated() {
            lines.append(.field(index))
            guard index == form.focus else { continue }
            if field.kind == .text, !field.matchingSuggestions().isEmpty { lines.append(.suggestions(index, field.matchingSuggestions())) }
            if field.kind == .multiPick {
                var row: [Int] = []
                var used = 0
                for (choice, entry) in field.choices.enumerated() {
                    let cost = DisplayWidth.of(context.t(entry.word)) + 5
                    if !row.isEmpty && used + cost > width {
                        lines.append(.choices(index, row))
                        row = []
                        used = 0
                    }
                    row.append(choice)
                    used += cost
                }
                if !row.isEmpty { lines.append(.choices(index, row)) }
            }
        }
        return lines
    }

    /// Which lines fit in `rows`: from the first, or scrolled so the focused field's lines are
    /// in view (its first line at least); a line is kept for "more below" when some are hidden.
    static func window(_ lines: [Line], focus: Int, rows: Int) -> (first: Int, count: Int) {
        guard rows > 0 else { return (0, 0) }
        if lines.count <= rows { return (0, lines.count) }
        let shown = max(1, rows - 1)
        let start = lines.firstIndex { $0.field == focus } ?? 0
        let end = lines.lastIndex { $0.field == focus } ?? start
        var first = max(0, end - shown + 1)
        first = min(first, start)
        return (first, min(shown, lines.count - first))
    }

    static func drawLine(_ line: Line, form: Form, into grid: inout Grid, x: Int, y: Int, label: Int, input: Int, right: Int,
                         context: ViewContext, formContext: FormContext) {
        let valueX = x + label
        switch line {
        case .suggestions(_, let seen):
            grid.text("  \(context.t(.vesselsSeen)): \(seen.joined(separator: ", "))", x: valueX, y: y, maxWidth: right - valueX, role: .muted)
        case .choices(let index, let entries):
            let field = form.fields[index]
            var column = valueX + 2
            for choice in entries {
                let ticked = field.chosen.contains(choice)
                let text = "[\(ticked ? "x" : " ")] \(context.t(field.choices[choice].word))"
                column += grid.text(text, x: column, y: y, maxWidth: right - column, role: ticked ? .ok : .text,
                                    style: choice == field.cursor ? .reverse : .plain) + 2
            }
        case .field(let index):
            let field = form.fields[index]
            let active = index == form.focus
            grid.text((active ? "▶ " : "  ") + context.t(field.label), x: x, y: y, maxWidth: label, role: active ? .focus : .text)
            switch field.kind {
            case .pick:
                let word = field.chosen.first.map { context.t(field.choices[$0].word) } ?? "—"
                grid.text((active ? "◀ \(word) ▶" : "  \(word)") + typed(field, context), x: valueX, y: y, maxWidth: input, role: active ? .focus : .text)
            case .multiPick:
                grid.text("  " + field.chosenText(context.language) + typed(field, context), x: valueX, y: y, maxWidth: input, role: active ? .focus : .text)
            default:
                if active && !form.confirmingDiscard {
                    ChecklistView.drawEditor(field.editor, into: &grid, x: valueX, y: y, width: input)
                } else {
                    grid.text("  " + field.editor.text, x: valueX, y: y, maxWidth: input)
                }
            }
            let after = valueX + input + 1
            switch field.value(formContext) {
            case .failure(let problem):
                // An empty field not reached yet is not an error yet.
                if !(problem == .empty && index > form.focus) {
                    grid.text("✗ " + context.t(.problem(problem)), x: after, y: y, maxWidth: right - after, role: .warn)
                }
            case .success(let value):
                grid.text(shown(value, zone: formContext.zone, context: context), x: after, y: y, maxWidth: right - after,
                          role: value == .absent ? .muted : .ok)
            }
        }
    }

    /// What was typed in a pick-list to find an entry (`PickTyping`), or that it made a new one.
    static func typed(_ field: FormField, _ context: ViewContext) -> String {
        guard !field.typed.isEmpty else { return "" }
        // A new entry is the text typed itself: it is said new, not repeated.
        return field.typedEntry != nil ? "  (\(context.t(.formNewEntry)))" : "  \"\(field.typed)\""
    }

    /// A valid value as it will be written, in the officer's words.
    static func shown(_ value: FormValue, zone: PostZone, context: ViewContext) -> String {
        switch value {
        case .absent: return context.t(.formOptional)
        case .text, .pick: return "✓"
        case .count(let n): return "✓ \(context.count(n))"
        case .rupiah(let n): return "✓ \(context.language.rupiah(n))"
        case .time(let t): return "✓ \(t.rfc3339()) (\(zone.name))"
        case .date(let d): return "✓ \(d.description)"
        case .picks(let codes): return "✓ \(codes.count)"
        }
    }
}
