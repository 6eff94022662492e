import ExactKeys

/// How urgent an alert is. Ordered: `critical` sorts first on screen.
public enum AlertSeverity: String, Sendable, CaseIterable, Comparable {
    case info, warning, critical

    public static func < (a: AlertSeverity, b: AlertSeverity) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}

/// Something that needs a duty officer's attention now. Rules make alerts afresh from the
/// folded state and the clock; only acknowledgements are stored (as `alert.ack` events).
public struct Alert: Sendable, Equatable {
    /// Stable across terminals and restarts: `departure:VOYAGE`, `action:ACTION`,
    /// `finding:OP:FINDING`, `stale:POST`, `source:PATH`, `malformed:PATH`, `chain:PATH`.
    public var id: String
    public var severity: AlertSeverity
    /// What it is about; the words are made from it only when shown (`Alert.text` in `Words`),
    /// so a state with thousands of alerts costs little per frame.
    public var subject: AlertSubject
    /// Exercise data: the words say so.
    public var exercise: Bool
    /// The zone the words give times in (the post's).
    public var zone: PostZone
    /// The post it concerns (nil for a source of the reader's own).
    public var post: String?
    /// When the condition became true.
    public var began: Timestamp
    /// When it rose to its present severity, if it rose (a near departure that has now passed),
    /// or got worse (more malformed lines): an acknowledgement older than this does not cover it.
    public var escalated: Timestamp?
    /// The latest `alert.ack` for this id, if any (it may be older than the escalation).
    public var acknowledgement: AlertAcknowledgement?

    public init(id: String, severity: AlertSeverity, subject: AlertSubject, exercise: Bool = false, zone: PostZone = .wita,
                post: String? = nil, began: Timestamp, escalated: Timestamp? = nil) {
        self.id = id
        self.subject = subject
        self.exercise = exercise
        self.zone = zone
        self.post = post
        self.severity = severity
        self.began = began
        self.escalated = escalated
    }

    /// Acknowledged since it last began or got worse: it moves down and stops ringing. An older
    /// acknowledgement belongs to an earlier episode (a post stale yesterday, heard from, stale
    /// again) and does not cover this one.
    public var acknowledged: Bool {
        guard let ack = acknowledgement else { return false }
        return !(ack.at < since)
    }

    /// Since when it has been at its present severity.
    public var since: Timestamp { escalated ?? began }

    /// Screen order: unacknowledged first, then the most severe, then the newest, then by id.
    public struct ScreenKey: Comparable {
        var acknowledged: Bool
        var severity: AlertSeverity
        var since: Timestamp
        var id: String

        init(_ alert: Alert) {
            (acknowledged, severity, since, id) = (alert.acknowledged, alert.severity, alert.since, alert.id)
        }

        public static func < (a: ScreenKey, b: ScreenKey) -> Bool {
            if a.acknowledged != b.acknowledged { return !a.acknowledged }
            if a.severity != b.severity { return a.severity > b.severity }
            // By instant (`Timestamp.instant`): one instant written with other offsets is a tie.
            if a.since.instant != b.since.instant { return b.since < a.since }
            return ExactKey(a.id) < ExactKey(b.id)
        }
    }
}

extension AlertSeverity {
    /// A mark that tells the severities apart in any theme, mono included. The dashboard's
    /// grid turns it into ASCII where the terminal needs it (`AsciiGlyphs`).
    public var mark: String {
        switch self {
        case .critical: return "‼"
        case .warning: return "▲"
        case .info: return "•"
        }
    }
}
