import BorderOps
import Words

/// Gate mode's lines in the voyage's detail view: the result and document in force with
/// `checked/manifest`, the reference, the note and the nationality being typed, the warning before a doubtful
/// reference is recorded, and the last five checks read back.
enum GateView {
    static let recentShown = 5

    static func draw(_ entry: GateEntry, voyage v: Voyage, into grid: inout Grid, rect: Rect, context: ViewContext) {
        let x = rect.x + 1
        let w = rect.width - 1
        var y = rect.y
        guard rect.height > 0 else { return }
        // The result in force stands out in its colour: a wrong result is the costly mistake.
        var at = x + grid.text("\(context.t(.gateTitle)) ", x: x, y: y, maxWidth: w, role: .accent, style: .bold)
        at += grid.text(" \(resultMark(entry.result)) \(context.t(.code(entry.result))) ", x: at, y: y, maxWidth: rect.maxX - at,
                        role: VoyagesPane.resultRole(entry.result) == .text ? .ok : VoyagesPane.resultRole(entry.result), style: [.bold, .reverse])
        at += grid.text("  \(context.t(.code(entry.document)))", x: at, y: y, maxWidth: rect.maxX - at, role: .focus, style: .bold)
        if case .success(let nationality?) = entry.nationalityCode {
            at += grid.text(" \(nationality)", x: at, y: y, maxWidth: rect.maxX - at, role: .focus, style: .bold)
        }
        at += grid.text("   \(v.checked)/\(v.manifest)", x: at, y: y, maxWidth: rect.maxX - at, style: .bold)
        // What this line sent last, before the follower reads it back into the list below.
        if let last = entry.sent.last {
            grid.text("   \(context.t(.gateSent)): \(last)", x: at, y: y, maxWidth: rect.maxX - at, role: .muted)
        }
        y += 1
        let noteShown = entry.onNote || entry.result != .cleared || !entry.note.characters.isEmpty
        let label = [Word.gateReference, .gateNote, .gateNationality].map { DisplayWidth.of(context.t($0)) }.max()! + 3
        func field(_ name: Word, _ editor: LineEditor, active: Bool, row: Int) {
            guard row < rect.maxY else { return }
            grid.text((active ? "▶ " : "  ") + context.t(name), x: x, y: row, maxWidth: label, role: active ? .focus : .muted)
            if active {
                ChecklistView.drawEditor(editor, into: &grid, x: x + label, y: row, width: w - label)
            } else {
                grid.text("  " + editor.text, x: x + label, y: row, maxWidth: w - label, role: .muted)
            }
        }
        let referenceRow = y, noteRow = y + 1
        y += noteShown ? 2 : 1
        // The nationality's row while it has the cursor (else its code stands in the first line).
        let nationalityRow = entry.field == .nationality ? y : nil
        if nationalityRow != nil { y += 1 }
        if noteShown {
            grid.text("  " + (entry.note.characters.isEmpty && !entry.onNote ? context.t(.gateNoteOptional) : ""), x: x + label, y: noteRow,
                      maxWidth: w - label, role: .muted)
        }
        // The active field last: the terminal's cursor rests on it.
        if let nationalityRow {
            field(.gateReference, entry.reference, active: false, row: referenceRow)
            if noteShown { field(.gateNote, entry.note, active: false, row: noteRow) }
            field(.gateNationality, entry.nationality, active: true, row: nationalityRow)
            if case .failure(let problem) = entry.nationalityCode {
                let after = label + 4 + DisplayWidth.of(entry.nationality.text)
                grid.text("✗ " + context.t(.problem(problem)), x: x + after, y: nationalityRow, maxWidth: max(0, w - after), role: .warn)
            } else if entry.nationality.characters.isEmpty {
                grid.text("  " + context.t(.gateNationalityHint), x: x + label + 2, y: nationalityRow, maxWidth: max(0, w - label - 2), role: .muted)
            }
        } else if entry.onNote {
            field(.gateReference, entry.reference, active: false, row: referenceRow)
            field(.gateNote, entry.note, active: true, row: noteRow)
        } else {
            if noteShown { field(.gateNote, entry.note, active: false, row: noteRow) }
            field(.gateReference, entry.reference, active: true, row: referenceRow)
        }
        if let warning = entry.warning, y < rect.maxY {
            grid.text("⚠ \(entry.warned ?? "") \(text(warning, context)) · \(context.t(.gateRecordAnyway))", x: x, y: y, maxWidth: w,
                      role: .critical, style: [.bold, .reverse])
            y += 1
        }
        guard y + 1 < rect.maxY else { return }
        y += 1
        grid.text(context.t(.latestChecks), x: x, y: y, maxWidth: w, role: .muted)
        VoyagesPane.drawChecks(Array(v.recentChecks.suffix(recentShown).reversed()), into: &grid, x: x, y: y + 1, width: w, maxY: rect.maxY, context: context)
    }

    static func text(_ warning: GateWarning, _ context: ViewContext) -> String {
        switch warning {
        case .checkedHere(let result):
            return context.t(.gateAlreadyChecked) + (result.map { " (\(context.t(.code($0))))" } ?? "")
        case .heldEarlier(let voyage, let result):
            return "\(context.t(.code(result))) \(context.t(.gateHeldEarlier)) (\(voyage))"
        }
    }
}
