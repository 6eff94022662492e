import ExactKeys

public struct AgendaItem: Sendable, Equatable {
    public var item: String
    public var title: String
    public var owner: String
    public var state: AgendaState
    public var updated: Timestamp
    public var minutes = AgendaMinutes()
}

/// A Timpora meeting: who chairs and attends, and its agenda in the order items first appeared.
public struct Meeting: Sendable, KeptEventFolding {
    public let id: String
    public private(set) var post: String
    public private(set) var opened = false
    public private(set) var title = ""
    public private(set) var chair = ""
    public private(set) var location = ""
    public private(set) var attendees: [String] = []
    public private(set) var closed = false
    /// The time of the first event about the meeting (reports: what came before an operation).
    public private(set) var firstMention: Timestamp?
    public private(set) var items: [AgendaItem] = []
    private var itemIndex: [ExactKey: Int] = [:]
    public private(set) var exercise = false
    /// Its events, as positions in `BorderState.kept` (`KeptEventFolding`).
    var keptPositions: [Int] = []

    init(id: String, post: String) {
        self.id = id
        self.post = post
    }

    /// A later `agenda.item` with the same id updates title, owner and state in place, and the
    /// minutes field by field (`AgendaMinutes.updated(by:)`).
    mutating func upsert(_ item: AgendaItem) {
        var item = item
        if let i = itemIndex[ExactKey(item.item)] {
            item.minutes = items[i].minutes.updated(by: item.minutes)
            items[i] = item
        } else {
            item.minutes = AgendaMinutes().updated(by: item.minutes)
            itemIndex[ExactKey(item.item)] = items.count
            items.append(item)
        }
    }

    public var itemsDone: Int { items.reduce(0) { $0 + ($1.state == .done ? 1 : 0) } }

    /// What an event about the meeting says (an `action.assigned` only mentions it).
    mutating func fold(_ event: Event) {
        let env = event.envelope
        switch event.body {
        case let .meetingOpened(_, title, chair, location, attendees):
            opened = true
            self.title = title
            self.chair = chair
            self.location = location
            self.attendees = attendees
        case let .agendaItem(_, item, title, owner, state, minutes):
            upsert(AgendaItem(item: item, title: title, owner: owner, state: state, updated: env.ts, minutes: minutes))
        case .actionAssigned:
            break
        case .meetingClosed:
            closed = true
        default:
            return
        }
        if firstMention == nil { firstMention = env.ts }
        if env.exercise { exercise = true }
    }
}

/// A Timpora action item. It belongs to the meeting of its latest `action.assigned`.
public struct ActionItem: Sendable, Equatable, KeptEventFolding {
    public let id: String
    public private(set) var assigned = false
    public private(set) var meeting: String?
    public private(set) var title = ""
    public private(set) var owner = ""
    public private(set) var due: DueDate?
    public private(set) var item: String?
    /// Open until an `action.state` says otherwise.
    public private(set) var state: ActionState = .open
    public private(set) var stateChanged: Timestamp?
    /// Why, as the latest `action.state` said (officers give one when an action is dropped).
    public private(set) var stateReason: String?
    /// Its events, as positions in `BorderState.kept` (`KeptEventFolding`).
    var keptPositions: [Int] = []

    /// Actions have no post of their own (their meeting has).
    init(id: String, post: String) { self.id = id }

    mutating func fold(_ event: Event) {
        switch event.body {
        case let .actionAssigned(meeting, _, title, owner, due, item):
            assigned = true
            self.meeting = meeting
            self.title = title
            self.owner = owner
            self.due = due
            self.item = item
        case let .actionState(_, state, reason):
            self.state = state
            stateChanged = event.envelope.ts
            stateReason = reason.flatMap { $0.isEmpty ? nil : $0 }
        default:
            break
        }
    }
}
