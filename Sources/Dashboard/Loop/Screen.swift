import Words

/// What the loop needs of a terminal (ratatui's `Backend`): the ncurses adapter for real use,
/// `InMemoryScreen` for tests.
public protocol Screen: AnyObject {
    var size: (width: Int, height: Int) { get }
    /// Shows a whole frame (an adapter sends only what changed).
    func draw(_ grid: Grid)
    /// Every key waiting, without blocking.
    func readKeys() -> [Key]
    func bell()
    /// Asks the terminal to put `text` on the clipboard (`ClipboardSequence`).
    func copy(_ text: String)
    func use(_ theme: Theme)
    /// Asks the terminal to report the mouse (clicks, the wheel) or to leave it to the terminal,
    /// so a drag selects text (`DashboardModel.reportsMouse`).
    func reportMouse(_ on: Bool)
    /// Leaves the terminal as it was.
    func close()
}
