import CNcursesw

#if canImport(Glibc)
import Glibc
#endif

/// Puts the terminal back when the program dies of a fatal signal while the dashboard has it in
/// raw mode on the alternate screen (a Swift trap is SIGILL or SIGTRAP on Linux): otherwise the
/// shell comes back on a screen that hides the cursor and echoes nothing. All the handler needs
/// is prepared when curses starts, so it only calls `write` and `tcsetattr` (async-signal-safe),
/// then lets whatever handled the signal before run (the Swift runtime's crash report), then dies
/// of it with the default action (exit status 128 + signal, core dump).
enum TerminalRescue {
    static let fatalSignals: [Int32] = [SIGILL, SIGTRAP, SIGABRT, SIGSEGV, SIGBUS, SIGFPE, SIGQUIT]

    /// Arms the handlers for the terminal on `fd`, whose modes before curses were `modes`.
    /// Call once curses has set the terminal up (its terminfo entry is then loaded).
    static func arm(terminal fd: Int32, modes: termios) {
        // Attributes off, cursor shown, keypad and mouse reporting off, alternate screen left.
        var bytes: [UInt8] = []
        for capability in ["sgr0", "cnorm", "rmkx"] { bytes += terminfoString(capability) }
        if !terminfoString("kmous").isEmpty { bytes += Array("\u{1B}[?1006l\u{1B}[?1002l\u{1B}[?1000l".utf8) }
        bytes += terminfoString("rmcup")
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: bytes.count, alignment: 1)
        buffer.copyBytes(from: bytes)
        rescueBytes = UnsafeRawBufferPointer(buffer)
        rescueModes = modes
        rescueFD = fd
        provideAlternateStack()
        for number in fatalSignals {
            var action = sigaction()
            action.__sigaction_handler.sa_sigaction = rescueAndResignal
            sigemptyset(&action.sa_mask)
            // On the alternate stack: a stack overflow is a SIGSEGV with no stack left.
            action.sa_flags = SA_SIGINFO | SA_ONSTACK
            sigaction(number, &action, &previousActions[Int(number)])
        }
    }

    /// The terminal is restored the ordinary way: the handlers that were there come back.
    static func disarm() {
        guard rescueFD >= 0 else { return }
        rescueFD = -1
        for number in fatalSignals { sigaction(number, &previousActions[Int(number)], nil) }
    }

    /// A terminfo string capability without its padding (`$<5>`), or nothing.
    private static func terminfoString(_ name: String) -> [UInt8] {
        guard let value = tigetstr(name), Int(bitPattern: value) != -1 else { return [] }
        var bytes: [UInt8] = []
        var padding = false
        for byte in UnsafeRawBufferPointer(start: value, count: strlen(value)) {
            if padding { padding = byte != UInt8(ascii: ">"); continue }
            if byte == UInt8(ascii: "<"), bytes.last == UInt8(ascii: "$") { bytes.removeLast(); padding = true; continue }
            bytes.append(byte)
        }
        return bytes
    }

    /// The main thread's signal stack, unless something (the Swift runtime) already gave it one.
    private static func provideAlternateStack() {
        var current = stack_t()
        guard sigaltstack(nil, &current) == 0, current.ss_flags & Int32(SS_DISABLE) != 0 else { return }
        let size = 64 * 1024
        var stack = stack_t(ss_sp: UnsafeMutableRawPointer.allocate(byteCount: size, alignment: 16), ss_flags: 0, ss_size: size)
        sigaltstack(&stack, nil)
    }
}

// What the handler reads: set before it is installed, never freed (it may run at any moment).
nonisolated(unsafe) private var rescueFD: Int32 = -1
nonisolated(unsafe) private var rescueModes = termios()
nonisolated(unsafe) private var rescueBytes = UnsafeRawBufferPointer(start: nil, count: 0)
nonisolated(unsafe) private var previousActions = UnsafeMutablePointer<sigaction>.allocate(capacity: 65)

private func rescueAndResignal(_ number: Int32, _ info: UnsafeMutablePointer<siginfo_t>?, _ context: UnsafeMutableRawPointer?) {
    let fd = rescueFD
    if fd >= 0 {
        rescueFD = -1  // once, even if another thread faults meanwhile
        if let base = rescueBytes.baseAddress { _ = write(fd, base, rescueBytes.count) }
        _ = tcsetattr(fd, TCSANOW, &rescueModes)
    }
    // The handler that was there before (the Swift runtime's crash report) runs as it would
    // have, on the restored screen; then the process dies of the signal whatever that handler
    // did: a signal sent with `kill` returns from it, and the dashboard must not go on.
    let previous = previousActions[Int(number)]
    if previous.sa_flags & SA_SIGINFO != 0, let handler = previous.__sigaction_handler.sa_sigaction {
        handler(number, info, context)
    } else if let handler = previous.__sigaction_handler.sa_handler, unsafeBitCast(handler, to: Int.self) > 1 {  // not SIG_DFL or SIG_IGN
        handler(number)
    }
    signal(number, SIG_DFL)
    raise(number)  // delivered as this handler returns
}
