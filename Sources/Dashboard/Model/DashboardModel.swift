import BorderOps

public enum PaneID: Int, Sendable, CaseIterable {
    case voyages, operations, timpora, desk

    public var title: UIText {
        switch self {
        case .voyages: return .paneVoyages
        case .operations: return .paneOperations
        case .timpora: return .paneTimpora
        case .desk: return .paneDesk
        }
    }
}

public enum Overlay: Sendable, Equatable {
    case help, badLines, posts
}

/// The dashboard's own state (focus, selection, filters, language): changed only by `update`,
/// a pure function of the model and a key. Event data is never here; it comes from the fold.
public struct DashboardModel: Sendable, Equatable {
    public var focus: PaneID = .voyages
    public var selection: [PaneID: Int] = [:]
    /// The pane whose selected item is opened in detail (Enter), if any.
    public var detail: PaneID?
    public var filters: [PaneID: String] = [:]
    /// Typing into the focused pane's filter.
    public var editingFilter = false
    public var overlay: Overlay?
    public var overlaySelection = 0
    public var language: Language = .id
    public var themeIndex = 0
    /// Posts hidden with the `p` chooser (empty: all shown).
    public var hiddenPosts: Set<String> = []
    public var quit = false

    public init(language: Language = .id) { self.language = language }

    public func selected(_ pane: PaneID) -> Int { selection[pane] ?? 0 }
    public func filter(_ pane: PaneID) -> String { filters[pane] ?? "" }

    /// Applies one key. `rows` gives how many rows each pane lists now (to clamp the selection),
    /// `pageSize` how many fit on screen, `themes` how many themes exist, `posts` the known posts.
    public mutating func update(_ key: Key, rows: (PaneID) -> Int, pageSize: Int, themes: Int, posts: [String]) {
        if editingFilter {
            editFilter(key)
            return
        }
        if let overlay {
            updateOverlay(overlay, key, posts: posts)
            return
        }
        if case .click = key { return }  // clicks are mapped to panes by the view (`focus(at:)`)
        guard let action = KeyMap.action(for: key) else { return }
        let count = rows(focus)
        switch action {
        case .focusNext: focus = PaneID(rawValue: (focus.rawValue + 1) % PaneID.allCases.count)!; detail = nil
        case .focusPrevious: focus = PaneID(rawValue: (focus.rawValue + PaneID.allCases.count - 1) % PaneID.allCases.count)!; detail = nil
        case .focusPane(let n): focus = PaneID(rawValue: n) ?? focus; detail = nil
        case .up: move(by: -1, count: count)
        case .down: move(by: 1, count: count)
        case .pageUp: move(by: -max(1, pageSize), count: count)
        case .pageDown: move(by: max(1, pageSize), count: count)
        case .top: move(by: -selected(focus), count: count)
        case .bottom: move(by: count, count: count)
        case .open: if count > 0 { detail = focus }
        case .back:
            if detail != nil { detail = nil } else { filters[focus] = nil }
        case .filter: editingFilter = true
        case .choosePosts: overlay = .posts; overlaySelection = 0
        case .badLines: overlay = .badLines; overlaySelection = 0
        case .help: overlay = .help; overlaySelection = 0
        case .cycleTheme: themeIndex = themes > 0 ? (themeIndex + 1) % themes : 0
        case .toggleLanguage: language = language == .en ? .id : .en
        case .quit: quit = true
        }
    }

    mutating func move(by delta: Int, count: Int) {
        selection[focus] = max(0, min(count - 1, selected(focus) + delta))
    }

    mutating func editFilter(_ key: Key) {
        var text = filter(focus)
        switch key {
        case .enter: editingFilter = false
        case .escape: editingFilter = false; text = ""
        case .backspace: if !text.isEmpty { text.removeLast() }
        case .character(let c): text.append(c)
        case .control("c"): quit = true
        default: break
        }
        filters[focus] = text.isEmpty ? nil : text
        selection[focus] = 0
    }

    mutating func updateOverlay(_ overlay: Overlay, _ key: Key, posts: [String]) {
        if key == .escape || key == .character("q") || key == .character("?") || (key == .enter && overlay != .posts) {
            self.overlay = nil
            return
        }
        switch key {
        case .control("c"): quit = true
        case .up, .character("k"): overlaySelection = max(0, overlaySelection - 1)
        case .down, .character("j"): overlaySelection += 1
        case .pageDown: overlaySelection += 10
        case .pageUp: overlaySelection = max(0, overlaySelection - 10)
        case .character(" "), .enter:
            guard overlay == .posts, posts.indices.contains(overlaySelection) else { self.overlay = nil; return }
            let post = posts[overlaySelection]
            if hiddenPosts.contains(post) { hiddenPosts.remove(post) } else { hiddenPosts.insert(post) }
        default: break
        }
        if overlay == .posts { overlaySelection = min(overlaySelection, max(0, posts.count - 1)) }
    }

    /// Focuses the pane under a mouse click.
    public mutating func focus(at point: (x: Int, y: Int), panes: [(PaneID, Rect)]) {
        for (pane, rect) in panes where point.x >= rect.x && point.x < rect.maxX && point.y >= rect.y && point.y < rect.maxY {
            if focus != pane { detail = nil }
            focus = pane
        }
    }
}
