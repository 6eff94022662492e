#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Thin helpers over the C library, so the rest of EventLog reads as intent.
enum Posix {
    static func message(_ code: Int32) -> String { String(cString: strerror(code)) }

    /// `stat(2)` of a path (text, or the bytes of a `RawPath`): the information, or the errno
    /// that explains why not.
    static func status(_ path: UnsafePointer<CChar>) -> (info: stat?, errno: Int32) {
        var st = stat()
        if stat(path, &st) == 0 { return (st, 0) }
        return (nil, errno)
    }

    /// Whether `path` itself is a symbolic link (`lstat(2)`).
    static func isSymbolicLink(_ path: UnsafePointer<CChar>) -> Bool {
        var st = stat()
        return lstat(path, &st) == 0 && st.st_mode & S_IFMT == S_IFLNK
    }

    /// The path with every link and `..` resolved (`realpath(3)`), as bytes; nil when it cannot be.
    static func resolved(_ path: UnsafePointer<CChar>) -> [UInt8]? {
        guard let real = realpath(path, nil) else { return nil }
        defer { free(real) }
        return Array(UnsafeRawBufferPointer(start: real, count: strlen(real)))
    }

    /// `fstat(2)` of an open descriptor.
    static func status(fd: Int32) -> stat? {
        var st = stat()
        return fstat(fd, &st) == 0 ? st : nil
    }

    /// Milliseconds on a clock that never jumps (for grace periods, not for display).
    static func monotonicMs() -> Int64 { monotonicNs() / 1_000_000 }

    /// Nanoseconds on the same clock.
    static func monotonicNs() -> Int64 {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return Int64(ts.tv_sec) * 1_000_000_000 + Int64(ts.tv_nsec)
    }

    /// A pipe whose ends close on exec (a process spawned meanwhile, by this program or a test,
    /// must not hold the write end open and keep its end of input from coming); nil with errno
    /// set when none can be made. (`pipe2` is not visible through Swift's Glibc module: the
    /// flags are set at once after.)
    static func closeOnExecPipe(nonBlocking: Bool) -> (read: Int32, write: Int32)? {
        var fds: [Int32] = [0, 0]
        guard pipe(&fds) == 0 else { return nil }
        for fd in fds {
            if nonBlocking { _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK) }
            _ = fcntl(fd, F_SETFD, FD_CLOEXEC)
        }
        return (fds[0], fds[1])
    }

    static func isDirectory(_ st: stat) -> Bool { st.st_mode & S_IFMT == S_IFDIR }

    /// What the file is, in words, when it is not a regular file ("a named pipe (FIFO)"); nil
    /// for a regular file.
    static func notRegularKind(_ st: stat) -> String? {
        fileKind(st)?.english
    }

    /// What the file is when it is not a regular file; nil when it is.
    static func fileKind(_ st: stat) -> FileKind? {
        switch st.st_mode & S_IFMT {
        case S_IFREG: return nil
        case S_IFIFO: return .fifo
        case S_IFDIR: return .directory
        case S_IFCHR: return .characterDevice
        case S_IFBLK: return .blockDevice
        case S_IFSOCK: return .socket
        default: return .special
        }
    }

    /// `dir/name` without doubling the slash.
    static func join(_ dir: String, _ name: String) -> String {
        dir.hasSuffix("/") ? dir + name : dir + "/" + name
    }

    static func parent(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }
}
