import BorderOps
import JSON
import Words

/// Keys in the alerts list (`a`): Enter on the selected alert asks for an optional note, and
/// Enter again appends `alert.ack`. The keys are the key table's (the alerts and editor
/// scopes); these are what their commands do. Pure like `OperatorKeys`: the model changes, and
/// at most one event to append; the alert moves down once the follower reads the ack back.
public enum AlertKeys {
    /// One key, looked up in the key table's alerts scopes of `model`'s context.
    /// `fallbackPost`: the post an acknowledgement is filed under when the alert concerns none
    /// (a source of this terminal's own).
    public static func handle(_ key: Key, model: inout DashboardModel, alerts: [Alert], fallbackPost: String, readOnly: Bool) -> OperatorKeys.Result {
        let all = KeyContext.of(model, canWrite: !readOnly, alertsListed: !alerts.isEmpty)
        let context = KeyContext(scopes: all.scopes.filter { $0 == .alerts || $0 == .editor }, canWrite: all.canWrite)
        switch context.lookup(key) {
        case .command(let command): return perform(command, key: key, model: &model, alerts: alerts, fallbackPost: fallbackPost)
        case .refused: return .notice(Word.readOnlyInput.text(model.language))
        case .none:
            if case .acknowledging = model.operatorMode { return .handled }
            return .notHandled
        }
    }

    /// Does one command of the alerts list or its note editor (the key only for typing).
    public static func perform(_ command: KeyCommand, key: Key, model: inout DashboardModel, alerts: [Alert], fallbackPost: String) -> OperatorKeys.Result {
        if case .acknowledging(let id, _) = model.operatorMode {
            // The note is optional.
            guard case .success(.saved(let note))? = ReasonEditing.perform(command, key: key, model: &model, required: false) else { return .handled }
            model.operatorMode = .browsing
            let post = alerts.first { $0.id == id }?.post ?? fallbackPost
            var fields = [JSONMember("alert", .string(id))]
            if !note.isEmpty { fields.append(JSONMember("note", .string(note))) }
            return .append(OperatorIntent(type: .alertAck, post: post, fields: fields))
        }
        guard command == .acknowledge, !alerts.isEmpty else { return .notHandled }
        let alert = alerts[min(model.overlaySelection, alerts.count - 1)]
        model.operatorMode = .acknowledging(alert: alert.id, editor: LineEditor())
        return .handled
    }
}
