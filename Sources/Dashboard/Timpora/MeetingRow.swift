import BorderOps
import ExactKeys

/// One row of a meeting open in detail: its agenda items in order, then its actions in the
/// order they were assigned, then the steps of its run-of-show when it has one (a row does not
/// move when its state changes, so the secretary's selection stays put while Space and `s` go
/// down the list).
public enum MeetingRow: Sendable, Equatable {
    case item(AgendaItem)
    case action(ActionItem)
    /// A step of the meeting's run-of-show checklist (`checklist.started` whose `op` is the meeting).
    case step(checklist: String, step: String, title: String, state: StepState)

    /// The rows of `meeting`.
    public static func rows(_ meeting: Meeting, state: BorderState) -> [MeetingRow] {
        let runOfShow = DetailChecklist.of(meeting.id, in: state).map { checklist in
            checklist.steps.map { MeetingRow.step(checklist: checklist.id, step: $0.step, title: $0.title, state: checklist.state(of: $0.step)) }
        } ?? []
        return meeting.items.map(MeetingRow.item) + state.actions(of: meeting.id).map(MeetingRow.action) + runOfShow
    }

    /// What the selection follows: an item and an action may share an id.
    public var key: String {
        switch self {
        case .item(let item): return "item:" + item.item
        case .action(let action): return "action:" + action.id
        case .step(_, let step, _, _): return "step:" + step
        }
    }

    /// Still to do: an item not concluded, an action open.
    public var isOpen: Bool {
        switch self {
        case .item(let item): return item.state != .done
        case .action(let action): return action.state == .open
        case .step(_, _, _, let state): return state == .open
        }
    }
}

/// The selected row of a list whose rows come and go (by position, and by what was selected so
/// the selection follows it when rows are added above).
public struct RowSelection: Sendable, Equatable {
    public var position = 0
    public var key: String?

    public init() {}

    /// The selected row among `keys`: the selected one where it is now, or the same position.
    public func index(in keys: [String]) -> Int {
        guard !keys.isEmpty else { return 0 }
        if let key, let i = keys.firstIndex(of: key) { return i }
        return min(position, keys.count - 1)
    }

    public mutating func select(_ index: Int, in keys: [String]) {
        guard !keys.isEmpty else { return }
        position = max(0, min(keys.count - 1, index))
        key = keys[position]
    }
}

extension DashboardInput {
    /// The meeting open in detail in the Timpora pane (Enter on it), if any.
    public func openMeeting(_ model: DashboardModel) -> Meeting? {
        guard model.focus == .timpora, model.detail == .timpora else { return nil }
        let ids = DashboardView.rowIDs(.timpora, input: self, model: model)
        guard !ids.isEmpty else { return nil }
        return state.meetings[ids[model.selectedIndex(.timpora, ids: ids)]]
    }

    /// A meeting open in detail and not closed: the secretary's keys record on it.
    public func meetingTakesMinutes(_ model: DashboardModel) -> Bool {
        openMeeting(model).map { !$0.closed } ?? false
    }
}
