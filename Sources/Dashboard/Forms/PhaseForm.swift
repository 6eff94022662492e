import BorderOps
import JSON
import Words

/// The phase form (`>` in an open operation): the next phase, or the current one again (a note
/// on it: "KM. Purnama selesai diperiksa; lanjut Labuan Express V"), picked in the interface
/// language, and what the operation's lead says of it (optional: the briefing's directions, the
/// debrief's figures); `op.phase`. The form is the asking before the operation is closed.
public enum PhaseForm {
    /// Nil when the operation is closed already.
    public static func make(_ op: JointOperation) -> Form? {
        guard let next = OperationPhase.allCases.first(where: { $0 > op.phase }) else { return nil }
        var phases = [next]
        // A note on the phase it is in (none on `planned`: no phase has been recorded yet).
        if op.phase != .planned { phases.append(op.phase) }
        let choices = phases.map { FormField.Choice(code: $0.rawValue, word: Word.code($0)) }
        return Form(.phase(op: op.id), title: next == .closed ? .phaseFormCloseTitle : .phaseFormTitle, pane: .operations, post: op.post, fields: [
            FormField("phase", .fieldPhase, kind: .pick, choices: choices, chosen: [0]),
            FormField("note", .fieldPhaseNote, optional: true),
        ])
    }

    static func submission(_ form: Form, op: String, values: [String: FormValue]) -> FormSubmission {
        let intent = OperatorIntent(type: .opPhase, post: form.post, fields: [JSONMember("op", .string(op))] + values.members(["phase", "note"]))
        let phase = form["phase"].map { $0.chosenText(.id) } ?? ""
        return FormSubmission(intents: [intent], select: nil, summary: "\(values["phase"]?.string ?? phase) · \(op)", form: form)
    }
}
