#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Standard input (or any pipe): no offsets or rotation, just bytes until the end. This is how
/// `kcat -C -t border-events | borderdesk run -` and `ssh post tail -F events.jsonl` arrive.
final class StreamTail {
    let path: String
    let fd: Int32
    private(set) var state: SourceState = .following
    private var splitter = LineSplitter()
    private(set) var bytesRead: Int64 = 0
    /// The integrity chain of what was read, when the owner asked for it (`ChainTracking`).
    private(set) var chain: FileChain?

    init(path: String = "stdin", fd: Int32 = STDIN_FILENO, chains: ChainTracking? = nil) {
        self.path = path
        self.fd = fd
        chain = chains?.chain(for: path)
    }

    /// Ended or failed: nothing more will come, so it leaves the poll set (a failed stream
    /// would otherwise be "readable" forever and spin the loop).
    var isFinished: Bool { state != .following }

    var partialLineBytes: Int { splitter.partialLineBytes }

    /// Reads once (`blocking: false`, after `poll` said the descriptor is readable) or to the
    /// end of the stream (`blocking: true`).
    func read(blocking: Bool, buffer: ReadBuffer, lines: (LineRef) -> Void, events: (SourceEvent) -> Void) {
        guard state == .following else { return }
        repeat {
            let n = Glibc.read(fd, buffer.bytes.baseAddress, buffer.bytes.count)
            if n > 0 {
                bytesRead += Int64(n)
                let chunk = UnsafeRawBufferPointer(rebasing: buffer.bytes[0..<n])
                splitter.feed(chunk, lines)
                chain?.feed(chunk)
                continue
            }
            if n < 0 && errno == EINTR { continue }
            if n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK) { return }
            if n < 0 {
                let failure = SourceFailure.system(errno)
                state = .error(failure)
                events(SourceEvent(path: path, kind: .error(failure)))
                return
            }
            state = .ended
            events(SourceEvent(path: path, kind: .ended, droppedPartialBytes: splitter.partialLineBytes))
            return
        } while blocking
    }
}
