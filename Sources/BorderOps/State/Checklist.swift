public struct StepMark: Sendable, Equatable {
    public var state: StepState
    public var at: Timestamp
    public var by: String?
    public var note: String?
}

/// A checklist run: its latest list of steps and the latest mark of each step id.
public struct Checklist: Sendable {
    public let id: String
    public var post: String
    public var started = false
    public var op: String?
    public var title = ""
    /// As the latest `checklist.started` listed them (a repeated id is kept once, first place).
    public private(set) var steps: [ChecklistStepDefinition] = []
    /// Marks by step id, kept even for ids the list does not (yet) name.
    public var marks: [ExactKey: StepMark] = [:]
    public var exercise = false

    init(id: String, post: String) {
        self.id = id
        self.post = post
    }

    mutating func replaceSteps(_ list: [ChecklistStepDefinition]) {
        var seen = Set<ExactKey>()
        steps = list.filter { seen.insert(ExactKey($0.step)).inserted }
    }

    public func state(of step: String) -> StepState { marks[ExactKey(step)]?.state ?? .open }

    public var total: Int { steps.count }
    public var done: Int { steps.reduce(0) { $0 + (state(of: $1.step) == .done ? 1 : 0) } }
    public var skipped: Int { steps.reduce(0) { $0 + (state(of: $1.step) == .skipped ? 1 : 0) } }
}
