import BorderOps
import Words

/// Which critical alerts have rung the bell: each rings once, when it first appears
/// unacknowledged, never again while it stays (nor after an acknowledgement).
public struct AlertBell: Sendable, Equatable {
    private var rung: Set<String> = []

    public init() {}

    /// Whether to ring now: true when an unacknowledged critical alert is new since the last call.
    /// `alerts` in screen order (`Alert.ScreenKey`: the unacknowledged first, the most severe
    /// first among them), so the ones that can ring come first and the pass stops at the first
    /// other: thousands of warnings are in force at headquarters, and a pass over all of them on
    /// every frame grew with the year.
    public mutating func ring(_ alerts: [Alert]) -> Bool {
        var ring = false
        // By position: a `for` over the alerts would copy each.
        for i in alerts.indices {
            guard alerts[i].severity == .critical, !alerts[i].acknowledged else { break }
            if rung.insert(alerts[i].id).inserted { ring = true }
        }
        return ring
    }
}
