public struct AgendaItem: Sendable, Equatable {
    public var item: String
    public var title: String
    public var owner: String
    public var state: AgendaState
    public var updated: Timestamp
}

/// A Timpora meeting: who chairs and attends, and its agenda in the order items first appeared.
public struct Meeting: Sendable {
    public let id: String
    public var post: String
    public var opened = false
    public var title = ""
    public var chair = ""
    public var location = ""
    public var attendees: [String] = []
    public var closed = false
    /// The time of the first event about the meeting (reports: what came before an operation).
    public var firstMention: Timestamp?
    public private(set) var items: [AgendaItem] = []
    private var itemIndex: [ExactKey: Int] = [:]
    public var exercise = false

    init(id: String, post: String) {
        self.id = id
        self.post = post
    }

    /// A later `agenda.item` with the same id updates title, owner and state in place.
    mutating func upsert(_ item: AgendaItem) {
        if let i = itemIndex[ExactKey(item.item)] {
            items[i] = item
        } else {
            itemIndex[ExactKey(item.item)] = items.count
            items.append(item)
        }
    }

    public var itemsDone: Int { items.reduce(0) { $0 + ($1.state == .done ? 1 : 0) } }
}

/// A Timpora action item. It belongs to the meeting of its latest `action.assigned`.
public struct ActionItem: Sendable, Equatable {
    public let id: String
    public var assigned = false
    public var meeting: String?
    public var title = ""
    public var owner = ""
    public var due: DueDate?
    public var item: String?
    /// Open until an `action.state` says otherwise.
    public var state: ActionState = .open
    public var stateChanged: Timestamp?

    init(id: String) { self.id = id }
}
