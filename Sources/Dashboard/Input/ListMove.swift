/// A move of the selection in a list: a pane's rows, a checklist's steps, a voyage's checks, a
/// meeting's agenda items and actions, an overlay's lines. Every list moves the same way
/// (clamped at both ends), so `g`/`G`/Home/End and PgUp/PgDn mean the same in each.
public enum ListMove: Sendable, Equatable {
    case up, down, pageUp, pageDown, top, bottom

    /// The index after the move in a list of `count` rows, `page` rows to a page.
    public func index(from current: Int, count: Int, page: Int) -> Int {
        guard count > 0 else { return 0 }
        let target: Int
        switch self {
        case .up: target = current - 1
        case .down: target = current + 1
        case .pageUp: target = current - max(1, page)
        case .pageDown: target = current + max(1, page)
        case .top: target = 0
        case .bottom: target = count - 1
        }
        return max(0, min(count - 1, target))
    }
}

extension KeyCommand {
    /// The move a movement command makes, in whichever list it moves; nil for other commands.
    public var listMove: ListMove? {
        switch self {
        case .up, .stepUp, .checkUp, .overlayUp, .meetingRowUp: return .up
        case .down, .stepDown, .checkDown, .overlayDown, .meetingRowDown: return .down
        case .pageUp, .stepPageUp, .checkPageUp, .overlayPageUp, .meetingPageUp: return .pageUp
        case .pageDown, .stepPageDown, .checkPageDown, .overlayPageDown, .meetingPageDown: return .pageDown
        case .top, .stepTop, .checkTop, .overlayTop, .meetingTop: return .top
        case .bottom, .stepBottom, .checkBottom, .overlayBottom, .meetingBottom: return .bottom
        default: return nil
        }
    }
}
