/// What a left click on a drawn row selects. Views mark each selectable row as they draw it
/// (`Grid.clickable`), so a click finds the row the officer sees under the pointer, scrolled
/// and cut as drawn, with no second copy of any layout.
public enum ClickTarget: Sendable, Equatable {
    /// A pane's tab (one pane at a time): focuses it.
    case pane(PaneID)
    /// A row of a pane's list, by its position among the pane's rows and its id.
    case row(PaneID, index: Int, id: String)
    /// One of an open voyage's latest checks (newest first).
    case check(Int)
    /// A row of an open operation: a step of its checklist or a finding (`OperationRow.key`).
    case step(index: Int, id: String)
    /// An agenda item or action of a meeting open in detail (`MeetingRow.key`).
    case meetingRow(index: Int, key: String)
    /// A line of the open overlay's list: an alert (its position in `AlertsList.ordered`), a
    /// bad line, a post.
    case overlayRow(Int)
}

/// A rectangle of the screen and what a click inside it selects.
public struct ClickRegion: Sendable, Equatable {
    public var rect: Rect
    public var target: ClickTarget
}

extension Grid {
    /// Marks one line, `width` columns from `x`, as selecting `target` when clicked.
    public mutating func clickable(_ target: ClickTarget, x: Int, y: Int, width: Int) {
        guard y >= 0, y < height, width > 0 else { return }
        clickRegions.append(ClickRegion(rect: Rect(x: x, y: y, width: width, height: 1), target: target))
    }

    /// What a click at (x, y) selects: the region drawn last there (an overlay's over a pane's).
    public func clickTarget(at point: (x: Int, y: Int)) -> ClickTarget? {
        clickRegions.last { point.x >= $0.rect.x && point.x < $0.rect.maxX && point.y >= $0.rect.y && point.y < $0.rect.maxY }?.target
    }
}
