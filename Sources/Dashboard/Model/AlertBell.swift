import BorderOps
import Words

/// Which critical alerts have rung the bell: each rings once, when it first appears
/// unacknowledged, never again while it stays (nor after an acknowledgement).
public struct AlertBell: Sendable, Equatable {
    private var rung: Set<String> = []

    public init() {}

    /// Whether to ring now: true when an unacknowledged critical alert is new since the last call.
    public mutating func ring(_ alerts: [Alert]) -> Bool {
        var ring = false
        // By position: a `for` over the alerts would copy each.
        for i in alerts.indices where alerts[i].severity == .critical && !alerts[i].acknowledged {
            if rung.insert(alerts[i].id).inserted { ring = true }
        }
        return ring
    }
}
