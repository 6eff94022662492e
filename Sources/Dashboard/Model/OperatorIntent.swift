import BorderOps
import JSON
import Words

/// What an operator's key asks to be appended. The dashboard never changes state itself: the
/// app appends the event and the follower reads it back like any other writer's.
public struct OperatorIntent: Sendable, Equatable {
    /// The event type: one of the spec's, or a Borderdesk extension (`alert.ack`).
    public var type: String
    /// The post the event belongs to (the operation's).
    public var post: String
    public var fields: [JSONMember]

    public init(type: EventType, post: String, fields: [JSONMember]) {
        self.type = type.rawValue
        self.post = post
        self.fields = fields
    }

    public init(type: ExtensionType, post: String, fields: [JSONMember]) {
        self.type = type.rawValue
        self.post = post
        self.fields = fields
    }

    /// How the status line names it: "checklist.step b7 done".
    public var summary: String {
        let values = fields.compactMap { member -> String? in
            if case .string(let s) = member.value, ["step", "state", "team", "status", "phase", "severity", "alert", "passenger", "result", "target"].contains(member.key) { return s }
            return nil
        }
        return ([type] + values).joined(separator: " ")
    }
}

/// What the operator is doing in an operation's detail view besides moving.
public enum OperatorMode: Sendable, Equatable {
    case browsing
    /// Typing a note or a skip reason for a step.
    case note(step: String, editor: LineEditor)
    case skipReason(step: String, editor: LineEditor)
    /// Setting a team's status: which team and which status.
    case team(index: Int, status: TeamStatus)
    /// A recording form (`N`, and the forms opened in an item): `FormKeys`, `FormView`.
    case form(Form)
    /// The question before a voyage is closed, with the hour it left being typed.
    case closeVoyage(String, departed: LineEditor)
    /// In an open meeting: the reason an action is dropped, and the question before the
    /// meeting is closed (`MeetingKeys`).
    case dropReason(action: String, editor: LineEditor)
    case closeMeeting(String)
    /// Gate mode in an open voyage: passenger checks typed or scanned.
    case gate(GateEntry)
    /// Voiding a recorded item (`v`): what it voids, and the reason being typed.
    case voiding(VoidForm)
    /// Acknowledging an alert (in the alerts list): an optional note.
    case acknowledging(alert: String, editor: LineEditor)
}
