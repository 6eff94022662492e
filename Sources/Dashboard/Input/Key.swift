/// A key press or terminal input event, independent of ncurses.
public enum Key: Sendable, Equatable, Hashable {
    case character(Character)
    case control(Character)  // Ctrl-C is .control("c")
    case up, down, left, right, pageUp, pageDown, home, end
    case tab, backTab, enter, escape, backspace
    case resize
    case click(x: Int, y: Int)

    /// How the help overlay writes it.
    public var label: String {
        switch self {
        case .character(" "): return "Space"
        case .character(let c): return String(c)
        case .control(let c): return "Ctrl-" + c.uppercased()
        case .up: return "↑"
        case .down: return "↓"
        case .left: return "←"
        case .right: return "→"
        case .pageUp: return "PgUp"
        case .pageDown: return "PgDn"
        case .home: return "Home"
        case .end: return "End"
        case .tab: return "Tab"
        case .backTab: return "Shift-Tab"
        case .enter: return "Enter"
        case .escape: return "Esc"
        case .backspace: return "Backspace"
        case .resize: return "resize"
        case .click: return "click"
        }
    }
}
