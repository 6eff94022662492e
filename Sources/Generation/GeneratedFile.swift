import EventLog

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `generate`'s output: a new file only (generated data must never overwrite an event log), or
/// standard output for `-`, written in chunks of about 1 MiB so a billion events never sit in
/// memory at once.
public enum GeneratedFile {
    /// `path` is already there (generated data never overwrites a file): said before the
    /// minutes `--end`'s counting pass can take at a billion events, not after. `write`'s
    /// exclusive create still decides.
    public static func refuseExisting(_ path: String) throws(FileFailure) {
        var info = stat()
        guard path != "-", lstat(path, &info) == 0 else { return }
        throw FileFailure(message: "cannot create \(path): \(String(cString: strerror(EEXIST)))")
    }

    public static func write(_ stream: inout RandomStream, count: Int, to path: String) throws(FileFailure) {
        let fd: Int32
        if path == "-" {
            fd = STDOUT_FILENO
        } else {
            fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o640)
            guard fd >= 0 else { throw FileFailure(message: "cannot create \(path): \(String(cString: strerror(errno)))") }
        }
        defer { if fd != STDOUT_FILENO { close(fd) } }
        var buffer: [UInt8] = []
        buffer.reserveCapacity(1 << 20)
        var failed = false
        func flush() {
            if !failed && !buffer.withUnsafeBytes({ writeAll(fd, $0) }) { failed = true }
            buffer.removeAll(keepingCapacity: true)
        }
        stream.generate(count: count) { line in
            buffer.append(contentsOf: line.utf8)
            buffer.append(0x0A)
            if buffer.count >= 1 << 20 { flush() }
        }
        flush()
        if failed { throw FileFailure(message: "cannot write \(path): \(String(cString: strerror(errno)))") }
    }
}
