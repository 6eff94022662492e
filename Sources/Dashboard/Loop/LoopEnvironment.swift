import BorderOps
import Words

/// What `Loop.update` reads from outside: the clock, new event ids, and the settings of this
/// run. Injected, so tests fix the clock and the ids.
public struct LoopEnvironment: Sendable {
    public var now: @Sendable () -> Timestamp
    /// A new event id for an event of `post`.
    public var newID: @Sendable (_ post: String) -> String
    /// Who appends (`by`) and where; nil: a read-only terminal.
    public var writer: (operatorID: String, file: String)?
    /// The checklist template `c` starts for an operation.
    public var operationTemplate: ChecklistTemplate?
    /// The run-of-show template the new-meeting form offers (`rapat-timpora`).
    public var meetingTemplate: ChecklistTemplate?
    public var themeCount = 1
    /// The themes' names in `themeCount`'s order: `t` says which one is now in use.
    public var themeNames: [String] = []
    /// Ring the bell once for each new unacknowledged critical alert.
    public var bell = false
    /// A demo is playing: its keys work.
    public var demo = false

    public init(now: @escaping @Sendable () -> Timestamp, newID: @escaping @Sendable (_ post: String) -> String,
                writer: (operatorID: String, file: String)?, operationTemplate: ChecklistTemplate? = nil) {
        self.now = now
        self.newID = newID
        self.writer = writer
        self.operationTemplate = operationTemplate
    }
}
