import BorderOps
import JSON
import Words

/// Keys in the alerts list (`a`): Enter on the selected alert asks for an optional note, and
/// Enter again appends `alert.ack`. A pure function like `OperatorKeys`: the model changes, and
/// at most one event to append; the alert moves down once the follower reads the ack back.
public enum AlertKeys {
    /// `fallbackPost`: the post an acknowledgement is filed under when the alert concerns none
    /// (a source of this terminal's own).
    public static func handle(_ key: Key, model: inout DashboardModel, alerts: [Alert], fallbackPost: String, readOnly: Bool) -> OperatorKeys.Result {
        if case .acknowledging(let id, var editor) = model.operatorMode {
            switch editor.handle(key) {
            case .editing: model.operatorMode = .acknowledging(alert: id, editor: editor); return .handled
            case .cancelled: model.operatorMode = .browsing; return .handled
            case .saved(let note):
                model.operatorMode = .browsing
                let post = alerts.first { $0.id == id }?.post ?? fallbackPost
                var fields = [JSONMember("alert", .string(id))]
                let trimmed = note.trimmingCharacters(in: " ")
                if !trimmed.isEmpty { fields.append(JSONMember("note", .string(trimmed))) }
                return .append(OperatorIntent(type: .alertAck, post: post, fields: fields))
            }
        }
        guard key == .enter || key == .character("a") else { return .notHandled }
        guard !alerts.isEmpty else { return .notHandled }
        if readOnly { return .notice(UIText.readOnlyInput.text(model.language)) }
        let alert = alerts[min(model.overlaySelection, alerts.count - 1)]
        model.operatorMode = .acknowledging(alert: alert.id, editor: LineEditor())
        return .handled
    }
}
