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
        for alert in alerts where alert.severity == .critical && !alert.acknowledged {
            if rung.insert(alert.id).inserted { ring = true }
        }
        return ring
    }
}
