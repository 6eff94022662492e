#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A pipe a job on another thread writes a byte to when it is done, so the thread waiting in
/// `poll` (a follower, the dashboard's loop) wakes up and takes the result over: a chain hashed
/// (`ChainKeeper`), a checkpoint written. Kept open while anything holds it.
public final class WakePipe: Sendable {
    public let readEnd: Int32
    private let writeEnd: Int32

    public init?() {
        guard let ends = Posix.closeOnExecPipe(nonBlocking: true) else { return nil }
        (readEnd, writeEnd) = ends
    }

    deinit {
        close(readEnd)
        close(writeEnd)
    }

    public func signal() {
        var byte: UInt8 = 1
        _ = write(writeEnd, &byte, 1)
    }

    /// Empties the pipe (after `poll` saw it readable).
    public func drain() {
        var bytes = [UInt8](repeating: 0, count: 64)
        while read(readEnd, &bytes, bytes.count) > 0 {}
    }
}
