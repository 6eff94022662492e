import BorderOps
import ExactKeys
import Words

/// What officers work on (issue 19): the voyages, operations and meetings still open and those of
/// today, so a pane's rows do not grow with the years; the rest is one key away (`h`, `RowScope`).
/// - a voyage: not closed, or departing today;
/// - an operation: not closed, or starting or closed today;
/// - a meeting: not closed, or with an action still open, or first mentioned today.
/// Today is each post's own (the posts file's zone; the dashboard's for a post it does not list),
/// so a headquarters in WIB sees Jayapura's day turn at Jayapura's midnight. The frames are drawn
/// at least once a minute, so the rows follow midnight without an event.
enum WorkingRows {
    // Each asks the row at `position` of `all`, read in place: handed over as a value, each
    // operation and meeting was copied (its strings retained) to be asked, a year's of them in
    // the whole fold's first frame at 10M events.
    static func holds(_ all: ChunkedArray<Voyage>, at position: Int, _ day: WorkingDay) -> Bool {
        !all[position].closed || day.contains(all[position].departs, post: all[position].post)
    }

    static func holds(_ all: ChunkedArray<JointOperation>, at position: Int, _ day: WorkingDay) -> Bool {
        all[position].phase != .closed || day.contains(all[position].starts, post: all[position].post)
            || day.contains(all[position].phaseChanges.last?.at, post: all[position].post)
    }

    static func holds(_ all: ChunkedArray<Meeting>, at position: Int, withOpenActions: Set<String>, _ day: WorkingDay) -> Bool {
        !all[position].closed || withOpenActions.contains(all[position].id) || day.contains(all[position].firstMention, post: all[position].post)
    }

    /// `rows` with the item open in `pane`'s detail view put back in its place when it is no longer
    /// working: a voyage closed from its detail view stays in view until Esc. `key` and `less`
    /// order the rows, as the pane does.
    static func keepingOpened<Item: PaneItem, Key>(_ rows: [Int], _ pane: PaneID, in table: KeyedTable<Item>, context: ViewContext,
                                                    key: (Int) -> Key, by less: (Key, Key) -> Bool) -> [Int] {
        guard let id = opened(pane, context), let position = table.position(of: id), !rows.contains(position),
              context.visible(post: table.values[position].post) else { return rows }
        return (rows + [position]).sorted(byKey: key, by: less)
    }

    /// The id of the item open in `pane`'s detail view, if any.
    static func opened(_ pane: PaneID, _ context: ViewContext) -> String? {
        context.model.detail == pane ? context.model.selectedIDs[pane] : nil
    }

    /// What a pane's working rows depend on besides the state (`ViewContext.kept`).
    struct MemoKey: Hashable, Sendable {
        var day: Range<Int64>?
        var opened: String?
    }

    /// The meetings that still have an action open.
    static func meetingsWithOpenActions(_ state: BorderState) -> Set<String> {
        var ids: Set<String> = []
        // By position, read in place: a `for action in` copied every action (a year's, 15,000 at 10M events).
        let actions = state.actions.values
        for i in actions.indices where actions[i].state == .open {
            if let meeting = actions[i].meeting { ids.insert(meeting) }
        }
        return ids
    }

    /// The working voyages in the order kept as events fold, without a pass over the history:
    /// the open ones (which come first), then the closed ones departing today (a binary search
    /// among the closed, ordered by departure).
    static func voyages(_ order: VoyageOrder, all: ChunkedArray<Voyage>, day: WorkingDay) -> [Int] {
        let open = order.openCount
        var rows = Array(order.positions[..<open])
        for position in order.closed(departingIn: day.span) where day.contains(all[position].departs, post: all[position].post) {
            rows.append(position)
        }
        return rows
    }

    /// The title's count: `12 dari 4.485 terbuka & hari ini` (`12 of 4,485 open & today`), or,
    /// where `room` columns cannot hold it, `12/4.485`.
    static func count(_ shown: Int, of total: Int, room: Int, context: ViewContext) -> String {
        let full = "\(context.count(shown)) \(context.t(.rowsOutOf)) \(context.count(total)) \(context.t(.rowsOpenAndToday))"
        return DisplayWidth.of(full) <= room ? full : "\(context.count(shown))/\(context.count(total))"
    }
}
