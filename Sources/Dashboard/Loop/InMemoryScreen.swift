import Words

/// A screen in memory (ratatui's `TestBackend`): keys queued by the test, the last frame kept
/// as text, bells and themes counted.
public final class InMemoryScreen: Screen {
    public var size: (width: Int, height: Int)
    public var queuedKeys: [Key] = []
    public private(set) var lastGrid: Grid?
    public private(set) var frames = 0
    public private(set) var bells = 0
    public private(set) var theme: Theme?
    public private(set) var closed = false

    public init(width: Int = 120, height: Int = 35) { size = (width, height) }

    /// The last frame's text, one line a row.
    public var text: String { lastGrid?.text ?? "" }

    public func draw(_ grid: Grid) {
        lastGrid = grid
        frames += 1
    }

    public func readKeys() -> [Key] {
        defer { queuedKeys = [] }
        return queuedKeys
    }

    public func bell() { bells += 1 }
    /// What `copy` was asked to put on the clipboard, in order.
    public private(set) var copied: [String] = []
    public func copy(_ text: String) { copied.append(text) }
    public func use(_ theme: Theme) { self.theme = theme }
    /// Whether the mouse is reported, as last asked (nil: never asked), and each change asked.
    public private(set) var mouseReporting: Bool?
    public private(set) var mouseRequests: [Bool] = []
    public func reportMouse(_ on: Bool) {
        mouseReporting = on
        mouseRequests.append(on)
    }
    public func close() { closed = true }
}
