import BorderOps
import Words

/// The one step every reason and note typed on a line is edited with (a void's reason, a skip's,
/// an action dropped, a step's note, an acknowledgement's note): text keys edit the mode's
/// editor, Esc cancels, Enter saves the trimmed text, or, when a reason is required and none was
/// typed, says `Word.reasonNeeded` and keeps the editor open. The callers do only what Enter saves.
enum ReasonEditing {
    enum Step: Equatable {
        /// Typed, or cancelled: done on the model already.
        case done
        /// Enter with this text, trimmed (empty only when not required); the mode is left as it
        /// was, for the caller to read and close.
        case saved(String)
    }

    /// What `command` does to the editor of `model`'s mode; nil when the mode has no editor or
    /// the command is not an editor's. `.needed` comes back as the notice to show.
    static func perform(_ command: KeyCommand, key: Key, model: inout DashboardModel, required: Bool) -> Result<Step, Needed>? {
        guard var editor = model.operatorMode.reasonEditor else { return nil }
        switch command {
        case .editText:
            _ = editor.handle(key)
            model.operatorMode = model.operatorMode.with(reasonEditor: editor)
            return .success(.done)
        case .cancel:
            model.operatorMode = .browsing
            return .success(.done)
        case .save:
            let text = OfficerText.trimmed(editor.text)
            return required && text.isEmpty ? .failure(Needed(notice: Word.reasonNeeded.text(model.language))) : .success(.saved(text))
        default: return nil
        }
    }

    /// Enter on an empty required reason: nothing saved, the editor stays, this is said.
    struct Needed: Error, Equatable {
        var notice: String
    }
}

extension OperatorMode {
    /// The line being typed in this mode, if it is one that types a reason or a note.
    var reasonEditor: LineEditor? {
        switch self {
        case .note(_, let editor), .skipReason(_, let editor), .dropReason(_, let editor), .acknowledging(_, let editor): return editor
        case .voiding(let form): return form.reason
        default: return nil
        }
    }

    var isSkipReason: Bool {
        if case .skipReason = self { return true }
        return false
    }

    /// The same mode with `editor` typed in.
    func with(reasonEditor editor: LineEditor) -> OperatorMode {
        switch self {
        case .note(let step, _): return .note(step: step, editor: editor)
        case .skipReason(let step, _): return .skipReason(step: step, editor: editor)
        case .dropReason(let action, _): return .dropReason(action: action, editor: editor)
        case .acknowledging(let alert, _): return .acknowledging(alert: alert, editor: editor)
        case .voiding(var form):
            form.reason = editor
            return .voiding(form)
        default: return self
        }
    }
}
