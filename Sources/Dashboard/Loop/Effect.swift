import BorderOps
import JSON
import Words

/// What `Loop.update` asks the world to do. Values, so tests read them; the driver performs
/// them (`LoopRunner` does the screen's own: bell and theme) and sends back what came of them.
public enum Effect: Sendable, Equatable {
    case append(AppendRequest)
    case writeReport(ReportRequest)
    case bell
    /// Use theme number N of the catalogue.
    case useTheme(Int)
    case demo(DemoControl)
    /// Read this line again from its file for a detail view (answered by `Message.lineRead`).
    case readLine(LineOrigin)
    /// Put this text on the terminal's clipboard (OSC 52, where the terminal takes it).
    case copy(String)
    case quit
}

/// One event to append: the intent with its envelope (id, time, who) and the file.
public struct AppendRequest: Sendable, Equatable {
    public var intent: OperatorIntent
    public var id: String
    public var at: Timestamp
    public var by: String
    public var file: String

    public init(intent: OperatorIntent, id: String, at: Timestamp, by: String, file: String) {
        self.intent = intent
        self.id = id
        self.at = at
        self.by = by
        self.file = file
    }

    /// The event's members, envelope first.
    public var event: [JSONMember] {
        [JSONMember("id", .string(id)), JSONMember("ts", .string(at.rfc3339())), JSONMember("type", .string(intent.type)),
         JSONMember("post", .string(intent.post)), JSONMember("by", .string(by))] + intent.fields
    }
}

/// The report of the focused operation or meeting, written next to the file this terminal
/// appends to.
public struct ReportRequest: Sendable, Equatable {
    public enum Kind: Sendable, Equatable { case operation, meeting }
    public var kind: Kind
    public var id: String
    /// The operation's or meeting's post (for its zone).
    public var post: String?
    public var language: Language
    /// The write file, whose folder the report goes to.
    public var nextTo: String

    public init(kind: Kind, id: String, post: String?, language: Language, nextTo: String) {
        self.kind = kind
        self.id = id
        self.post = post
        self.language = language
        self.nextTo = nextTo
    }
}

/// The demo's walkthrough keys.
public enum DemoControl: Sendable, Equatable {
    case pause, nextStage, faster, slower, restart
}
