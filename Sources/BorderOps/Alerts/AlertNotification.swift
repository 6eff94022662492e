/// Which critical alerts to tell someone about outside the screen (an SMS gateway, a pager:
/// `borderdesk alerts --notify`), run every minute: each episode of a critical, unacknowledged
/// alert once. An episode is the alert's id with the instant it reached its severity, so a post
/// stale yesterday, heard from, and stale again is told again; one that goes on is told once.
public enum AlertNotification {
    /// The episode's key, kept between runs.
    public static func key(_ alert: Alert) -> String { "\(alert.id) \(alert.since.rfc3339(offsetSeconds: 0))" }

    /// The critical, unacknowledged alerts whose episode is not among those told already.
    public static func due(_ alerts: [Alert], told: Set<String>) -> [Alert] {
        alerts.filter { $0.severity == .critical && !$0.acknowledged && !told.contains(key($0)) }
    }

    /// What to keep after a run: the episodes told (before or now) that are still in force, so
    /// the list stays as short as the alerts and an episode that ended can be told when it returns.
    public static func kept(_ alerts: [Alert], told: Set<String>) -> [String] {
        alerts.map(key).filter { told.contains($0) }.sorted()
    }
}
