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
    /// Read every check of this voyage again from the files for its detail view (answered by
    /// `Message.checksRead`): the state keeps only the latest 16.
    case readChecks(voyage: String)
    /// Put this text on the terminal's clipboard (OSC 52, where the terminal takes it).
    case copy(String)
    /// Press these keys, one message each (typed while the history was read: `LoopModel.typedAhead`),
    /// each key's effects done before the next, as when typed.
    case press([Key])
    case quit
}

/// Events to append as one batch (all in the file, or none): the intents with their envelopes
/// (an id each; one time, one writer) and the file. Most keys append one event; a form may
/// append several (a day's four KPI figures, a correction's void and corrected event).
public struct AppendRequest: Sendable, Equatable {
    public var intents: [OperatorIntent]
    public var ids: [String]
    public var at: Timestamp
    public var by: String
    public var file: String

    public init(intents: [OperatorIntent], ids: [String], at: Timestamp, by: String, file: String) {
        precondition(!intents.isEmpty && intents.count == ids.count, "a batch has an id for each of its events")
        self.intents = intents
        self.ids = ids
        self.at = at
        self.by = by
        self.file = file
    }

    public init(intent: OperatorIntent, id: String, at: Timestamp, by: String, file: String) {
        self.init(intents: [intent], ids: [id], at: at, by: by, file: file)
    }

    /// The first event of the batch (the only one of most).
    public var intent: OperatorIntent { intents[0] }
    public var id: String { ids[0] }

    /// Each event's members, envelope first, in batch order.
    public var events: [[JSONMember]] {
        zip(intents, ids).map { intent, id in
            [JSONMember("id", .string(id)), JSONMember("ts", .string(at.rfc3339())), JSONMember("type", .string(intent.type)),
             JSONMember("post", .string(intent.post)), JSONMember("by", .string(by))] + intent.fields
        }
    }

    /// The first event's members.
    public var event: [JSONMember] { events[0] }
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
