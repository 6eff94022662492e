#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Appends complete lines to an event file the way every writer must, so that concurrent
/// writers never interleave: one `write` of the whole line (or batch of lines) on an `O_APPEND`
/// descriptor, under an advisory `flock`, then `fsync`. Borderdesk's own lines carry `prev`, the
/// running hash computed under that lock (`appendChained`). New files are created with mode 0640. Only regular files
/// are written (a named pipe, a device or a symbolic link is refused before anything is written). A write that
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
        /// A writer that ignores the lock appended after the file was looked at under the lock
        /// and before this write: for a chained append, the first new line's `prev` does not
        /// cover those bytes, and `verify` reports that link as broken.
        public var overtakenByUnlockedWriter = false
    }

    /// Appends `line` as it is (a newline is added when missing): no `prev` (Borderdesk's own
    /// lines go through `appendChained`). Throws only when the line is not in the file.
    /// `refusal` runs once the lock is held, before anything is written: a caller's last look
    /// at the file that no writer can race (`append` refusing an id already there); a reason it
    /// returns is thrown, nothing written.
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
        return try append(to: path, lockTimeoutMs: lockTimeoutMs, sync: sync, refusal: refusal) { _, _ throws(Failure) in bytes }
    }

    /// Appends `count` lines, each carrying `prev`, the file's running hash before it
    /// (docs/event-format.md, "Integrity"), computed under the lock from the file as it stands
    /// (see `ChainTail`: from the last line that carries one, not from the whole file). `line`
    /// makes line `i` (without its `\n`) for the `prev` given as 64 hex digits; it is called
    /// under the lock, in order, each line chaining from the one before. All lines go in one
    /// write and one `fsync`: all of them are in the file, or (a short write cut back) none.
    /// `refusal` as in `append`.
    @discardableResult
    public static func appendChained(count: Int, to path: String, lockTimeoutMs: Int = 5_000, refusal: () -> String? = { nil },
                                     line: (_ index: Int, _ prev: String) -> String) throws(Failure) -> Appended {
        try appendChained(count: count, to: path, lockTimeoutMs: lockTimeoutMs, refusal: refusal, sync: { fsync($0) }, line: line)
    }

    static func appendChained(count: Int, to path: String, lockTimeoutMs: Int = 5_000, refusal: () -> String? = { nil },
                              sync: (Int32) -> Int32, line: (_ index: Int, _ prev: String) -> String) throws(Failure) -> Appended {
        // Nothing to write: the file is not touched (not created, a torn line not ended).
        guard count > 0 else { return Appended() }
        return try append(to: path, lockTimeoutMs: lockTimeoutMs, sync: sync, refusal: refusal) { reader, size throws(Failure) in
            guard let reader else {
                throw Failure(path: path, message: "cannot read it to find the running hash the new line carries")
            }
            var running: RunningHash
            do throws(ChainTail.ReadFailure) {
                running = try ChainTail.hash(reader, size: size)
            } catch {
                throw Failure(path: path, message: "cannot read it to find the running hash the new line carries: \(Posix.message(error.code))")
            }
            var bytes: [UInt8] = []
            for index in 0..<count {
                let text = line(index, running.hex)
                let start = bytes.count
                bytes.append(contentsOf: text.utf8)
                guard !bytes[start...].contains(0x0A) else {
                    throw Failure(path: path, message: "line \(index + 1) of the batch holds a line break; nothing was appended")
                }
                running = bytes.withUnsafeBytes { running.adding(line: UnsafeRawBufferPointer(rebasing: $0[start...])) }
                bytes.append(0x0A)
            }
            return bytes
        }
    }

    /// The one way bytes reach a file: open (regular files only), lock, end a torn last line,
    /// write once, `fsync`. `content` makes the bytes under the lock, given a read-only
    /// descriptor of the same file (nil when it cannot be had) and the file's size.
    private static func append(to path: String, lockTimeoutMs: Int, sync: (Int32) -> Int32, refusal: () -> String?,
                               content: (_ reader: Int32?, _ size: Int64) throws(Failure) -> [UInt8]) throws(Failure) -> Appended {
        let fd = try openRegularFile(path)
        defer { close(fd) }

        try lock(fd, path: path, timeoutMs: lockTimeoutMs)
        defer { flock(fd, LOCK_UN) }
        if let reason = refusal() { throw Failure(path: path, message: reason) }

        let size = Posix.status(fd: fd).map { Int64($0.st_size) } ?? 0
        let reader = openReader(path, sameAs: fd)
        defer { if let reader { close(reader) } }

        var appended = Appended()
        var bytes: [UInt8] = []
        if let reader, endsInTornLine(reader, size: size) {
            bytes.append(0x0A)
            appended.endedTornLine = true
        }
        bytes += try content(reader, size)

        let written = bytes.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
        if written < 0 { throw Failure(path: path, message: Posix.message(errno)) }
        if written != bytes.count {
            throw Failure(path: path, message: "only \(written) of \(bytes.count) bytes fit (disk full, or over the file size limit); "
                + cutOff(written, from: fd))
        }
        // With O_APPEND the offset is now the end of this write: anything between the size seen
        // under the lock and this write's start came from a writer that ignores the lock.
        if Int64(lseek(fd, 0, SEEK_CUR)) - Int64(written) != size { appended.overtakenByUnlockedWriter = true }
        if sync(fd) != 0 { appended.notConfirmed = "fsync: \(Posix.message(errno))" }
        return appended
    }

    /// Opens `path` for appending, creating it (mode 0640) when missing. `O_NONBLOCK`: opening a
    /// named pipe with no reader fails at once instead of waiting for one; anything that is not
    /// a regular file is then refused before a byte is written to it. `O_NOFOLLOW`: the write
    /// file often lies in a replicated folder where a peer could plant a link to any file the
    /// operator can write; a link is refused, never followed (ELOOP).
    private static func openRegularFile(_ path: String) throws(Failure) -> Int32 {
        var fd = open(path, O_WRONLY | O_APPEND | O_CLOEXEC | O_NONBLOCK | O_NOFOLLOW | O_CREAT | O_EXCL, 0o640)
        if fd >= 0 {
            // O_CREAT honours the umask; the format asks for 0640 exactly.
            fchmod(fd, 0o640)
        } else if errno == EEXIST {
            fd = open(path, O_WRONLY | O_APPEND | O_CLOEXEC | O_NONBLOCK | O_NOFOLLOW)
        }
        guard fd >= 0 else {
            let code = errno
            throw Failure(path: path, message: RegularFile.openFailureMessage(path, code: code, noFollow: true))
        }
        if let refusal = RegularFile.notRegular(fd, shown: path) {
            close(fd)
            throw Failure(path: path, message: refusal.message)
        }
        return fd
    }

    /// A read-only descriptor of the file open on `fd` (that one is write-only), checked to be
    /// the same file; nil when it cannot be had.
    private static func openReader(_ path: String, sameAs fd: Int32) -> Int32? {
        guard let info = Posix.status(fd: fd) else { return nil }
        let reader = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOFOLLOW)
        guard reader >= 0 else { return nil }
        guard let same = Posix.status(fd: reader), FileIdentity(same) == FileIdentity(info) else {
            close(reader)
            return nil
        }
        return reader
    }

    /// Whether the file is non-empty and its last byte is not a newline.
    private static func endsInTornLine(_ reader: Int32, size: Int64) -> Bool {
        guard size > 0 else { return false }
        var last: UInt8 = 0
        return pread(reader, &last, 1, off_t(size - 1)) == 1 && last != 0x0A
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
