#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Appends complete lines to an event file the way every writer must, so that concurrent
/// writers never interleave: one `write` of the whole line on an `O_APPEND` descriptor, under
/// an advisory `flock`, then `fsync`. New files are created with mode 0640. Only regular files
/// are written (a named pipe or a device is refused before anything is written). A write that
/// comes up short (disk full) is cut back off, so a failed append leaves the file as it was;
/// otherwise this type never truncates or rewrites a file.
public enum EventAppender {
    public struct Failure: Error, Equatable, CustomStringConvertible {
        public var path: String
        public var message: String
        public var description: String { "\(path): \(message)" }
    }

    /// An append that happened: the event is in the file.
    public struct Appended: Equatable, Sendable {
        /// The file's last line lacked its newline (a writer died mid-line) and one was written
        /// first, so this event is a line of its own; the torn line stays and reads as malformed.
        public var endedTornLine = false
        /// Why the disk could not confirm the write (`fsync` failed), or nil. The event was
        /// written all the same: appending it again would make a duplicate.
        public var notConfirmed: String?
    }

    /// Appends `line` (a newline is added when missing). Throws only when the event is not in
    /// the file. `refusal` runs once the lock is held, before anything is written: a caller's
    /// last look at the file that no writer can race (`append` refusing an id already there);
    /// a reason it returns is thrown, nothing written.
    @discardableResult
    public static func append(_ line: String, to path: String, lockTimeoutMs: Int = 5_000,
                              refusal: () -> String? = { nil }) throws(Failure) -> Appended {
        try append(line, to: path, lockTimeoutMs: lockTimeoutMs, refusal: refusal, sync: { fsync($0) })
    }

    /// `sync` is `fsync`, replaceable by a test (a failing disk cannot be had on demand).
    static func append(_ line: String, to path: String, lockTimeoutMs: Int = 5_000, refusal: () -> String? = { nil },
                       sync: (Int32) -> Int32) throws(Failure) -> Appended {
        var bytes = Array(line.utf8)
        if bytes.last != 0x0A { bytes.append(0x0A) }

        let fd = try openRegularFile(path)
        defer { close(fd) }

        try lock(fd, path: path, timeoutMs: lockTimeoutMs)
        defer { flock(fd, LOCK_UN) }
        if let reason = refusal() { throw Failure(path: path, message: reason) }

        var appended = Appended()
        if endsInTornLine(fd, path: path) {
            bytes.insert(0x0A, at: 0)
            appended.endedTornLine = true
        }

        let written = bytes.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
        if written < 0 { throw Failure(path: path, message: Posix.message(errno)) }
        if written != bytes.count {
            throw Failure(path: path, message: "only \(written) of \(bytes.count) bytes fit (disk full, or over the file size limit); "
                + cutOff(written, from: fd))
        }
        if sync(fd) != 0 { appended.notConfirmed = "fsync: \(Posix.message(errno))" }
        return appended
    }

    /// Opens `path` for appending, creating it (mode 0640) when missing. `O_NONBLOCK`: opening a
    /// named pipe with no reader fails at once instead of waiting for one; anything that is not
    /// a regular file is then refused before a byte is written to it.
    private static func openRegularFile(_ path: String) throws(Failure) -> Int32 {
        var fd = open(path, O_WRONLY | O_APPEND | O_CLOEXEC | O_NONBLOCK | O_CREAT | O_EXCL, 0o640)
        if fd >= 0 {
            // O_CREAT honours the umask; the format asks for 0640 exactly.
            fchmod(fd, 0o640)
        } else if errno == EEXIST {
            fd = open(path, O_WRONLY | O_APPEND | O_CLOEXEC | O_NONBLOCK)
        }
        guard fd >= 0 else {
            let code = errno
            // ENXIO: a named pipe without a reader, or a socket.
            if code == ENXIO, let info = Posix.status(path).info, let kind = Posix.notRegularKind(info) {
                throw Failure(path: path, message: "is \(kind), not a regular file")
            }
            throw Failure(path: path, message: Posix.message(code))
        }
        guard let info = Posix.status(fd: fd) else {
            let code = errno
            close(fd)
            throw Failure(path: path, message: Posix.message(code))
        }
        if let kind = Posix.notRegularKind(info) {
            close(fd)
            throw Failure(path: path, message: "is \(kind), not a regular file")
        }
        return fd
    }

    /// Whether the file open on `fd` is non-empty and its last byte is not a newline. Read
    /// through a second descriptor (the first is write-only), checked to be the same file.
    private static func endsInTornLine(_ fd: Int32, path: String) -> Bool {
        guard let info = Posix.status(fd: fd), info.st_size > 0 else { return false }
        let readFD = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard readFD >= 0 else { return false }
        defer { close(readFD) }
        guard let same = Posix.status(fd: readFD), FileIdentity(same) == FileIdentity(info) else { return false }
        var last: UInt8 = 0
        return pread(readFD, &last, 1, off_t(info.st_size - 1)) == 1 && last != 0x0A
    }

    /// Removes the `written` bytes a short write just left at the end of the file, so no torn
    /// line stays behind. Says what became of them.
    private static func cutOff(_ written: Int, from fd: Int32) -> String {
        // With O_APPEND the offset is now the end of what this write put in the file.
        let end = lseek(fd, 0, SEEK_CUR)
        guard end >= written, let info = Posix.status(fd: fd) else {
            return "the \(written) bytes written could not be removed: \(Posix.message(errno))"
        }
        // A writer that ignores the lock appended after them: cutting would take its bytes too.
        guard Int64(info.st_size) == Int64(end) else {
            return "the \(written) bytes written stay (another writer appended after them)"
        }
        guard ftruncate(fd, end - off_t(written)) == 0 else {
            return "the \(written) bytes written could not be removed: \(Posix.message(errno))"
        }
        return "they were removed, the file is as it was"
    }

    private static func lock(_ fd: Int32, path: String, timeoutMs: Int) throws(Failure) {
        var waited = 0
        while flock(fd, LOCK_EX | LOCK_NB) != 0 {
            let code = errno
            guard code == EWOULDBLOCK || code == EINTR else { throw Failure(path: path, message: "cannot lock: \(Posix.message(code))") }
            guard waited < timeoutMs else {
                throw Failure(path: path, message: "another writer held the lock for more than \(timeoutMs / 1000) s")
            }
            usleep(2_000)
            waited += 2
        }
    }
}
