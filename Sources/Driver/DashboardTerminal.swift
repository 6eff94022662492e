import Dashboard

/// What the driver needs of a real terminal beyond the loop's `Screen`: descriptors to wait on
/// beside the sources, the signals that arrived, whether it hung up. The ncurses adapter in the
/// executable is the one real kind (the only importer of ncurses).
public protocol DashboardTerminal: Screen {
    /// The keyboard's descriptor, for the driver's `poll`.
    var inputDescriptor: Int32 { get }
    /// Readable after a signal (resize, or a request to quit).
    var signalDescriptor: Int32 { get }
    /// Whether the locale can show Unicode box drawing.
    var utf8: Bool { get }
    /// The terminal went away (hang-up, closed pty).
    var hungUp: Bool { get }
    /// Takes the signals that arrived: whether one resized the terminal, whether one asked to quit.
    func handleSignals() -> (resized: Bool, quit: Bool)
}
