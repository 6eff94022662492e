import BorderOps
import Words

public enum PaneID: Int, Sendable, CaseIterable {
    case voyages, operations, timpora, desk

    public var title: Word {
        switch self {
        case .voyages: return .paneVoyages
        case .operations: return .paneOperations
        case .timpora: return .paneTimpora
        case .desk: return .paneDesk
        }
    }
}

public enum Overlay: Sendable, Equatable {
    case help, badLines, posts, alerts
    /// The search across panes (`s`): the query is `searchQuery`, the selected hit `overlaySelection`.
    case search
    /// A detail view ("describe", `d`) of one item, scrolled by `overlaySelection` (its top line).
    case describe(DetailTarget)
}

/// A row of a pane, by its id.
public struct PaneRow: Sendable, Equatable {
    public var pane: PaneID
    public var id: String

    public init(_ pane: PaneID, _ id: String) {
        self.pane = pane
        self.id = id
    }
}

/// The rows a list pane shows: what officers work on (open items and today's, today in each
/// post's own zone), or every one the files hold. Rows that match the pane's filter are shown
/// either way: `/` looks in every row.
public enum RowScope: Sendable, Equatable {
    case working, all
}

/// The dashboard's own state (focus, selection, filters, language): changed only by `update`,
/// a pure function of the model and a key. Event data is never here; it comes from the fold.
public struct DashboardModel: Sendable, Equatable {
    public var focus: PaneID = .voyages
    /// The selected row of each pane, by position...
    public var selection: [PaneID: Int] = [:]
    /// ...and by the id of what was selected, so the selection follows the item when rows
    /// reorder (a voyage closes and moves down, a new one sorts in above).
    public var selectedIDs: [PaneID: String] = [:]
    /// The pane whose selected item is opened in detail (Enter), if any.
    public var detail: PaneID?
    /// A new item to open in detail once it is read back (`FormSubmission.opens`).
    public var openWhenRead: PaneRow?
    public var filters: [PaneID: String] = [:]
    /// What the search across panes (`s`) looks for.
    public var searchQuery = ""
    /// Typing into the focused pane's filter.
    public var editingFilter = false
    public var overlay: Overlay?
    public var overlaySelection = 0
    /// The views a detail view was opened from, the latest last (the search, the desk's detail
    /// a seizure was opened from…), each with its selection: Esc goes back through them.
    public var detailReturns = DetailReturnStack()
    /// The selected link of a detail view that has some (the desk's seizures: Enter opens it).
    public var detailLink = 0
    public var language: Language = .id
    public var themeIndex = 0
    /// Posts hidden with the `p` chooser (empty: all shown).
    public var hiddenPosts: Set<String> = []
    public var quit = false
    /// Typing, a form or a confirmation in an operation's detail view.
    public var operatorMode: OperatorMode = .browsing
    /// The selected checklist step in an operation's detail view (by position and by id).
    public var stepSelection = 0
    public var selectedStep: String?
    /// The selected check among an open voyage's latest checks, newest first (`v` voids it).
    public var checkSelection = 0
    /// The selected agenda item or action of a meeting open in detail (`MeetingRow.key`).
    public var meetingRow = RowSelection()
    /// The officer asked (`M`) for the mouse to select text everywhere: the terminal is not
    /// asked for the mouse in the lists either (`MouseReporting`).
    public var mouseForText = false
    /// Which rows the voyages, operations and Timpora panes list (`h` switches).
    public var rowScope: RowScope = .working

    public init(language: Language = .id, rowScope: RowScope = .working) {
        self.language = language
        self.rowScope = rowScope
    }

    /// The selected row among `ids` (the pane's rows in display order): the selected item where
    /// it is now, or the same position when it is gone.
    public func selectedIndex<IDs: RandomAccessCollection<String>>(_ pane: PaneID, ids: IDs) -> Int where IDs.Index == Int {
        guard !ids.isEmpty else { return 0 }
        if let id = selectedIDs[pane], let i = ids.firstIndex(of: id) { return i }
        return min(selection[pane] ?? 0, ids.count - 1)
    }
    public func filter(_ pane: PaneID) -> String { filters[pane] ?? "" }

    /// The keys `?` lists: the context `?` was pressed in (nil: the general keys).
    public var helpContext: KeyContext?

    /// Applies one key of the filter, overlay or general scopes (the key table's; what a demo,
    /// an operation or a kept failure add is the loop's, `Loop.update`). `rows` gives the ids of
    /// each pane's rows in display order, `pageSize` how many rows fit on screen, `themes` how
    /// many themes exist, `overlayRows` how many lines the open overlay has, `posts` the known
    /// posts, `meetingRows` the keys of the rows of the meeting open in detail (`MeetingRow.key`).
    public mutating func update(_ key: Key, rows: (PaneID) -> [String], pageSize: Int, themes: Int, overlayRows: Int = 0, posts: [String],
                                meetingRows: [String] = []) {
        let context = KeyContext.of(self, canWrite: false)
        guard case .command(let command) = context.lookup(key) else { return }
        apply(command, key: key, context: context, rows: rows, pageSize: pageSize, themes: themes, overlayRows: overlayRows, posts: posts,
              meetingRows: meetingRows)
    }

    /// Does one command of the filter, overlay or general scopes; other commands are left alone.
    /// `context`: where the key was pressed (what `?` then lists).
    /// `rows`, `overlayRows`, `posts` and `meetingRows` are asked only by the commands that use
    /// them (move, open, the posts overlay, a meeting's rows): a pane's rows under a filter, or
    /// the search's hits, are a pass over the whole history, and a letter typed into either (or a
    /// language toggled) must not cost one more.
    public mutating func apply(_ command: KeyCommand, key: Key, context: KeyContext, rows: (PaneID) -> [String], pageSize: Int,
                               themes: Int, overlayRows: @autoclosure () -> Int = 0, posts: @autoclosure () -> [String],
                               meetingRows: @autoclosure () -> [String] = []) {
        let panes = PaneID.allCases.count
        // In a meeting open in detail the moves go through its agenda items and actions (a
        // closed one too: the meeting scope's keys that write are gone, reading is not).
        if detail == .timpora, focus == .timpora, overlay == nil, let move = command.listMove {
            let meetingRows = meetingRows()
            meetingRow.select(move.index(from: meetingRow.index(in: meetingRows), count: meetingRows.count, page: 10), in: meetingRows)
            return
        }
        switch command {
        case .focusNext: focus = PaneID(rawValue: (focus.rawValue + 1) % panes)!; detail = nil
        case .focusPrevious: focus = PaneID(rawValue: (focus.rawValue + panes - 1) % panes)!; detail = nil
        case .focusPane:
            if case .character(let c) = key, let digit = c.wholeNumberValue { focus = PaneID(rawValue: digit - 1) ?? focus; detail = nil }
        case .up, .down, .pageUp, .pageDown, .top, .bottom:
            if let listMove = command.listMove { move(listMove, ids: rows(focus), pageSize: pageSize) }
        case .open:
            let ids = rows(focus)
            guard !ids.isEmpty else { break }
            detail = focus
            meetingRow = RowSelection()
            // By id: the item stays open (and listed, `WorkingRows.keepingOpened`) though it closes.
            selectedIDs[focus] = ids[selectedIndex(focus, ids: ids)]
        case .back:
            if detail != nil { detail = nil } else { filters[focus] = nil }
        case .filter: editingFilter = true
        case .choosePosts: overlay = .posts; overlaySelection = 0
        case .badLines: overlay = .badLines; overlaySelection = 0
        case .help: overlay = .help; overlaySelection = 0; helpContext = context
        case .alerts: overlay = .alerts; overlaySelection = 0
        case .search: overlay = .search; overlaySelection = 0; searchQuery = ""
        case .searchType, .searchDelete:
            if command == .searchDelete, !searchQuery.isEmpty { searchQuery.removeLast() }
            if command == .searchType, case .character(let c) = key { searchQuery.append(c) }
            overlaySelection = 0
        case .cycleTheme: themeIndex = themes > 0 ? (themeIndex + 1) % themes : 0
        case .toggleLanguage: language = language == .en ? .id : .en
        case .toggleMouse: mouseForText.toggle()
        case .toggleRowScope: rowScope = rowScope == .working ? .all : .working
        case .quit: quit = true
        case .filterType, .filterDelete, .filterKeep, .filterClear: editFilter(command, key)
        case .overlayClose, .overlayUp, .overlayDown, .overlayPageUp, .overlayPageDown, .overlayTop, .overlayBottom, .togglePost, .onlyThisPost,
             .allPosts:
            // The posts overlay counts its posts (its keys are the only ones that use them), the others their lines.
            if let overlay { updateOverlay(overlay, command, lines: overlay == .posts ? 0 : overlayRows(), posts: overlay == .posts ? posts() : []) }
        default: break
        }
    }

    /// The selected step among `ids`, following the step when the list changes.
    public func stepIndex(ids: [String]) -> Int {
        guard !ids.isEmpty else { return 0 }
        if let id = selectedStep, let i = ids.firstIndex(of: id) { return i }
        return min(stepSelection, ids.count - 1)
    }

    public mutating func selectStep(_ index: Int, ids: [String]) {
        guard !ids.isEmpty else { return }
        stepSelection = max(0, min(ids.count - 1, index))
        selectedStep = ids[stepSelection]
    }

    mutating func move(_ move: ListMove, ids: [String], pageSize: Int) {
        guard !ids.isEmpty else { return }
        let index = move.index(from: selectedIndex(focus, ids: ids), count: ids.count, page: pageSize)
        selection[focus] = index
        selectedIDs[focus] = ids[index]
    }

    mutating func editFilter(_ command: KeyCommand, _ key: Key) {
        var text = filter(focus)
        switch command {
        case .filterKeep: editingFilter = false
        case .filterClear: editingFilter = false; text = ""
        case .filterDelete: if !text.isEmpty { text.removeLast() }
        case .filterType: if case .character(let c) = key { text.append(c) }
        default: break
        }
        filters[focus] = text.isEmpty ? nil : text
        selection[focus] = 0
        selectedIDs[focus] = nil
    }

    mutating func updateOverlay(_ overlay: Overlay, _ command: KeyCommand, lines: Int, posts: [String]) {
        switch command {
        case .overlayClose:
            if case .describe = overlay { popReturn() } else { self.overlay = nil }
            return
        case .overlayUp, .overlayDown, .overlayPageUp, .overlayPageDown, .overlayTop, .overlayBottom:
            if let move = command.listMove {
                overlaySelection = move.index(from: overlaySelection, count: overlay == .posts ? posts.count : lines, page: 10)
            }
        case .togglePost where posts.indices.contains(overlaySelection):
            let post = posts[overlaySelection]
            if hiddenPosts.contains(post) { hiddenPosts.remove(post) } else { hiddenPosts.insert(post) }
        case .onlyThisPost where posts.indices.contains(overlaySelection):
            // Only this post: the other panes show its data alone.
            hiddenPosts = Set(posts.filter { $0 != posts[overlaySelection] })
            self.overlay = nil
            return
        case .allPosts: hiddenPosts = []
        default: break
        }
        overlaySelection = min(overlaySelection, max(0, (overlay == .posts ? posts.count : lines) - 1))
    }

    /// Focuses the pane under a mouse click (not while typing a filter or reading an overlay).
    public mutating func focus(at point: (x: Int, y: Int), panes: [(PaneID, Rect)]) {
        guard !editingFilter, overlay == nil else { return }
        for (pane, rect) in panes where point.x >= rect.x && point.x < rect.maxX && point.y >= rect.y && point.y < rect.maxY {
            if focus != pane { detail = nil }
            focus = pane
        }
    }
}
