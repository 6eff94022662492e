#if canImport(Glibc)
import Glibc

/// Linux inotify, read from the same `poll` as the keyboard. Neither swift-system nor
/// swift-nio wraps it, so it is called through Glibc here. Events only wake the reader; what changed is found by
/// `stat`, so a missed or coalesced event cannot lose data.
final class Inotify {
    let fd: Int32
    private var watched = Set<RawPath>()

    /// Modifications, renames, deletions and new files, for a file or a directory.
    static let mask = UInt32(IN_MODIFY | IN_CLOSE_WRITE | IN_ATTRIB | IN_MOVE_SELF | IN_DELETE_SELF
        | IN_CREATE | IN_MOVED_TO | IN_MOVED_FROM | IN_DELETE)

    init?() {
        let fd = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
        guard fd >= 0 else { return nil }
        self.fd = fd
    }

    deinit { close(fd) }

    /// Watches `path` (again after a rotation: the new inode needs its own watch). Returns
    /// false when the kernel refuses (no such file, or the watch limit is reached).
    @discardableResult
    func watch(_ path: RawPath, refresh: Bool = false) -> Bool {
        if !refresh && watched.contains(path) { return true }
        guard inotify_add_watch(fd, path.cString, Self.mask) >= 0 else { return false }
        watched.insert(path)
        return true
    }

    /// Empties the event queue; returns whether anything was there.
    @discardableResult
    func drain() -> Bool {
        var any = false
        var buffer = [UInt8](repeating: 0, count: 16 * 1024)
        while true {
            let n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if n > 0 { any = true; continue }
            if n < 0 && errno == EINTR { continue }
            return any
        }
    }
}
#endif
