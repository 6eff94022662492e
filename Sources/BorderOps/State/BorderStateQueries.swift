import ExactKeys

/// Questions the panes and reports ask of the state that no table answers by itself.
extension BorderState {
    /// The actions of a meeting (by each action's latest assignment), in order of first mention.
    public func actions(of meeting: String) -> [ActionItem] {
        // By position: `filter` would copy every action (each retain of its strings) to ask it.
        let all = actions.values
        return all.indices.filter { all[$0].meeting.map { ExactKey.bytesEqual($0, meeting) } ?? false }.map { all[$0] }
    }

    /// Open and done actions of a meeting.
    public func actionCounts(meeting: String) -> (open: Int, done: Int) {
        let list = actions(of: meeting)
        return (list.filter { $0.state == .open }.count, list.filter { $0.state == .done }.count)
    }

    /// Open and done actions of every meeting, in one pass over the actions (asking meeting by
    /// meeting walks every action for each).
    public func actionCountsByMeeting() -> [ExactKey: (open: Int, done: Int)] {
        var counts: [ExactKey: (open: Int, done: Int)] = [:]
        for action in actions.values {
            guard let meeting = action.meeting else { continue }
            switch action.state {
            case .open: counts[ExactKey(meeting), default: (0, 0)].open += 1
            case .done: counts[ExactKey(meeting), default: (0, 0)].done += 1
            case .dropped: break
            }
        }
        return counts
    }
}
