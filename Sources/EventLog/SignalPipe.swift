#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The write end of the pipe, for the handlers: a handler can reach only globals, and it does
/// nothing but an async-signal-safe `write` of the signal number.
nonisolated(unsafe) private var signalPipeWriteFD: Int32 = -1

/// Signals as bytes on a pipe (the self-pipe trick): a signal that arrives while a loop is not
/// inside `poll` would otherwise wait for the next key; the pipe's read end wakes `poll` always.
/// One at a time per process (the handlers share one global).
public final class SignalPipe {
    /// Readable after one of the signals.
    public let readDescriptor: Int32
    private let signals: [Int32]
    private var closed = false

    /// Handles `signals` from now on; `unblocking` those of them that whatever started us may
    /// have blocked.
    public init(signals: [Int32], unblocking: [Int32] = []) throws(FileFailure) {
        guard let ends = Posix.closeOnExecPipe(nonBlocking: true) else {
            throw FileFailure(message: "cannot create a pipe: \(Posix.message(errno))")
        }
        readDescriptor = ends.read
        signalPipeWriteFD = ends.write
        self.signals = signals
        var set = sigset_t()
        sigemptyset(&set)
        for number in unblocking { sigaddset(&set, number) }
        pthread_sigmask(SIG_UNBLOCK, &set, nil)
        for number in signals {
            signal(number) { received in
                var byte = UInt8(truncatingIfNeeded: received)
                _ = write(signalPipeWriteFD, &byte, 1)
            }
        }
    }

    deinit { close() }

    /// The signals that arrived since the last call, in order.
    public func drain() -> [Int32] {
        var byte: UInt8 = 0
        var arrived: [Int32] = []
        while read(readDescriptor, &byte, 1) > 0 { arrived.append(Int32(byte)) }
        return arrived
    }

    /// The default actions come back; the pipe is closed.
    public func close() {
        guard !closed else { return }
        closed = true
        for number in signals { signal(number, SIG_DFL) }
        Glibc.close(readDescriptor)
        Glibc.close(signalPipeWriteFD)
        signalPipeWriteFD = -1
    }
}
