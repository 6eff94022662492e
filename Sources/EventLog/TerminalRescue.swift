#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Puts the terminal back when the program dies of a fatal signal while the dashboard has it in
/// raw mode on the alternate screen (a Swift trap is SIGILL or SIGTRAP on Linux): otherwise the
/// shell comes back on a screen that hides the cursor and echoes nothing. All the handler needs
/// is prepared when curses starts, so it only calls `write` and `tcsetattr` (async-signal-safe),
/// then lets whatever handled the signal before run (the Swift runtime's crash report), then dies
/// of it with the default action (exit status 128 + signal, core dump).
public enum TerminalRescue {
    public static let fatalSignals: [Int32] = [SIGILL, SIGTRAP, SIGABRT, SIGSEGV, SIGBUS, SIGFPE, SIGQUIT]

    /// Arms the handlers for the terminal on `fd`, whose modes before the screen took it were
    /// `modes`; `bytes` put the screen back (the adapter knows which: terminfo's).
    public static func arm(terminal fd: Int32, modes: termios, bytes: [UInt8]) {
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
    public static func disarm() {
        guard rescueFD >= 0 else { return }
        rescueFD = -1
        for number in fatalSignals { sigaction(number, &previousActions[Int(number)], nil) }
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
