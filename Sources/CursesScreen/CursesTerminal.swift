import CNcursesw
import Dashboard
import Driver
import EventLog

#if canImport(Glibc)
import Glibc
#endif

/// The only code that knows ncurses: copies a `Grid` to the terminal (ncurses then sends only
/// what changed), and turns `wget_wch` input into `Key`s. The terminal is /dev/tty, so standard
/// input stays free to be an event source (`kcat ... | borderdesk run -`). All calls happen on
/// the main thread: ncurses is not thread-safe.
public final class CursesTerminal: DashboardTerminal {
    /// Why there is no dashboard: no terminal, no pipe, a TERM curses does not know.
    public struct Failure: OneLineFailure {
        public var message: String
    }

    private let screen: OpaquePointer
    private let window: UnsafeMutablePointer<WINDOW>
    private let tty: UnsafeMutablePointer<FILE>
    public let inputDescriptor: Int32
    /// SIGWINCH (resized), or SIGTERM/SIGHUP/SIGINT (quit, restoring the terminal).
    private let signals: SignalPipe
    public var signalDescriptor: Int32 { signals.readDescriptor }
    public let utf8: Bool
    public let colours: Int
    private let colourEnabled: Bool
    private var attributes: [Role: (attr: attr_t, pair: Int16)] = [:]
    private var previous: Grid?
    private var closed = false

    public init(colour: Bool) throws {
        setlocale(LC_ALL, "")
        utf8 = String(cString: cn_codeset()).uppercased().replacingUTF8Dash() == "UTF8"
        guard let tty = fopen("/dev/tty", "r+") else {
            throw Failure(message: "no terminal (/dev/tty): \(String(cString: strerror(errno))); for output without a terminal use `borderdesk summary`")
        }
        self.tty = tty
        // Our own handlers, set before newterm, so ncurses leaves SIGWINCH to us.
        do {
            signals = try SignalPipe(signals: [SIGWINCH, SIGTERM, SIGHUP, SIGINT], unblocking: [SIGWINCH])
        } catch {
            fclose(tty)
            throw Failure(message: error.message)
        }
        // The modes a crash must put back (curses keeps its own copy, out of a signal handler's reach).
        var modesBefore = termios()
        let modesKnown = tcgetattr(fileno(tty), &modesBefore) == 0
        // A bare Esc must act at once (ncurses waits 1 s by default to see if a sequence follows).
        set_escdelay(25)
        guard let screen = newterm(nil, tty, tty) else {
            fclose(tty)
            throw Failure(message: "cannot start the terminal (TERM=\(getenv("TERM").map { String(cString: $0) } ?? "unset"))")
        }
        self.screen = screen
        set_term(screen)
        window = cn_stdscr()
        inputDescriptor = fileno(tty)
        raw()  // Ctrl-C arrives as a key, so quitting always restores the terminal
        noecho()
        nonl()
        keypad(window, true)
        nodelay(window, true)
        curs_set(0)
        // The mouse is asked for by the loop where it is used (`reportMouse`), not here.
        mouseinterval(0)
        colourEnabled = colour && has_colors()
        if colourEnabled {
            start_color()
            use_default_colors()
        }
        colours = colourEnabled ? Int(cn_colors()) : 0
        if modesKnown { TerminalRescue.arm(terminal: inputDescriptor, modes: modesBefore, bytes: TerminalRestoreBytes.current()) }
    }

    deinit { close() }

    /// Leaves the screen as it was before (also on errors: called from deinit).
    public func close() {
        guard !closed else { return }
        closed = true
        endwin()
        TerminalRescue.disarm()
        delscreen(screen)
        fclose(tty)
        signals.close()
    }

    public var size: (width: Int, height: Int) { (Int(getmaxx(window)), Int(getmaxy(window))) }

    /// After signals: empties the pipe; on SIGWINCH asks the kernel for the new size and tells
    /// ncurses. Returns whether a signal asked to quit.
    public func handleSignals() -> (resized: Bool, quit: Bool) {
        let arrived = signals.drain()
        let resized = arrived.contains(SIGWINCH), quit = arrived.contains { $0 != SIGWINCH }
        if resized {
            var rows: Int32 = 0, cols: Int32 = 0
            if cn_window_size(inputDescriptor, &rows, &cols) == 0, rows > 0, cols > 0 {
                resizeterm(rows, cols)
            }
            previous = nil
        }
        return (resized, quit)
    }

    /// The terminal went away (hang-up, closed pty): reading it would only ever fail.
    public var hungUp: Bool {
        var fd = pollfd(fd: inputDescriptor, events: Int16(POLLIN), revents: 0)
        return poll(&fd, 1, 0) > 0 && fd.revents & Int16(POLLHUP | POLLERR | POLLNVAL) != 0
    }

    /// Maps each role to a colour pair and attributes. Themes ask for up to 256 colours;
    /// terminals with 8 get the nearest basic colour.
    public func use(_ theme: Theme) {
        attributes = [:]
        for (i, role) in Role.allCases.enumerated() {
            let style = theme[role]
            var attr = attrs(for: style.style)
            var pair: Int16 = 0
            if colourEnabled {
                pair = Int16(i + 1)
                init_pair(pair, colour(style.foreground), colour(style.background))
            } else if style.style.isEmpty && (role == .selection || role == .focus || role == .critical) {
                attr |= cn_a_reverse()
            }
            attributes[role] = (attr, pair)
        }
        previous = nil
    }

    private func colour(_ c: ThemeColor) -> Int16 {
        switch c.limited(to: max(colours, 8)) {
        case .terminalDefault: return -1
        case .index(let n): return Int16(n)
        }
    }

    private func attrs(for style: CellStyle) -> attr_t {
        var a = cn_a_normal()
        if style.contains(.bold) { a |= cn_a_bold() }
        if style.contains(.dim) { a |= cn_a_dim() }
        if style.contains(.reverse) { a |= cn_a_reverse() }
        if style.contains(.underline) { a |= cn_a_underline() }
        return a
    }

    /// Copies the rows that differ from the last frame, then lets ncurses send the difference.
    public func draw(_ grid: Grid) {
        let sameSize = previous.map { $0.width == grid.width && $0.height == grid.height } ?? false
        if !sameSize { werase(window) }
        var cell = cchar_t()
        for y in 0..<grid.height {
            if sameSize, let previous, rowEqual(previous, grid, y) { continue }
            for x in 0..<grid.width {
                let c = grid[x, y]
                if c.isContinuation { continue }
                let role = attributes[c.role] ?? (cn_a_normal(), 0)
                var text: [wchar_t] = c.character.unicodeScalars.prefix(5).map { wchar_t(bitPattern: $0.value) }
                text.append(0)
                let attr = role.attr | attrs(for: c.style)
                if text.withUnsafeBufferPointer({ cn_setcchar(&cell, $0.baseAddress, attr, role.pair) }) == ERR {
                    // Something the C library cannot place (an unassigned code point with marks).
                    var replacement: [wchar_t] = [0xFFFD, 0]
                    _ = replacement.withUnsafeMutableBufferPointer { cn_setcchar(&cell, $0.baseAddress, attr, role.pair) }
                }
                mvwadd_wch(window, Int32(y), Int32(x), &cell)
            }
        }
        if let cursor = grid.cursor { wmove(window, Int32(cursor.y), Int32(cursor.x)) }
        wnoutrefresh(window)
        doupdate()
        previous = grid
    }

    private func rowEqual(_ a: Grid, _ b: Grid, _ y: Int) -> Bool {
        let start = y * a.width
        return a.cells[start..<start + a.width] == b.cells[start..<start + b.width]
    }

    /// Every key waiting, without blocking.
    public func readKeys() -> [Key] {
        var keys: [Key] = []
        while true {
            var wch: wint_t = 0
            let result = wget_wch(window, &wch)
            if result == ERR { break }
            if result == KEY_CODE_YES {
                if let key = functionKey(Int32(wch)) { keys.append(key) }
                continue
            }
            switch wch {
            case 9: keys.append(.tab)
            case 10, 13: keys.append(.enter)
            case 27: keys.append(.escape)
            case 8, 127: keys.append(.backspace)
            case 1...26: keys.append(.control(Character(Unicode.Scalar(UInt8(wch) + 96))))
            default:
                if let scalar = Unicode.Scalar(UInt32(wch)) { keys.append(.character(Character(scalar))) }
            }
        }
        return keys
    }

    private func functionKey(_ code: Int32) -> Key? {
        switch code {
        case KEY_UP: return .up
        case KEY_DOWN: return .down
        case KEY_LEFT: return .left
        case KEY_RIGHT: return .right
        case KEY_PPAGE: return .pageUp
        case KEY_NPAGE: return .pageDown
        case KEY_HOME: return .home
        case KEY_END: return .end
        case KEY_BTAB: return .backTab
        case KEY_ENTER: return .enter
        case KEY_BACKSPACE: return .backspace
        case KEY_RESIZE:
            previous = nil
            return .resize
        case KEY_MOUSE:
            var event = MEVENT()
            guard getmouse(&event) == OK else { return nil }
            // A wheel notch moves like ↑/↓ in whatever list or detail view has the keys.
            if event.bstate & cn_wheel_up() != 0 { return .up }
            if event.bstate & cn_wheel_down() != 0 { return .down }
            // A left press or click selects the row under it (`Loop.click`); nothing else is asked for.
            guard event.bstate & cn_button1_any() != 0 else { return nil }
            return .click(x: Int(event.x), y: Int(event.y))
        default: return nil
        }
    }

    /// Left clicks and the wheel reported, or nothing (a drag then selects text). Unreported,
    /// the wheel still scrolls a detail view in terminals that send ↑↓ for it on the alternate
    /// screen (GNOME Terminal and other VTE ones, kitty, Windows Terminal; xterm with alternateScroll).
    public func reportMouse(_ on: Bool) {
        mousemask(on ? cn_button1_any() | cn_wheel_up() | cn_wheel_down() : 0, nil)
    }

    /// Rings the terminal bell.
    public func bell() { beep() }

    /// OSC 52 straight to the terminal, after what curses has drawn (it keeps no cell of it).
    public func copy(_ text: String) {
        fflush(tty)
        fputs(ClipboardSequence.osc52(text), tty)
        fflush(tty)
    }
}

private extension String {
    func replacingUTF8Dash() -> String { filter { $0 != "-" } }
}
