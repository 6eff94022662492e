/// Where everything goes for a terminal size. Four shapes: full (120×35 and up), compact two
/// columns (80×24 and up), one focused pane with tabs (40×12 and up), and "too small".
public struct Layout: Sendable, Equatable {
    public enum Kind: Sendable, Equatable { case full, compact, single, zoomed, tooSmall }

    public static let minimum = (width: 40, height: 12)
    public static let compactMinimum = (width: 80, height: 24)
    public static let fullMinimum = (width: 120, height: 35)

    public var kind: Kind
    public var header: Rect
    /// The alerts strip under the header: no room at all when no alert is unacknowledged.
    public var alerts: Rect?
    public var tabs: Rect?
    public var panes: [PaneRect]
    public var status: Rect
    public var hints: Rect

    public struct PaneRect: Sendable, Equatable {
        public var pane: PaneID
        public var rect: Rect
    }

    /// `zoomed`: an item is open in detail; its pane takes the whole screen (tabs above).
    /// `alerts`: how many alerts want a line in the strip (up to 3 on a full screen, 2 on a
    /// compact one, 1 on a small one).
    public static func make(width: Int, height: Int, focus: PaneID, zoomed: Bool = false, alerts: Int = 0) -> Layout {
        let header = Rect(x: 0, y: 0, width: width, height: 1)
        let status = Rect(x: 0, y: height - 2, width: width, height: 1)
        let hints = Rect(x: 0, y: height - 1, width: width, height: 1)
        if width < minimum.width || height < minimum.height {
            return Layout(kind: .tooSmall, header: header, alerts: nil, tabs: nil, panes: [], status: status, hints: hints)
        }
        let small = width < compactMinimum.width || height < compactMinimum.height
        let full = width >= fullMinimum.width && height >= fullMinimum.height
        let stripRows = min(alerts, small ? 1 : (full ? 3 : 2))
        let strip = stripRows > 0 ? Rect(x: 0, y: 1, width: width, height: stripRows) : nil
        if zoomed || small {
            let tabs = Rect(x: 0, y: 1 + stripRows, width: width, height: 1)
            let pane = Rect(x: 0, y: 2 + stripRows, width: width, height: height - 4 - stripRows)
            return Layout(kind: zoomed && !small ? .zoomed : .single, header: header, alerts: strip, tabs: tabs, panes: [PaneRect(pane: focus, rect: pane)], status: status, hints: hints)
        }
        let area = Rect(x: 0, y: 1 + stripRows, width: width, height: height - 3 - stripRows)
        if full {
            // Voyages across the whole top: their rows carry the most columns. Below, Timpora
            // on the left; operations over the desk on the right.
            let topHeight = area.height * 2 / 5
            let bottom = Rect(x: 0, y: area.y + topHeight, width: width, height: area.height - topHeight)
            let leftWidth = width * 11 / 20
            let opsHeight = bottom.height * 3 / 5
            return Layout(kind: .full, header: header, alerts: strip, tabs: nil, panes: [
                PaneRect(pane: .voyages, rect: Rect(x: 0, y: area.y, width: width, height: topHeight)),
                PaneRect(pane: .operations, rect: Rect(x: leftWidth, y: bottom.y, width: width - leftWidth, height: opsHeight)),
                PaneRect(pane: .timpora, rect: Rect(x: 0, y: bottom.y, width: leftWidth, height: bottom.height)),
                PaneRect(pane: .desk, rect: Rect(x: leftWidth, y: bottom.y + opsHeight, width: width - leftWidth, height: bottom.height - opsHeight)),
            ], status: status, hints: hints)
        }
        // Two columns: voyages over Timpora on the left, operations over the desk on the right.
        let leftWidth = width / 2
        let topHeight = area.height * 11 / 20
        let left = Rect(x: 0, y: area.y, width: leftWidth, height: topHeight)
        let right = Rect(x: leftWidth, y: area.y, width: width - leftWidth, height: topHeight)
        let bottomLeft = Rect(x: 0, y: area.y + topHeight, width: leftWidth, height: area.height - topHeight)
        let bottomRight = Rect(x: leftWidth, y: area.y + topHeight, width: width - leftWidth, height: area.height - topHeight)
        return Layout(kind: .compact, header: header, alerts: strip, tabs: nil, panes: [
            PaneRect(pane: .voyages, rect: left), PaneRect(pane: .operations, rect: right),
            PaneRect(pane: .timpora, rect: bottomLeft), PaneRect(pane: .desk, rect: bottomRight),
        ], status: status, hints: hints)
    }
}
