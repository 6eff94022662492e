import BorderOps
import Words

/// An alert in full: its whole sentence, severity, rule, when it began and rose, its
/// acknowledgement (who, when, note) and whether that covers this episode; corrections of its
/// acknowledgements.
enum AlertDetail {
    static func document(_ alert: Alert, context: ViewContext) -> DetailDocument {
        let t = context.t
        var d = DetailDocument(title: "\(t(alert.severity.word)) · \(t(.alertRule(alert.rule)))", id: alert.id)
        func time(_ ts: Timestamp) -> String { context.dateTime(ts, in: alert.zone) }
        d.field(t(.detailID), alert.id)
        d.field(t(.severity), "\(alert.severity.mark) \(t(alert.severity.word))", role: AlertStrip.role(alert.severity))
        d.field(t(.detailRule.heading), t(.alertRule(alert.rule)))
        if let post = alert.post { d.field(t(.detailPost.heading), post) }
        d.blank()
        d.text(context.text(alert), role: AlertStrip.role(alert.severity))
        d.heading(t(.detailEpisodes))
        d.item("·", "\(t(.detailBegan)) \(time(alert.began))")
        if let escalated = alert.escalated { d.item("·", "\(t(.detailEscalated)) \(time(escalated))") }
        if let ack = alert.acknowledgement {
            let who = "\(t(.detailAcknowledged)) \(time(ack.at)) \(t(.detailVoidedBy)) \(ack.by ?? "?")" + (ack.note.map { $0.isEmpty ? "" : ": \($0)" } ?? "")
            d.item(alert.acknowledged ? "✓" : "·", alert.acknowledged ? who : "\(t(.detailEarlierAck)): \(who)", role: alert.acknowledged ? .ok : .muted)
        }
        if !alert.acknowledged { d.item("!", t(.detailNotAcknowledged), role: .warn) }
        DetailCorrections.add(DetailCorrections.of(.alert(alert.id), in: context.input.state), to: &d, context: context)
        return d
    }
}

extension Alert {
    /// The rule that made it: the part of its id before the first `:` (`departure`, `stale`…).
    public var rule: String { String(id.prefix { $0 != ":" }) }
}
