#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Appends complete lines to an event file the way every writer must, so that concurrent
/// writers never interleave: one `write` of the whole line on an `O_APPEND` descriptor, under
/// an advisory `flock`, then `fsync`. New files are created with mode 0640. This type never
/// truncates or rewrites a file.
public enum EventAppender {
    public struct Failure: Error, Equatable, CustomStringConvertible {
        public var path: String
        public var message: String
        public var description: String { "\(path): \(message)" }
    }

    /// Appends `line` (a newline is added when missing). When the file's last line lacks its
    /// newline (a writer died mid-line), a newline is written first, so this event stays a
    /// line of its own; the torn line stays as it was and will be reported malformed.
    /// Returns whether such a newline had to be added. `refusal` runs once the lock is held,
    /// before anything is written: a caller's last look at the file that no writer can race
    /// (`append` refusing an id already there); a reason it returns is thrown, nothing written.
    @discardableResult
    public static func append(_ line: String, to path: String, lockTimeoutMs: Int = 5_000,
                              refusal: () -> String? = { nil }) throws(Failure) -> Bool {
        var bytes = Array(line.utf8)
        if bytes.last != 0x0A { bytes.append(0x0A) }

        var fd = open(path, O_WRONLY | O_APPEND | O_CLOEXEC | O_CREAT | O_EXCL, 0o640)
        if fd >= 0 {
            // O_CREAT honours the umask; the format asks for 0640 exactly.
            fchmod(fd, 0o640)
        } else if errno == EEXIST {
            fd = open(path, O_WRONLY | O_APPEND | O_CLOEXEC)
        }
        guard fd >= 0 else { throw Failure(path: path, message: Posix.message(errno)) }
        defer { close(fd) }

        try lock(fd, path: path, timeoutMs: lockTimeoutMs)
        defer { flock(fd, LOCK_UN) }
        if let reason = refusal() { throw Failure(path: path, message: reason) }

        var terminated = false
        if let st = Posix.status(fd: fd), st.st_size > 0 {
            var last: UInt8 = 0
            let readFD = open(path, O_RDONLY | O_CLOEXEC)
            if readFD >= 0 {
                if pread(readFD, &last, 1, off_t(st.st_size - 1)) == 1, last != 0x0A {
                    bytes.insert(0x0A, at: 0)
                    terminated = true
                }
                close(readFD)
            }
        }

        let written = bytes.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
        if written < 0 { throw Failure(path: path, message: Posix.message(errno)) }
        if written != bytes.count {
            // Only a full disk or a quota stops a regular-file write short; say so plainly.
            throw Failure(path: path, message: "only \(written) of \(bytes.count) bytes were written (disk full?)")
        }
        if fsync(fd) != 0 { throw Failure(path: path, message: "fsync failed: \(Posix.message(errno))") }
        return terminated
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
