#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writing a report file (not an event file: it is replaced whole). The text goes to a
/// temporary file of its own in the target's directory, made with O_EXCL (`mkstemp`), so a
/// name planted there beforehand (a symbolic link, which Syncthing replicates) is never opened,
/// let alone followed; it is then renamed over the target. Only a regular file is replaced:
/// a device, a FIFO, a directory or a symbolic link at the target is refused (as root,
/// `-o /dev/null` would otherwise replace the system's).
public enum ReportFile {
    /// A rendered report to where `-o` says: a file (`save`), or standard output when none is
    /// named or it is `-`.
    public static func deliver(_ text: String, to output: String?) throws(FileFailure) {
        if let output, output != "-" {
            try save(text, to: output)
        } else {
            var out = StandardOutput()
            out.rendered(text)
            out.flush()
        }
    }

    /// Writes `text` to `path`; returns whether an earlier file there was replaced.
    @discardableResult
    public static func save(_ text: String, to path: String) throws(FileFailure) -> Bool {
        func failure(_ reason: String) -> FileFailure { FileFailure(message: "cannot write \(path): \(reason)") }
        var existing = stat()
        let replacing: Bool
        if lstat(path, &existing) == 0 {
            guard existing.st_mode & S_IFMT == S_IFREG else {
                throw failure("it is \(kind(existing.st_mode)), not a regular file; not replaced")
            }
            replacing = true
        } else if errno == ENOENT {
            replacing = false
        } else {
            throw failure(Posix.message(errno))
        }

        let slash = path.lastIndex(of: "/")
        let directory = slash.map { String(path[...$0]) } ?? ""
        var template = Array("\(directory).borderdesk-report-XXXXXX".utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard fd >= 0 else { throw failure(Posix.message(errno)) }
        _ = fcntl(fd, F_SETFD, FD_CLOEXEC)
        let temporary = String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
        var renamed = false
        defer { if !renamed { unlink(temporary) } }
        var text = text
        let written = fchmod(fd, 0o640) == 0
            && text.withUTF8({ writeAll(fd, UnsafeRawBufferPointer($0)) })
            && fsync(fd) == 0
        let reason = errno
        close(fd)
        guard written else { throw failure(Posix.message(reason)) }
        guard rename(temporary, path) == 0 else { throw failure(Posix.message(errno)) }
        renamed = true
        return replacing
    }

    private static func kind(_ mode: mode_t) -> String {
        switch mode & S_IFMT {
        case S_IFLNK: return "a symbolic link"
        case S_IFDIR: return "a directory"
        case S_IFCHR: return "a character device"
        case S_IFBLK: return "a block device"
        case S_IFIFO: return "a FIFO"
        case S_IFSOCK: return "a socket"
        default: return "not a regular file"
        }
    }
}
