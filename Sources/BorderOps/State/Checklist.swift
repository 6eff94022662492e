import ExactKeys

public struct StepMark: Sendable, Equatable {
    public var state: StepState
    public var at: Timestamp
    public var by: String?
    public var note: String?
}

/// A checklist run: its latest list of steps and the latest mark of each step id.
public struct Checklist: Sendable, KeptEventFolding {
    public let id: String
    public private(set) var post: String
    public private(set) var started = false
    public private(set) var op: String?
    public private(set) var title = ""
    /// As the latest `checklist.started` listed them (a repeated id is kept once, first place).
    public private(set) var steps: [ChecklistStepDefinition] = []
    /// Marks by step id, kept even for ids the list does not (yet) name.
    public private(set) var marks: [ExactKey: StepMark] = [:]
    public private(set) var exercise = false
    /// Its events, as positions in `BorderState.kept` (`KeptEventFolding`).
    var keptPositions: [Int] = []

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

    mutating func fold(_ event: Event) {
        let env = event.envelope
        switch event.body {
        case let .checklistStarted(_, op, title, steps):
            started = true
            self.op = op
            self.title = title
            replaceSteps(steps)
        case let .checklistStep(_, step, state, note):
            marks[ExactKey(step)] = StepMark(state: state, at: env.ts, by: env.by, note: note)
        default:
            return
        }
        if env.exercise { exercise = true }
    }
}
